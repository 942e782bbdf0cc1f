// Parity of the kernel C table (kernel/pixfmt_table.c, compiled as C with
// the user-space shim) with the C++ table (include/pixfmt/format_table.hpp),
// and of the kernel helpers' sizes with the C++ layout functions.
//
// Every field both tables hold must be equal for every format, the code
// indexes must be identical, and for every code and a set of sizes the
// V4L2 fills, plane sizes, minimum pitches and image sizes must agree,
// errors included. Macro names and notes are C++-only (the kernel table
// keeps no strings but the format name). Prints "N passed, M failed".
#include <cerrno>
#include <cstdio>
#include <string_view>

#include <pixfmt/layout.hpp>
#include <pixfmt/pixfmt.hpp>

extern "C" {
#include "pixfmt.h"
}

namespace {

unsigned passed, failed;

void check(bool ok, const char *what, std::string_view name, unsigned extra = 0)
{
	if (ok) {
		++passed;
		return;
	}
	++failed;
	if (failed <= 50)
		std::printf("FAIL: %s: %.*s (%u)\n", what, static_cast<int>(name.size()),
			    name.data(), extra);
}

// The C helpers' errors as the C++ library's error classes.
bool same_error(int c_ret, pixfmt::errc e)
{
	switch (e) {
	case pixfmt::errc::ok: return c_ret == 0;
	case pixfmt::errc::overflow: return c_ret == -EOVERFLOW;
	default: return c_ret == -EINVAL;
	}
}

void compare_tables()
{
	namespace t = pixfmt::table;
	check(PIXFMT_NUM_FORMATS == t::formats.size(), "format count", "");
	check(PIXFMT_NUM_V4L2_CODES == t::v4l2_by_code.size(), "v4l2 count", "");
	check(PIXFMT_NUM_DRM_CODES == t::drm_by_code.size(), "drm count", "");
	check(PIXFMT_MAX_PLANES == pixfmt::max_planes, "max planes", "");
	for (std::size_t i = 0; i < t::formats.size() && i < PIXFMT_NUM_FORMATS; ++i) {
		const pixfmt::format_desc &cpp = t::formats[i];
		const pixfmt_format &c = pixfmt_formats[i];
		std::string_view n = cpp.name;
		check(n == c.name, "name", n);
		check(static_cast<unsigned>(cpp.encoding) == c.encoding, "encoding", n);
		check(cpp.compressed == c.compressed, "compressed", n);
		check(cpp.has_alpha == c.has_alpha, "has_alpha", n);
		check(cpp.big_endian == c.big_endian, "big_endian", n);
		check(cpp.depth == c.depth, "depth", n);
		check(cpp.hsub == c.hsub && cpp.vsub == c.vsub, "subsampling", n);
		check(cpp.tile_w == c.tile_w && cpp.tile_h == c.tile_h, "tile", n);
		check(cpp.num_planes == c.num_planes, "num_planes", n);
		for (unsigned p = 0; p < pixfmt::max_planes; ++p) {
			const pixfmt::plane_desc &a = cpp.planes[p];
			const pixfmt_plane &b = c.planes[p];
			check(a.bytes_per_block == b.bytes_per_block && a.block_w == b.block_w &&
				      a.block_h == b.block_h && a.align_w == b.align_w &&
				      a.align_h == b.align_h && a.hsub == b.hsub && a.vsub == b.vsub,
			      "plane", n, p);
		}
		check(cpp.num_v4l2 == c.num_v4l2, "num_v4l2", n);
		for (unsigned s = 0; s < 2; ++s)
			check(cpp.v4l2[s].code == c.v4l2[s] &&
				      cpp.v4l2[s].mem_planes == c.v4l2_mem_planes[s],
			      "v4l2 code", n, s);
		check(cpp.has_drm == c.has_drm, "has_drm", n);
		check(cpp.drm.code == c.drm, "drm code", n);
	}
	for (std::size_t i = 0; i < t::v4l2_by_code.size() && i < PIXFMT_NUM_V4L2_CODES; ++i)
		check(t::v4l2_by_code[i].code == pixfmt_v4l2_index[i].code &&
			      t::v4l2_by_code[i].format == pixfmt_v4l2_index[i].format &&
			      t::v4l2_by_code[i].slot == pixfmt_v4l2_index[i].slot,
		      "v4l2 index", "", static_cast<unsigned>(i));
	for (std::size_t i = 0; i < t::drm_by_code.size() && i < PIXFMT_NUM_DRM_CODES; ++i)
		check(t::drm_by_code[i].code == pixfmt_drm_index[i].code &&
			      t::drm_by_code[i].format == pixfmt_drm_index[i].format,
		      "drm index", "", static_cast<unsigned>(i));
}

constexpr std::uint32_t sizes[][2] = {
	{ 1, 1 },	  { 2, 2 },	     { 3, 3 },		{ 7, 5 },
	{ 175, 143 },	  { 641, 481 },	     { 1366, 768 },	{ 1920, 1080 },
	{ 4096, 2160 },	  { 65535, 65537 },  { 65536, 65536 },	{ 0x7fffffff, 3 },
	{ 0xffffffff, 1 }, { 1, 0xffffffff }, { 0xffffffff, 0xffffffff }, { 0, 1 },
	{ 1, 0 },
};

void compare_sizes()
{
	for (const auto &e : pixfmt::table::v4l2_by_code) {
		auto v = pixfmt::find_v4l2(e.code);
		std::string_view n = v ? v->format.name() : "?";
		check(v.has_value(), "C++ lookup", n);
		if (!v)
			continue;
		check(pixfmt_v4l2_format(e.code) == &pixfmt_formats[v->format.index()], "C lookup", n);
		check(pixfmt_v4l2_single_planar(e.code) == v->single_planar(), "single planar", n);
		for (const auto &s : sizes) {
			auto cpp = pixfmt::fill_v4l2(*v, s[0], s[1]);
			v4l2_pix_format_mplane mp{};
			int ret = pixfmt_v4l2_fill_pix_mp(&mp, e.code, s[0], s[1]);
			check(same_error(ret, cpp.error()), "fill_mp error", n, s[0]);
			if (ret || !cpp)
				continue;
			check(mp.num_planes == cpp->num_planes, "fill_mp planes", n, s[0]);
			for (unsigned p = 0; p < cpp->num_planes; ++p)
				check(mp.plane_fmt[p].bytesperline == cpp->planes[p].bytesperline &&
					      mp.plane_fmt[p].sizeimage == cpp->planes[p].sizeimage,
				      "fill_mp plane", n, p);
			v4l2_pix_format sp{};
			ret = pixfmt_v4l2_fill_pix(&sp, e.code, s[0], s[1]);
			if (v->single_planar())
				check(!ret && sp.bytesperline == cpp->planes[0].bytesperline &&
					      sp.sizeimage == cpp->planes[0].sizeimage,
				      "fill", n, s[0]);
			else
				check(ret == -EINVAL, "fill multi-planar code", n);
		}
	}
	for (std::size_t i = 0; i < pixfmt::table::formats.size(); ++i) {
		pixfmt::format f(pixfmt::table::formats[i]);
		const pixfmt_format *c = &pixfmt_formats[i];
		std::string_view n = f.name();
		for (const auto &s : sizes) {
			auto l = pixfmt::layout(f, s[0], s[1]);
			u64 size = 0;
			int ret = pixfmt_image_size(c, s[0], s[1], &size);
			check(same_error(ret, l.error()) && (ret || size == l->total), "image size", n,
			      s[0]);
			for (unsigned p = 0; p <= pixfmt::max_planes; ++p) {
				auto dims = pixfmt::plane_dimensions(f, p, s[0], s[1]);
				u32 pw = 0, ph = 0;
				int rw = pixfmt_plane_width(c, p, s[0], &pw);
				int rh = pixfmt_plane_height(c, p, s[1], &ph);
				if (dims)
					check(!rw && !rh && pw == (*dims)[0] && ph == (*dims)[1],
					      "plane dimensions", n, p);
				else
					check(rw || rh, "plane dimensions error", n, p);
				auto pitch = pixfmt::min_pitch(f, p, s[0]);
				u64 cp = 0;
				ret = pixfmt_min_pitch(c, p, s[0], &cp);
				check(same_error(ret, pitch.error()) && (ret || cp == *pitch),
				      "min pitch", n, p);
			}
		}
	}
}

} // namespace

int main()
{
	compare_tables();
	compare_sizes();
	std::printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
