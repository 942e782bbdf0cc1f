// pixfmt: the Xen para-virtual camera protocol's rules (xen/io/cameraif.h),
// the same as the kernel C helpers pixfmt_xen_*() apply, tested with the same
// vectors:
// - XenStore format labels: the fourcc without trailing spaces, "-BE" for the
//   big-endian variant; characters 0x21..0x7e except / \ < > : " | ? *
//   (pixfmt::pixfmt::xen_label_forbidden, generated from gen/model.py).
// - A backend's buffer layout (XENCAMERA_OP_BUF_GET_LAYOUT) checked against
//   the frame's real need and the number of grant references shared.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include <pixfmt/format.hpp>
#include <pixfmt/format_table.hpp>
#include <pixfmt/fourcc.hpp>
#include <pixfmt/layout.hpp>

namespace pixfmt {

namespace detail {

// A character a XenStore format label may hold.
constexpr bool label_char(char c) noexcept
{
	return c > ' ' && c < 0x7f && pixfmt::xen_label_forbidden.find(c) == std::string_view::npos;
}

// s ends in "-BE" after at least one other character.
constexpr bool label_be_suffix(std::string_view s) noexcept
{
	return s.size() > pixfmt::xen_label_big_endian.size() && s.ends_with(pixfmt::xen_label_big_endian);
}

} // namespace detail

// The label of a code ('Y16 ' -> "Y16", AR15 big-endian -> "AR15-BE"). Empty
// when the code has none: all spaces, a space before another character, a
// character outside 0x21..0x7e or forbidden, or "?-BE" (which would read as
// the big-endian suffix).
using fourcc_label = fixed_text<8>;

constexpr fourcc_label to_label(std::uint32_t code) noexcept
{
	char c[4] = { detail::char_at(code, 0), detail::char_at(code, 1), detail::char_at(code, 2),
		      detail::char_at(code, 3) };
	std::size_t n = 4;
	while (n > 0 && c[n - 1] == ' ')
		--n;
	const std::string_view body(c, n);
	if (n == 0 || (n == 4 && detail::label_be_suffix(body)))
		return {};
	fourcc_label l;
	for (char ch : body) {
		if (!detail::label_char(ch))
			return {};
		l.put(ch);
	}
	if (code & big_endian_flag)
		for (char ch : pixfmt::xen_label_big_endian)
			l.put(ch);
	return l;
}

// The code of a label: one to four label characters, optionally followed by
// "-BE". Nothing for anything else.
constexpr std::optional<std::uint32_t> parse_label(std::string_view s) noexcept
{
	std::uint32_t flag = 0;
	if (detail::label_be_suffix(s)) {
		flag = big_endian_flag;
		s.remove_suffix(pixfmt::xen_label_big_endian.size());
	}
	if (s.empty() || s.size() > 4 || (s.size() == 4 && detail::label_be_suffix(s)))
		return std::nullopt;
	char c[4] = { ' ', ' ', ' ', ' ' };
	for (std::size_t i = 0; i < s.size(); ++i) {
		if (!detail::label_char(s[i]))
			return std::nullopt;
		c[i] = s[i];
	}
	return detail::pack(c[0], c[1], c[2], c[3]) | flag;
}

namespace xen {

// XEN_PAGE_SIZE: what a grant reference shares.
inline constexpr std::uint32_t page_size = 4096;

// A buffer layout as the protocol carries it: num_planes, size, plane_size
// and plane_stride from the backend's BUF_GET_LAYOUT response, plane_offset
// as the frontend sends it in BUF_CREATE. Only the first num_planes entries
// of the arrays are read.
struct buffer_layout {
	std::uint32_t num_planes = 0;
	std::uint32_t size = 0;
	std::array<std::uint32_t, max_planes> plane_size{};
	std::array<std::uint32_t, max_planes> plane_stride{};
	std::array<std::uint32_t, max_planes> plane_offset{};
};

// The verdict and, when refused, why in words (the same words as the C
// helper's).
struct check_result {
	errc error = errc::ok;
	std::string_view why;
	constexpr explicit operator bool() const noexcept { return error == errc::ok; }
};

namespace detail {

// Bytes memory plane `plane` needs at `stride` bytes per line. With one
// memory plane all colour planes follow one another, the lines of colour
// plane i >= 1 taking ceil(stride * min_pitch_i / min_pitch_0) bytes (the
// V4L2 rule that chroma pitches follow the luma pitch).
constexpr result<std::uint64_t> needed(format f, unsigned plane, bool contiguous, std::uint32_t width,
				       std::uint32_t height, std::uint64_t stride) noexcept
{
	auto g0 = plane_geometry_of(f, 0, width, height);
	if (!g0)
		return g0.error();
	const unsigned last = contiguous ? f.color_planes() - 1 : plane;
	std::uint64_t sum = 0;
	for (unsigned i = plane; i <= last; ++i) {
		auto g = plane_geometry_of(f, i, width, height);
		if (!g)
			return g.error();
		std::uint64_t line = stride, size = 0;
		if (contiguous && i > 0) {
			if (!checked::mul(stride, g->min_pitch, line))
				return errc::overflow;
			line = checked::div_round_up(line, g0->min_pitch);
		}
		if (!checked::mul(line, g->lines, size) || !checked::add(sum, size, sum))
			return errc::overflow;
	}
	return sum;
}

// The largest power of two dividing a plane's bytes per block: where its
// samples may start.
constexpr std::uint32_t sample_align(const plane_desc &p) noexcept
{
	return p.bytes_per_block & (~p.bytes_per_block + 1u);
}

} // namespace detail

// Check a backend's layout for a W x H frame of a V4L2 code before using
// it: as many planes as the code has memory planes, the grant references
// exactly cover `size`, every stride at least the plane's minimum pitch, every
// plane holding its lines at that stride, offsets aligned for the samples,
// and every plane inside the buffer. A compressed format is checked for its
// counts, offsets and bounds only.
constexpr check_result check_layout(std::uint32_t code, std::uint32_t width, std::uint32_t height,
				    const buffer_layout &l, std::uint32_t num_grefs) noexcept
{
	auto v = find_v4l2(code);
	if (!v)
		return { errc::not_found, "unknown V4L2 code" };
	if (width == 0 || height == 0)
		return { errc::zero_size, "zero width or height" };
	const unsigned mem = v->mem_planes();
	if (l.num_planes < 1 || l.num_planes > max_planes || l.num_planes != mem)
		return { errc::bad_layout, "num_planes differs from the code's memory planes" };
	if (l.size == 0)
		return { errc::bad_layout, "empty buffer" };
	if (num_grefs != checked::div_round_up(l.size, page_size))
		return { errc::out_of_range, "grant count does not match the buffer size" };
	const format f = v->format;
	const bool known = !f.compressed() && f.color_planes() > 0;
	for (unsigned j = 0; j < l.num_planes; ++j) {
		if (known) {
			auto g = plane_geometry_of(f, j, width, height);
			if (!g)
				return { g.error(), "frame size overflows" };
			if (l.plane_stride[j] < g->min_pitch)
				return { errc::out_of_range, "stride below the format's minimum pitch" };
			auto n = detail::needed(f, j, mem == 1, width, height, l.plane_stride[j]);
			if (!n)
				return { n.error(), "plane size overflows" };
			if (l.plane_size[j] < *n)
				return { errc::out_of_range, "plane smaller than its stride times its height" };
			if (l.plane_offset[j] & (detail::sample_align(f.planes()[j]) - 1))
				return { errc::bad_layout, "plane offset misaligned for its samples" };
		}
		if (std::uint64_t{ l.plane_offset[j] } + l.plane_size[j] > l.size)
			return { errc::out_of_range, "plane beyond the buffer" };
	}
	return {};
}

} // namespace xen

} // namespace pixfmt
