// pixfmt CLI: parsing of numbers, sizes and format arguments.
//
// Pure functions over string_view, no allocation: the fuzz target drives them
// directly. Every function returns nothing (or an error) for bad input.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <pixfmt/pixfmt.hpp>

namespace pixfmt_cli {

// A non-negative integer: decimal, or hex with 0x. Nothing on junk or overflow.
constexpr std::optional<std::uint64_t> parse_uint(std::string_view s,
						  std::uint64_t max = UINT64_MAX) noexcept
{
	unsigned base = 10;
	if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s.remove_prefix(2);
	}
	if (s.empty() || s.size() > 20)
		return std::nullopt;
	std::uint64_t v = 0;
	for (char c : s) {
		unsigned d;
		if (c >= '0' && c <= '9')
			d = static_cast<unsigned>(c - '0');
		else if (base == 16 && c >= 'a' && c <= 'f')
			d = static_cast<unsigned>(c - 'a' + 10);
		else if (base == 16 && c >= 'A' && c <= 'F')
			d = static_cast<unsigned>(c - 'A' + 10);
		else
			return std::nullopt;
		if (__builtin_mul_overflow(v, base, &v) || __builtin_add_overflow(v, d, &v))
			return std::nullopt;
	}
	if (v > max)
		return std::nullopt;
	return v;
}

struct size2d {
	std::uint32_t width;
	std::uint32_t height;
};

// "WxH" with both in 1..2^32-1.
constexpr std::optional<size2d> parse_size(std::string_view s) noexcept
{
	auto x = s.find('x');
	if (x == std::string_view::npos)
		return std::nullopt;
	auto w = parse_uint(s.substr(0, x), UINT32_MAX);
	auto h = parse_uint(s.substr(x + 1), UINT32_MAX);
	if (!w || !h || *w == 0 || *h == 0 || s.substr(0, x).starts_with("0x") ||
	    s.substr(x + 1).starts_with("0x"))
		return std::nullopt;
	return size2d{ static_cast<std::uint32_t>(*w), static_cast<std::uint32_t>(*h) };
}

enum class ns_filter { any, v4l2, drm };

// One way a FORMAT argument resolves: a format, reached through a V4L2 code,
// the DRM code, or its name.
struct match {
	enum kind { by_name, by_v4l2, by_drm } how;
	pixfmt::format format;
	const pixfmt::code_desc *code; // the V4L2 or DRM code, null for by_name
};

// Every way a FORMAT argument resolves, without duplicates: canonical name,
// V4L2 or DRM macro name, 1-4 characters (optionally "-BE"), a number, or
// another ecosystem's name with its prefix (gst:NV12).
inline std::vector<match> resolve(std::string_view arg, ns_filter ns)
{
	std::vector<match> out;
	auto add = [&out](match m) {
		for (const auto &o : out)
			if (o.format == m.format && o.code == m.code)
				return;
		out.push_back(m);
	};
	auto add_code = [&](std::uint32_t code) {
		if (ns != ns_filter::drm)
			if (auto v = pixfmt::find_v4l2(code))
				add({ match::by_v4l2, v->format, &v->code() });
		if (ns != ns_filter::v4l2)
			if (auto d = pixfmt::find_drm(code))
				add({ match::by_drm, *d, &d->desc().drm });
	};
	// another ecosystem's name: "gst:NV12_10LE40", "ffmpeg:nv12"
	if (auto colon = arg.find(':'); colon != std::string_view::npos) {
		if (auto space = pixfmt::parse_name_space(arg.substr(0, colon))) {
			for (const auto &e : pixfmt::find_in(*space, arg.substr(colon + 1))) {
				pixfmt::format f(pixfmt::table::formats[e.format]);
				bool in_ns = ns == ns_filter::any ||
					     (ns == ns_filter::v4l2 && !f.v4l2_codes().empty()) ||
					     (ns == ns_filter::drm && f.drm_code());
				if (in_ns)
					add({ match::by_name, f, nullptr });
			}
			return out;
		}
	}
	if (arg.starts_with("V4L2_PIX_FMT_")) {
		if (ns != ns_filter::drm)
			if (auto v = pixfmt::find_v4l2_macro(arg))
				add({ match::by_v4l2, v->format, &v->code() });
		return out;
	}
	if (arg.starts_with("DRM_FORMAT_")) {
		if (ns != ns_filter::v4l2)
			if (auto d = pixfmt::find_drm_macro(arg))
				add({ match::by_drm, *d, &d->desc().drm });
		return out;
	}
	if (!arg.empty() && arg[0] >= '0' && arg[0] <= '9')
		if (auto n = parse_uint(arg, UINT32_MAX)) {
			add_code(static_cast<std::uint32_t>(*n));
			return out;
		}
	if (auto f = pixfmt::find_name(arg)) {
		bool in_ns = ns == ns_filter::any ||
			     (ns == ns_filter::v4l2 && !f->v4l2_codes().empty()) ||
			     (ns == ns_filter::drm && f->drm_code());
		if (in_ns)
			add({ match::by_name, *f, nullptr });
	}
	if (auto code = pixfmt::parse_short_text(arg))
		add_code(*code);
	// A name match and a code match of the same format are one answer; with
	// --v4l2 or --drm, four characters that are a code there mean that code.
	bool code_matched = false;
	for (const auto &m : out)
		code_matched = code_matched || m.how != match::by_name;
	std::vector<match> merged;
	for (const auto &m : out) {
		bool drop = false;
		if (m.how == match::by_name) {
			drop = ns != ns_filter::any && code_matched;
			for (const auto &o : out)
				drop = drop || (o.how != match::by_name && o.format == m.format);
		}
		if (!drop)
			merged.push_back(m);
	}
	return merged;
}

} // namespace pixfmt_cli
