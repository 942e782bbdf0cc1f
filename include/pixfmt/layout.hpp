// pixfmt: the memory layout of a W x H image, with checked arithmetic.
//
// Two answers, each named for what it is:
// - The real need (everything in namespace pixfmt): the memory a W x H frame
//   of the format occupies. Plane i: the image is rounded up to the plane's
//   alignment (documented tile and line alignment, whole macropixels), divided
//   by the plane's subsampling (rounding up) -> plane width pw and height ph;
//   a line holds whole blocks: pitch = ceil(ceil(pw / block_w) *
//   bytes_per_block / block_h) rounded up to the plane's pitch_align (the
//   documented line stride alignment), lines = ph rounded up to block_h. Buffer checks
//   use this, so a partial CSI-2 group or YUYV macropixel is never cut off.
// - Kernel-compatible (namespace pixfmt::kernel): exactly what Linux's
//   v4l2_fill_pixfmt(_mp)() and drm_format_info_min_pitch() /
//   _plane_width/height() return, from the kernel's own table entries,
//   rounding included; "the kernel has no entry" where its table has none.
// A result that does not fit is an error, never a wrapped number.
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
	not_in_kernel, // the kernel's table has no entry: its helper rejects the code
	bad_layout,    // a buffer layout that contradicts the format (plane count, alignment)
	out_of_range,  // a buffer, plane or stride too small for the frame, or grants that do not match
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
	case errc::bad_layout: return "buffer layout contradicts the format";
	case errc::out_of_range: return "buffer does not hold the frame";
	case errc::not_in_kernel: return "the kernel has no entry for this code";
	}
	return "?";
}

// A value or an error (C++20 has no std::expected).
template <class T>
class result {
public:
	constexpr result() noexcept : value_{} {} // a zero value, no error
	constexpr result(T v) noexcept : value_(v) {}
	constexpr result(errc e) noexcept : value_{}, error_(e) {}
	constexpr bool ok() const noexcept { return error_ == errc::ok; }
	constexpr explicit operator bool() const noexcept { return ok(); }
	constexpr errc error() const noexcept { return error_; }
	// The value; only meaningful when ok().
	constexpr const T &value() const noexcept { return value_; }
	constexpr const T &operator*() const noexcept { return value_; }
	constexpr const T *operator->() const noexcept { return &value_; }

	// For functions that write the whole value in place (layout()):
	// nothing is zeroed first.
	struct unfilled_t {};
	static constexpr unfilled_t unfilled{};
	constexpr explicit result(unfilled_t) noexcept {}
	constexpr T &fill() noexcept { return value_; }
	constexpr void set_error(errc e) noexcept { error_ = e; }

private:
	T value_;
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
	std::uint32_t height; // lines of this plane (rows of pitch bytes)
	std::uint64_t pitch;  // bytes per line
	std::uint64_t size;   // pitch * height
	std::uint64_t offset; // where the plane starts when planes share one buffer
};

// Written whole by layout() and layout_into() (unused planes are zero), so
// a default-initialised one is not zeroed first.
struct image_layout {
	std::uint8_t num_planes = 0;
	std::array<plane_size, max_planes> planes;
	std::uint64_t total = 0;
	constexpr std::span<const plane_size> view() const noexcept
	{
		return { planes.data(), num_planes };
	}
};

namespace detail {

// Plane width and height in pixels of the plane, before block rounding.
constexpr result<std::array<std::uint64_t, 2>> plane_extent(const plane_desc &p, std::uint32_t width,
							     std::uint32_t height, std::uint64_t align_w,
							     std::uint64_t align_h) noexcept
{
	std::uint64_t aw = 0, ah = 0;
	if (!checked::round_up(width, align_w, aw) || !checked::round_up(height, align_h, ah))
		return errc::overflow;
	return std::array<std::uint64_t, 2>{ checked::div_round_up(aw, p.hsub),
					     checked::div_round_up(ah, p.vsub) };
}

constexpr errc check_plane(format f, unsigned plane, std::uint32_t width, std::uint32_t height) noexcept
{
	if (f.compressed())
		return errc::no_layout;
	if (width == 0 || height == 0)
		return errc::zero_size;
	if (plane >= f.color_planes())
		return errc::bad_plane;
	return errc::ok;
}

} // namespace detail

// Geometry of colour plane i for a W x H image: its width in pixels of the
// plane, its number of lines (rows of pitch bytes) and its minimum pitch.
struct plane_geometry {
	std::uint32_t width;
	std::uint32_t lines;
	std::uint64_t min_pitch;
};

namespace detail {

inline constexpr std::uint64_t u32max = std::numeric_limits<std::uint32_t>::max();

// n rounded up to a power of two m: a mask (n + m stays far below 2^64 here)
constexpr std::uint64_t round_up_pow2(std::uint64_t n, std::uint64_t m) noexcept
{
	return (n + m - 1) & ~(m - 1);
}

// n rounded up to mask + 1 (a power of two), mask generated into the table
constexpr std::uint64_t round_up_mask(std::uint64_t n, std::uint64_t mask) noexcept
{
	return (n + mask) & ~mask;
}

// The geometry of a plane whose steps (block, alignment, subsampling) are
// all powers of two, as most are (plane_desc::pow2): shifts and masks only,
// each rounding one mask from the table (plane_desc::mask_w, mask_lines,
// mask_pitch). The same numbers as geometry_general(); a u32 size and
// 16-bit masks cannot overflow 64 bits before the final checks.
struct extent_pow2 {
	std::uint64_t width, lines, min_pitch;
};

// The unchecked numbers (width and lines may exceed 32 bits).
[[gnu::always_inline]] constexpr extent_pow2 plane_extent_pow2(const plane_desc &p, std::uint32_t width,
							       std::uint32_t height) noexcept
{
	const std::uint64_t pw = round_up_mask(width, p.mask_w) >> p.shift_hsub;
	const std::uint64_t lines = round_up_mask(height, p.mask_lines) >> p.shift_vsub;
	const std::uint64_t bytes = ((pw + p.block_w - 1) >> p.shift_w) * p.bytes_per_block;
	return { pw, lines, round_up_mask(bytes, p.mask_pitch) >> p.shift_h };
}

[[gnu::always_inline]] constexpr result<plane_geometry> geometry_pow2(const plane_desc &p, std::uint32_t width,
								      std::uint32_t height) noexcept
{
	const extent_pow2 e = plane_extent_pow2(p, width, height);
	if ((e.width | e.lines) > u32max)
		return errc::overflow;
	return plane_geometry{ static_cast<std::uint32_t>(e.width), static_cast<std::uint32_t>(e.lines), e.min_pitch };
}

// Any step: divisions (IPU3's 25-pixel groups, 3-pixel groups, ...). Rare:
// kept out of the callers' hot path.
[[gnu::noinline]] constexpr result<plane_geometry> geometry_general(const plane_desc &p, std::uint32_t width,
						  std::uint32_t height) noexcept
{
	auto ext = plane_extent(p, width, height, p.align_w, p.align_h);
	if (!ext)
		return ext.error();
	std::uint64_t bytes = 0, lines = 0;
	if (!checked::mul(checked::div_round_up((*ext)[0], p.block_w), p.bytes_per_block, bytes) ||
	    !checked::round_up((*ext)[1], p.block_h, lines))
		return errc::overflow;
	if ((*ext)[0] > u32max || lines > u32max)
		return errc::overflow;
	std::uint64_t pitch = 0;
	if (!checked::round_up(checked::div_round_up(bytes, p.block_h), p.pitch_align, pitch))
		return errc::overflow;
	return plane_geometry{ static_cast<std::uint32_t>((*ext)[0]), static_cast<std::uint32_t>(lines), pitch };
}

constexpr result<plane_geometry> geometry(const plane_desc &p, std::uint32_t width, std::uint32_t height) noexcept
{
	return p.pow2 ? geometry_pow2(p, width, height) : geometry_general(p, width, height);
}

} // namespace detail

constexpr result<plane_geometry> plane_geometry_of(format f, unsigned plane, std::uint32_t width,
						   std::uint32_t height) noexcept
{
	if (errc e = detail::check_plane(f, plane, width, height); e != errc::ok)
		return e;
	return detail::geometry(f.planes()[plane], width, height);
}

// Plane width in pixels and number of lines of colour plane i.
constexpr result<std::array<std::uint32_t, 2>> plane_dimensions(format f, unsigned plane,
							       std::uint32_t width,
							       std::uint32_t height) noexcept
{
	auto g = plane_geometry_of(f, plane, width, height);
	if (!g)
		return g.error();
	return std::array<std::uint32_t, 2>{ g->width, g->lines };
}

// Minimum pitch of colour plane i for an image width (not the plane width):
// whole blocks, the plane's alignment applied.
constexpr result<std::uint64_t> min_pitch(format f, unsigned plane, std::uint32_t width) noexcept
{
	auto g = plane_geometry_of(f, plane, width, 1);
	if (!g)
		return g.error();
	return g->min_pitch;
}

constexpr bool is_power_of_two(std::uint64_t v) noexcept
{
	return v != 0 && (v & (v - 1)) == 0;
}

namespace detail {

// Zero planes from..max_planes-1, field by field (a whole-struct zero of a
// few planes becomes a slow memset).
constexpr void clear_planes(image_layout &out, unsigned from) noexcept
{
	for (unsigned i = from; i < max_planes; ++i) {
		plane_size &ps = out.planes[i];
		ps.width = ps.height = 0;
		ps.pitch = ps.size = ps.offset = 0;
	}
}

} // namespace detail

namespace detail {

// A failed layout: out holds none (every member zero).
[[gnu::noinline, gnu::cold]] constexpr errc layout_error(image_layout &out, errc e) noexcept
{
	clear_planes(out, 0);
	out.num_planes = 0;
	out.total = 0;
	return e;
}

constexpr errc layout_check(format f, std::uint32_t width, std::uint32_t height, std::uint64_t pitch_align) noexcept
{
	return f.compressed()			 ? errc::no_layout
	       : width == 0 || height == 0	 ? errc::zero_size
	       : !is_power_of_two(pitch_align) ? errc::bad_alignment
					       : errc::ok;
}

// A plane's pitch aligned to the caller's pitch_align (a power of two): the
// pitch is below 2^42, so rounding it up to any power of two up to 2^22
// cannot overflow; beyond, check.
[[gnu::always_inline]] constexpr bool align_pitch(std::uint64_t min_pitch, std::uint64_t pitch_align,
						  std::uint64_t &out) noexcept
{
	if (pitch_align <= (1u << 22)) {
		out = round_up_pow2(min_pitch, pitch_align);
		return true;
	}
	return checked::round_up(min_pitch, pitch_align, out);
}

// Any format with a per-pixel layout (a plane that divides among them): each
// plane by geometry(). Kept out of layout_into()'s hot path.
[[gnu::noinline]] constexpr errc layout_general(image_layout &out, format f, std::uint32_t width,
						std::uint32_t height, std::uint64_t pitch_align) noexcept
{
	clear_planes(out, 1);
	const unsigned n = f.color_planes();
	std::uint64_t offset = 0;
	for (unsigned i = 0; i < n; ++i) {
		plane_size &ps = out.planes[i];
		auto g = geometry(f.planes()[i], width, height);
		if (!g)
			return layout_error(out, g.error());
		ps.width = g->width;
		ps.height = g->lines;
		ps.offset = offset;
		if (!align_pitch(g->min_pitch, pitch_align, ps.pitch) ||
		    !checked::mul(ps.pitch, ps.height, ps.size) || !checked::add(offset, ps.size, offset))
			return layout_error(out, errc::overflow);
	}
	out.num_planes = static_cast<std::uint8_t>(n);
	out.total = offset;
	return errc::ok;
}

} // namespace detail

// Layout of a W x H image with every plane's pitch aligned to pitch_align
// bytes (a power of two; 1 = minimal), planes one after another, written
// into out (every member: unused planes are zero). For a hot path: nothing
// is zeroed first or copied. On an error out holds no layout.
[[gnu::always_inline]] constexpr errc layout_into(image_layout &out, format f, std::uint32_t width,
						  std::uint32_t height, std::uint64_t pitch_align = 1) noexcept
{
	static_assert(max_planes == 4, "the zeroing below names the planes");
	const format_desc &d = f.desc();
	if (d.compressed || width == 0 || height == 0 || !is_power_of_two(pitch_align)) [[unlikely]]
		return detail::layout_error(out, detail::layout_check(f, width, height, pitch_align));
	// a plane that divides (rare): the general loop
	if (!d.planes_pow2) [[unlikely]]
		return detail::layout_general(out, f, width, height, pitch_align);
	// planes 1..3 zeroed up front in wide stores (cheaper than zeroing the
	// unused ones after the loop); the loop overwrites the used ones
	out.planes[1] = plane_size{};
	out.planes[2] = plane_size{};
	out.planes[3] = plane_size{};
	const unsigned n = d.num_planes;
	std::uint64_t offset = 0;
	for (unsigned i = 0; i < n; ++i) {
		const plane_desc &p = d.planes[i];
		plane_size &ps = out.planes[i];
		// geometry_pow2()'s numbers, with one overflow branch per plane
		const auto [pw, lines, min_pitch] = detail::plane_extent_pow2(p, width, height);
		std::uint64_t pitch = 0, size = 0;
		const bool fits = detail::align_pitch(min_pitch, pitch_align, pitch);
		ps.width = static_cast<std::uint32_t>(pw);
		ps.height = static_cast<std::uint32_t>(lines);
		ps.pitch = pitch;
		ps.offset = offset;
		if (!fits || (pw | lines) > detail::u32max || !checked::mul(pitch, lines, size) ||
		    !checked::add(offset, size, offset)) [[unlikely]]
			return detail::layout_error(out, errc::overflow);
		ps.size = size;
	}
	out.num_planes = static_cast<std::uint8_t>(n);
	out.total = offset;
	return errc::ok;
}

// The same as a value.
constexpr result<image_layout> layout(format f, std::uint32_t width, std::uint32_t height,
				      std::uint64_t pitch_align = 1) noexcept
{
	result<image_layout> r(result<image_layout>::unfilled);
	r.set_error(layout_into(r.fill(), f, width, height, pitch_align));
	return r;
}

// Number of pages of page_size bytes a buffer of this many bytes needs.
constexpr result<std::uint64_t> pages(std::uint64_t bytes, std::uint64_t page_size = 4096) noexcept
{
	if (!is_power_of_two(page_size))
		return errc::bad_alignment;
	return checked::div_round_up(bytes, page_size);
}

// bytesperline and sizeimage per memory plane, as struct v4l2_pix_format
// and v4l2_pix_format_mplane hold them (32-bit fields: a value above 4 GiB is
// an overflow error).
struct v4l2_plane_fill {
	std::uint32_t bytesperline;
	std::uint32_t sizeimage;
};

struct v4l2_fill {
	std::uint8_t num_planes = 0; // memory planes
	std::array<v4l2_plane_fill, max_planes> planes{};
};

namespace detail {

constexpr result<v4l2_plane_fill> to_u32(std::uint64_t bytesperline, std::uint64_t sizeimage) noexcept
{
	constexpr std::uint64_t u32max = std::numeric_limits<std::uint32_t>::max();
	if (bytesperline > u32max || sizeimage > u32max)
		return errc::overflow;
	return v4l2_plane_fill{ static_cast<std::uint32_t>(bytesperline), static_cast<std::uint32_t>(sizeimage) };
}

} // namespace detail

// The real need in V4L2 terms: a code with one memory plane holds all colour
// planes one after another (bytesperline of plane 0, sizeimage of all), a
// code with one memory plane per colour plane gets each plane's own. Pitches
// are aligned to pitch_align bytes (a power of two), as drivers align
// bytesperline.
constexpr result<v4l2_fill> fill_v4l2(const v4l2_format &v, std::uint32_t width, std::uint32_t height,
				      std::uint64_t pitch_align = 1) noexcept
{
	auto l = layout(v.format, width, height, pitch_align);
	if (!l)
		return l.error();
	v4l2_fill out;
	if (v.mem_planes() == 1) {
		auto p = detail::to_u32(l->planes[0].pitch, l->total);
		if (!p)
			return p.error();
		out.num_planes = 1;
		out.planes[0] = *p;
		return out;
	}
	out.num_planes = l->num_planes;
	for (unsigned i = 0; i < l->num_planes; ++i) {
		auto p = detail::to_u32(l->planes[i].pitch, l->planes[i].size);
		if (!p)
			return p.error();
		out.planes[i] = *p;
	}
	return out;
}

constexpr result<v4l2_fill> fill_v4l2(std::uint32_t code, std::uint32_t width, std::uint32_t height,
				      std::uint64_t pitch_align = 1) noexcept
{
	auto v = find_v4l2(code);
	if (!v)
		return errc::not_found;
	return fill_v4l2(*v, width, height, pitch_align);
}

// Kernel-compatible answers: what Linux's own helpers return, from the
// kernel's own table entries (Linux 6.12: pixfmt::kernel_reference). Use them
// to predict what a kernel reports, not to size a buffer: they round a
// partial pixel group down (V4L2), count YUYV-style macropixels per pixel,
// and skip the alignment tiled formats need where the kernel's table lacks it.
namespace kernel {

// Does the kernel's table have this code (V4L2 v4l2_format_info or DRM
// drm_format_info)?
constexpr bool has_entry(const code_desc &c) noexcept
{
	return c.kernel != 0 && c.kernel <= kernel_reference;
}

// v4l2_fill_pixfmt() for a code with one memory plane, v4l2_fill_pixfmt_mp()
// for every code. The kernel computes in 32 bits: where its arithmetic
// would wrap, this is an overflow error instead of the wrapped number.
constexpr result<v4l2_fill> fill_v4l2(const v4l2_format &v, std::uint32_t width,
				      std::uint32_t height) noexcept
{
	if (!has_entry(v.code()))
		return errc::not_in_kernel;
	const format f = v.format;
	const bool shared = v.mem_planes() == 1;
	constexpr std::uint64_t u32max = std::numeric_limits<std::uint32_t>::max();
	v4l2_fill out;
	out.num_planes = static_cast<std::uint8_t>(v.mem_planes());
	std::uint64_t total = 0;
	for (unsigned i = 0; i < f.color_planes(); ++i) {
		const plane_desc &p = f.planes()[i];
		// the kernel's table entry: bytes per pixel as bpp / bpp_div
		const std::uint64_t bpp = p.kernel_bpp, div = p.kernel_bpp_div;
		// ALIGN() and DIV_ROUND_UP() are 32-bit too: their sums must not wrap
		std::uint64_t aw = 0, ah = 0;
		if (!checked::round_up(width, p.kernel_align_w, aw) ||
		    !checked::round_up(height, p.kernel_align_h, ah) || aw + p.hsub - 1 > u32max ||
		    ah + p.vsub - 1 > u32max)
			return errc::overflow;
		// both factors are below 2^32: the 64-bit products cannot wrap
		const std::uint64_t bytes = checked::div_round_up(aw, p.hsub) * bpp;
		const std::uint64_t lines = checked::div_round_up(ah, p.vsub);
		if (bytes > u32max)
			return errc::overflow;
		// bytesperline = ALIGN(width, block_w) * bpp / bpp_div; a shared
		// buffer's sizeimage sums bpp * plane width * plane height / bpp_div
		const std::uint64_t line = bytes / div;
		const std::uint64_t size = shared ? bytes * lines / div : line * lines;
		if ((shared ? bytes * lines : size) > u32max)
			return errc::overflow;
		if (!shared) {
			out.planes[i] = { static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(size) };
			continue;
		}
		total += size;
		if (total > u32max)
			return errc::overflow;
		if (i == 0)
			out.planes[0].bytesperline = static_cast<std::uint32_t>(line);
		out.planes[0].sizeimage = static_cast<std::uint32_t>(total);
	}
	return out;
}

constexpr result<v4l2_fill> fill_v4l2(std::uint32_t code, std::uint32_t width, std::uint32_t height) noexcept
{
	auto v = find_v4l2(code);
	if (!v)
		return errc::not_found;
	return kernel::fill_v4l2(*v, width, height);
}

namespace detail {

// The kernel's drm_format_info of a format: its planes (one, with no bytes,
// for a layout only usable with a compression modifier).
constexpr errc drm_entry(format f, unsigned plane) noexcept
{
	auto c = f.drm_code();
	if (!c)
		return errc::not_found;
	if (!has_entry(*c))
		return errc::not_in_kernel;
	if (plane >= (f.compressed() ? 1u : f.color_planes()))
		return errc::bad_plane;
	return errc::ok;
}

} // namespace detail

// drm_format_info_plane_width() / _plane_height(): the image size divided
// by the plane's subsampling, rounding up.
constexpr result<std::uint32_t> drm_plane_width(format f, unsigned plane, std::uint32_t width) noexcept
{
	if (errc e = detail::drm_entry(f, plane); e != errc::ok)
		return e;
	return plane == 0 ? width : static_cast<std::uint32_t>(checked::div_round_up(width, f.hsub()));
}

constexpr result<std::uint32_t> drm_plane_height(format f, unsigned plane, std::uint32_t height) noexcept
{
	if (errc e = detail::drm_entry(f, plane); e != errc::ok)
		return e;
	return plane == 0 ? height : static_cast<std::uint32_t>(checked::div_round_up(height, f.vsub()));
}

// drm_format_info_min_pitch(info, plane, buffer_width): buffer_width is the
// plane's width (drm_plane_width()). Bytes are rounded up, not whole blocks.
// A layout only usable with a compression modifier has no bytes per block:
// 0, as the kernel returns.
constexpr result<std::uint64_t> drm_min_pitch(format f, unsigned plane, std::uint32_t buffer_width) noexcept
{
	if (errc e = detail::drm_entry(f, plane); e != errc::ok)
		return e;
	if (f.compressed())
		return std::uint64_t{ 0 };
	const plane_desc &p = f.planes()[plane];
	return checked::div_round_up(std::uint64_t{ buffer_width } * p.bytes_per_block,
				     std::uint64_t{ p.block_w } * p.block_h);
}

} // namespace kernel

} // namespace pixfmt
