// pixfmt: the memory layout of a W x H image, with checked arithmetic.
//
// Plane i: the image is rounded up to the plane's alignment, divided by the
// plane's subsampling (rounding up) -> plane width pw and height ph; the
// minimum pitch is DIV_ROUND_UP(pw * bytes_per_block, block_w * block_h),
// the plane size pitch * ph. This is drm_format_info_min_pitch() on the DRM
// side and v4l2_fill_pixfmt(_mp)() on the V4L2 side, for every format the
// kernel's tables cover. A result that does not fit is an error, never a
// wrapped number.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>

#include <pixfmt/format.hpp>

namespace pixfmt {

enum class errc : std::uint8_t {
	ok,
	not_found,     // no format with this code or name
	no_layout,     // compressed or opaque: no per-pixel layout
	zero_size,     // width or height is 0
	bad_plane,     // plane index out of range
	bad_alignment, // alignment is 0 or not a power of two
	overflow,      // the result does not fit its type
};

constexpr std::string_view to_string(errc e) noexcept
{
	switch (e) {
	case errc::ok: return "ok";
	case errc::not_found: return "unknown format";
	case errc::no_layout: return "compressed format has no per-pixel layout";
	case errc::zero_size: return "width and height must be at least 1";
	case errc::bad_plane: return "no such plane";
	case errc::bad_alignment: return "alignment must be a power of two";
	case errc::overflow: return "size does not fit";
	}
	return "?";
}

// A value or an error (C++20 has no std::expected).
template <class T>
class result {
public:
	constexpr result(T v) noexcept : value_(v) {}
	constexpr result(errc e) noexcept : error_(e) {}
	constexpr bool ok() const noexcept { return error_ == errc::ok; }
	constexpr explicit operator bool() const noexcept { return ok(); }
	constexpr errc error() const noexcept { return error_; }
	// The value; only meaningful when ok().
	constexpr const T &value() const noexcept { return value_; }
	constexpr const T &operator*() const noexcept { return value_; }
	constexpr const T *operator->() const noexcept { return &value_; }

private:
	T value_{};
	errc error_ = errc::ok;
};

namespace checked {

constexpr bool mul(std::uint64_t a, std::uint64_t b, std::uint64_t &out) noexcept
{
	return !__builtin_mul_overflow(a, b, &out);
}
constexpr bool add(std::uint64_t a, std::uint64_t b, std::uint64_t &out) noexcept
{
	return !__builtin_add_overflow(a, b, &out);
}
constexpr std::uint64_t div_round_up(std::uint64_t a, std::uint64_t b) noexcept
{
	return a / b + (a % b != 0);
}
// Round a up to a multiple of m (m >= 1, any m).
constexpr bool round_up(std::uint64_t a, std::uint64_t m, std::uint64_t &out) noexcept
{
	std::uint64_t q = div_round_up(a, m);
	return mul(q, m, out);
}

} // namespace checked

struct plane_size {
	std::uint32_t width;  // in pixels of this plane (after alignment and subsampling)
	std::uint32_t height; // in lines of this plane
	std::uint64_t pitch;  // bytes per line
	std::uint64_t size;   // pitch * height
	std::uint64_t offset; // where the plane starts when planes share one buffer
};

struct image_layout {
	std::uint8_t num_planes = 0;
	std::array<plane_size, max_planes> planes{};
	std::uint64_t total = 0;
	constexpr std::span<const plane_size> view() const noexcept
	{
		return { planes.data(), num_planes };
	}
};

// Plane width and height of colour plane i (drm_format_info_plane_width/height
// for DRM formats, which have no alignment).
constexpr result<std::array<std::uint32_t, 2>> plane_dimensions(format f, unsigned plane,
							       std::uint32_t width,
							       std::uint32_t height) noexcept
{
	if (f.compressed())
		return errc::no_layout;
	if (width == 0 || height == 0)
		return errc::zero_size;
	auto p = f.plane(plane);
	if (!p)
		return errc::bad_plane;
	std::uint64_t aw = 0, ah = 0;
	if (!checked::round_up(width, p->align_w, aw) || !checked::round_up(height, p->align_h, ah))
		return errc::overflow;
	std::uint64_t pw = checked::div_round_up(aw, p->hsub);
	std::uint64_t ph = checked::div_round_up(ah, p->vsub);
	if (pw > std::numeric_limits<std::uint32_t>::max() ||
	    ph > std::numeric_limits<std::uint32_t>::max())
		return errc::overflow;
	return std::array<std::uint32_t, 2>{ static_cast<std::uint32_t>(pw),
					     static_cast<std::uint32_t>(ph) };
}

// Minimum pitch of colour plane i for an image width (not the plane width).
constexpr result<std::uint64_t> min_pitch(format f, unsigned plane, std::uint32_t width) noexcept
{
	auto dims = plane_dimensions(f, plane, width, 1);
	if (!dims)
		return dims.error();
	const plane_desc &p = f.planes()[plane];
	std::uint64_t bytes = 0;
	if (!checked::mul((*dims)[0], p.bytes_per_block, bytes))
		return errc::overflow;
	return checked::div_round_up(bytes, std::uint64_t{ p.block_w } * p.block_h);
}

constexpr bool is_power_of_two(std::uint64_t v) noexcept
{
	return v != 0 && (v & (v - 1)) == 0;
}

// Layout of a W x H image with every plane's pitch aligned to pitch_align
// bytes (a power of two; 1 = minimal), planes one after another.
constexpr result<image_layout> layout(format f, std::uint32_t width, std::uint32_t height,
				      std::uint64_t pitch_align = 1) noexcept
{
	if (f.compressed())
		return errc::no_layout;
	if (width == 0 || height == 0)
		return errc::zero_size;
	if (!is_power_of_two(pitch_align))
		return errc::bad_alignment;
	image_layout out;
	out.num_planes = static_cast<std::uint8_t>(f.color_planes());
	std::uint64_t offset = 0;
	for (unsigned i = 0; i < f.color_planes(); ++i) {
		auto dims = plane_dimensions(f, i, width, height);
		if (!dims)
			return dims.error();
		auto pitch = min_pitch(f, i, width);
		if (!pitch)
			return pitch.error();
		plane_size &ps = out.planes[i];
		ps.width = (*dims)[0];
		ps.height = (*dims)[1];
		if (!checked::round_up(*pitch, pitch_align, ps.pitch) ||
		    !checked::mul(ps.pitch, ps.height, ps.size))
			return errc::overflow;
		ps.offset = offset;
		if (!checked::add(offset, ps.size, offset))
			return errc::overflow;
	}
	out.total = offset;
	return out;
}

// Number of pages of page_size bytes a buffer of this many bytes needs.
constexpr result<std::uint64_t> pages(std::uint64_t bytes, std::uint64_t page_size = 4096) noexcept
{
	if (!is_power_of_two(page_size))
		return errc::bad_alignment;
	return checked::div_round_up(bytes, page_size);
}

// What v4l2_fill_pixfmt() / v4l2_fill_pixfmt_mp() put in the uapi structs
// (32-bit fields: a value above 4 GiB is an overflow error).
struct v4l2_plane_fill {
	std::uint32_t bytesperline;
	std::uint32_t sizeimage;
};

struct v4l2_fill {
	std::uint8_t num_planes = 0; // memory planes
	std::array<v4l2_plane_fill, max_planes> planes{};
};

// Fill for a V4L2 code: one memory plane holds all colour planes (bytesperline
// of plane 0, sizeimage of all), or one memory plane per colour plane.
constexpr result<v4l2_fill> fill_v4l2(const v4l2_format &v, std::uint32_t width,
				      std::uint32_t height) noexcept
{
	auto l = layout(v.format, width, height);
	if (!l)
		return l.error();
	constexpr std::uint64_t u32max = std::numeric_limits<std::uint32_t>::max();
	v4l2_fill out;
	if (v.mem_planes() == 1) {
		out.num_planes = 1;
		if (l->planes[0].pitch > u32max || l->total > u32max)
			return errc::overflow;
		out.planes[0] = { static_cast<std::uint32_t>(l->planes[0].pitch),
				  static_cast<std::uint32_t>(l->total) };
		return out;
	}
	out.num_planes = l->num_planes;
	for (unsigned i = 0; i < l->num_planes; ++i) {
		if (l->planes[i].pitch > u32max || l->planes[i].size > u32max)
			return errc::overflow;
		out.planes[i] = { static_cast<std::uint32_t>(l->planes[i].pitch),
				  static_cast<std::uint32_t>(l->planes[i].size) };
	}
	return out;
}

constexpr result<v4l2_fill> fill_v4l2(std::uint32_t code, std::uint32_t width,
				      std::uint32_t height) noexcept
{
	auto v = find_v4l2(code);
	if (!v)
		return errc::not_found;
	return fill_v4l2(*v, width, height);
}

} // namespace pixfmt
