// pixfmt: look formats up by V4L2 code, DRM code or name.
//
// V4L2 and DRM are separate namespaces (the same characters can name
// different layouts), so every lookup says which one it searches. "Not found"
// is an empty std::optional, never undefined behaviour. Everything here is
// constexpr; the consteval get_* helpers reject unknown codes at compile time.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

#include <pixfmt/format_table.hpp>
#include <pixfmt/fourcc.hpp>

namespace pixfmt {

// A handle to one entry of the table (cheap to copy, always valid).
class format {
public:
	constexpr explicit format(const format_desc &d) noexcept : d_(&d) {}

	constexpr const format_desc &desc() const noexcept { return *d_; }
	constexpr std::size_t index() const noexcept
	{
		return static_cast<std::size_t>(d_ - table::formats.data());
	}
	constexpr std::string_view name() const noexcept { return d_->name; }
	// The format's name in another ecosystem ("" when it has none there).
	constexpr std::string_view name_in(name_space ns) const noexcept
	{
		return d_->names[static_cast<std::size_t>(ns)];
	}
	constexpr pixfmt::encoding encoding() const noexcept { return d_->encoding; }
	// The 2x2 colour-filter array of a raw format (cfa::none for others).
	constexpr pixfmt::cfa cfa() const noexcept { return d_->cfa; }
	// No per-pixel layout: a bitstream, an opaque vendor layout, or a layout
	// only usable with a compression modifier.
	constexpr bool compressed() const noexcept { return d_->compressed; }
	constexpr bool has_alpha() const noexcept { return d_->has_alpha; }
	constexpr bool big_endian() const noexcept { return d_->big_endian; }
	constexpr bool is_yuv() const noexcept { return d_->encoding == pixfmt::encoding::yuv; }
	// Bits of the widest colour component (XRGB8888: 8, P010: 10). Not the
	// kernel's drm_format_info.depth: that is drm_depth().
	constexpr unsigned component_bits() const noexcept { return d_->component_bits; }
	// drm_format_info.depth of the DRM code as the kernel's table gives it
	// (XRGB8888: 24, RGB565: 16; 0 where the kernel gives none).
	constexpr unsigned drm_depth() const noexcept { return d_->has_drm ? d_->drm.depth : 0; }
	constexpr unsigned hsub() const noexcept { return d_->hsub; }
	constexpr unsigned vsub() const noexcept { return d_->vsub; }
	constexpr unsigned tile_w() const noexcept { return d_->tile_w; }
	constexpr unsigned tile_h() const noexcept { return d_->tile_h; }
	constexpr unsigned color_planes() const noexcept { return d_->num_planes; }
	constexpr std::span<const plane_desc> planes() const noexcept
	{
		return { d_->planes.data(), d_->num_planes };
	}
	// Colour plane i; an out-of-range i gives nothing.
	constexpr std::optional<plane_desc> plane(unsigned i) const noexcept
	{
		if (i >= d_->num_planes)
			return std::nullopt;
		return d_->planes[i];
	}
	// Bits per pixel of the whole image, summed over planes and weighted by
	// subsampling, rounded down (NV12: 12, P010: 24, SBGGR10P: 10). 0 when
	// compressed.
	constexpr unsigned bits_per_pixel() const noexcept
	{
		// Sum of bytes*8 / (block_w*block_h*hsub*vsub) over planes, exactly.
		unsigned long long num = 0, den = 1;
		for (const auto &p : planes()) {
			unsigned long long d = 1ull * p.block_w * p.block_h * p.hsub * p.vsub;
			num = num * d + 8ull * p.bytes_per_block * den;
			den *= d;
		}
		return static_cast<unsigned>(num / den);
	}

	// The V4L2 codes of this layout (contiguous and multi-planar variants).
	constexpr std::span<const code_desc> v4l2_codes() const noexcept
	{
		return { d_->v4l2.data(), d_->num_v4l2 };
	}
	// The V4L2 code with this many memory planes (1: contiguous).
	constexpr std::optional<code_desc> v4l2_with_mem_planes(unsigned n) const noexcept
	{
		for (const auto &c : v4l2_codes())
			if (c.mem_planes == n)
				return c;
		return std::nullopt;
	}
	constexpr std::optional<code_desc> drm_code() const noexcept
	{
		if (!d_->has_drm)
			return std::nullopt;
		return d_->drm;
	}

	friend constexpr bool operator==(format a, format b) noexcept { return a.d_ == b.d_; }

private:
	const format_desc *d_;
};

// A V4L2 code found in the table: the format and which variant it is.
// Holds pointers only, so a lookup does not touch the format entry itself.
class v4l2_format {
public:
	constexpr v4l2_format(const format_desc &f, const code_desc &c) noexcept
		: format(f), code_(&c)
	{
	}

	pixfmt::format format;

	constexpr const code_desc &code() const noexcept { return *code_; }
	constexpr std::uint32_t fourcc() const noexcept { return code_->code; }
	constexpr std::string_view macro() const noexcept { return code_->macro; }
	constexpr unsigned mem_planes() const noexcept { return code_->mem_planes; }
	// Usable through the single-planar API (struct v4l2_pix_format).
	constexpr bool single_planar() const noexcept { return code_->mem_planes == 1; }

private:
	const code_desc *code_;
};

namespace detail {

// The first index of [0, n) where before(i) is false: a binary search over a
// sorted table (before holds for a prefix of it).
template <typename Before> constexpr std::size_t first_not(std::size_t n, Before before) noexcept
{
	std::size_t lo = 0, hi = n;
	while (lo < hi) {
		std::size_t mid = lo + (hi - lo) / 2;
		if (before(mid))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

constexpr std::uint32_t hash_slot(table::code_hash h, std::uint32_t code) noexcept
{
	return static_cast<std::uint32_t>(code * h.mult) >> (32 - h.bits);
}

} // namespace detail

namespace detail {

// At run time, the address of the format a slot names, as a number (an empty
// slot's too): computed before the slot's code is compared, so that the
// compiler can select the result instead of branching. Only dereferenced when
// the code matched, i.e. the slot is not empty.
inline const format_desc *format_address(const table::code_index &e) noexcept
{
	return reinterpret_cast<const format_desc *>(reinterpret_cast<std::uintptr_t>(table::formats.data()) +
						     std::uintptr_t{ e.offset8 } * 8);
}

} // namespace detail

// The V4L2 format with this code: one multiply, one load, one compare.
constexpr std::optional<v4l2_format> find_v4l2(std::uint32_t code) noexcept
{
	const auto &e = table::v4l2_hash_slots[detail::hash_slot(table::v4l2_hash, code)];
	if (std::is_constant_evaluated()) {
		if (e.code != code) // an empty slot holds a code that never hashes to it
			return std::nullopt;
		const auto &f = table::formats[e.format()];
		return v4l2_format(f, f.v4l2[e.slot]);
	}
	const format_desc *f = detail::format_address(e);
	return e.code == code ? std::optional<v4l2_format>(std::in_place, *f, f->v4l2[e.slot]) : std::nullopt;
}

// The DRM format with this code (DRM_FORMAT_BIG_ENDIAN included in code).
constexpr std::optional<format> find_drm(std::uint32_t code) noexcept
{
	const auto &e = table::drm_hash_slots[detail::hash_slot(table::drm_hash, code)];
	if (std::is_constant_evaluated()) {
		if (e.code != code) // an empty slot holds a code that never hashes to it
			return std::nullopt;
		return format(table::formats[e.format()]);
	}
	const format_desc *f = detail::format_address(e);
	return e.code == code ? std::optional<format>(std::in_place, *f) : std::nullopt;
}

// The format with this canonical name (binary search, case-sensitive).
constexpr std::optional<format> find_name(std::string_view name) noexcept
{
	std::size_t lo = detail::first_not(table::by_name.size(),
					   [&](std::size_t i) { return table::by_name[i].name < name; });
	if (lo < table::by_name.size() && table::by_name[lo].name == name)
		return format(table::formats[table::by_name[lo].format]);
	return std::nullopt;
}

// A namespace by its key ("ffmpeg") or CLI prefix ("gst").
constexpr std::optional<name_space> parse_name_space(std::string_view word) noexcept
{
	for (std::size_t i = 0; i < name_spaces.size(); ++i)
		if (name_spaces[i].key == word || name_spaces[i].prefix == word)
			return static_cast<name_space>(i);
	return std::nullopt;
}

// The formats that another ecosystem calls this name (binary search; FFmpeg
// calls both RGB555 and XRGB1555 "rgb555le", for one): each entry's format
// is table::formats[entry.format].
constexpr std::span<const table::other_name> find_in(name_space ns, std::string_view name) noexcept
{
	const auto &all = table::other_names;
	auto before = [](const table::other_name &e, name_space s, std::string_view n) {
		return e.space < s || (e.space == s && e.name < n);
	};
	std::size_t lo = detail::first_not(all.size(), [&](std::size_t i) { return before(all[i], ns, name); });
	std::size_t end = lo;
	while (end < all.size() && all[end].space == ns && all[end].name == name)
		++end;
	return { all.data() + lo, end - lo };
}

// The V4L2 format of a macro name such as "V4L2_PIX_FMT_NV12M".
constexpr std::optional<v4l2_format> find_v4l2_macro(std::string_view macro) noexcept
{
	for (const auto &f : table::formats)
		for (std::size_t i = 0; i < f.num_v4l2; ++i)
			if (f.v4l2[i].macro == macro)
				return v4l2_format(f, f.v4l2[i]);
	return std::nullopt;
}

// The DRM format of a macro name such as "DRM_FORMAT_XRGB8888" (the
// little-endian code; big-endian variants are found by code).
constexpr std::optional<format> find_drm_macro(std::string_view macro) noexcept
{
	for (const auto &f : table::formats)
		if (f.has_drm && f.drm.macro == macro && !(f.drm.code & big_endian_flag))
			return format(f);
	return std::nullopt;
}

// The corresponding DRM format of a V4L2 code, and back.
constexpr std::optional<format> v4l2_to_drm(std::uint32_t v4l2_code) noexcept
{
	auto v = find_v4l2(v4l2_code);
	if (!v || !v->format.drm_code())
		return std::nullopt;
	return v->format;
}

constexpr std::span<const code_desc> drm_to_v4l2(std::uint32_t drm_code) noexcept
{
	auto f = find_drm(drm_code);
	if (!f)
		return {};
	return f->v4l2_codes();
}

namespace detail {
// Not constexpr-callable: reaching it in a consteval context is the error.
inline void unknown_fourcc() {}
} // namespace detail

// Compile-time lookups: an unknown code or name does not compile.
consteval v4l2_format get_v4l2(std::uint32_t code)
{
	auto v = find_v4l2(code);
	if (!v)
		detail::unknown_fourcc();
	return *v;
}

consteval format get_drm(std::uint32_t code)
{
	auto f = find_drm(code);
	if (!f)
		detail::unknown_fourcc();
	return *f;
}

consteval format get_name(std::string_view name)
{
	auto f = find_name(name);
	if (!f)
		detail::unknown_fourcc();
	return *f;
}

} // namespace pixfmt
