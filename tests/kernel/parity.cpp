// Parity of the kernel C table (kernel/pixfmt_table.c, compiled as C with
// the user-space shim) with the C++ table (include/pixfmt/format_table.hpp),
// and of the kernel helpers with the C++ functions, for both kinds of size:
//   real need:          pixfmt_v4l2_fill_pix(_mp), pixfmt_plane_width/height,
//                       pixfmt_min_pitch, pixfmt_image_size/pages
//                       <-> pixfmt::fill_v4l2, plane_dimensions, min_pitch,
//                       layout, pages
//   kernel-compatible:  pixfmt_kernel_v4l2_fill_pix(_mp),
//                       pixfmt_kernel_drm_plane_width/height/min_pitch
//                       <-> pixfmt::kernel::fill_v4l2, drm_plane_width/height,
//                       drm_min_pitch, has_entry
//
// Every field both tables hold must be equal for every format, the code
// indexes must hold the same entries, and for every code and format at a set of
// sizes (odd ones and the edges of 32-bit arithmetic included) the results
// must agree, errors included: errc::overflow is -EOVERFLOW,
// errc::not_in_kernel is -ENOENT, every other error -EINVAL. Macro names and
// notes are C++-only (the kernel table keeps no strings but the format
// name). Prints one count line per part, then "N passed, M failed".
#include <cerrno>
#include <cstdio>
#include <string_view>

#include <pixfmt/layout.hpp>
#include <pixfmt/pixfmt.hpp>

#include "code_lists.hpp"

extern "C" {
#include "pixfmt.h"
}
#include "format_fields.h"
#include "pixfmt_expected.h"
#include "xen_labels.h"

namespace {

unsigned passed, failed;

void check(bool ok, const char *what, std::string_view name, std::uint32_t w = 0, std::uint32_t h = 0,
	   unsigned extra = 0)
{
	if (ok) {
		++passed;
		return;
	}
	++failed;
	if (failed <= 50)
		std::printf("FAIL: %s: %.*s at %u x %u (%u)\n", what, static_cast<int>(name.size()),
			    name.data(), w, h, extra);
}

// The errno the C helpers return for a C++ error class.
int to_errno(pixfmt::errc e)
{
	switch (e) {
	case pixfmt::errc::ok: return 0;
	case pixfmt::errc::overflow: return -EOVERFLOW;
	case pixfmt::errc::not_in_kernel: return -ENOENT;
	case pixfmt::errc::out_of_range: return -ERANGE;
	default: return -EINVAL;
	}
}

// A C++ kernel version (major << 8 | minor) as the C table's KERNEL_VERSION.
std::uint32_t c_version(std::uint16_t v)
{
	return static_cast<std::uint32_t>(v) << 8;
}

// One field of the C++ and the C table: texts by content, the rest by value.
bool same(std::string_view cpp, const char *c)
{
	return c && cpp == c;
}

template <typename A, typename B> bool same(A cpp, B c)
{
	return static_cast<unsigned long long>(cpp) == static_cast<unsigned long long>(c);
}

void compare_tables()
{
	namespace t = pixfmt::table;
	unsigned before = passed + failed;
	check(PIXFMT_NUM_FORMATS == t::formats.size(), "format count", "");
	check(PIXFMT_NUM_V4L2_CODES == pixfmt_test::v4l2_codes().size(), "v4l2 count", "");
	check(PIXFMT_NUM_DRM_CODES == pixfmt_test::drm_codes().size(), "drm count", "");
	check(PIXFMT_MAX_PLANES == pixfmt::max_planes, "max planes", "");
	check(PIXFMT_KERNEL_REFERENCE == c_version(pixfmt::kernel_reference), "kernel reference", "");
	for (std::size_t i = 0; i < t::formats.size() && i < PIXFMT_NUM_FORMATS; ++i) {
		const pixfmt::format_desc &cpp = t::formats[i];
		const pixfmt_format &c = pixfmt_formats[i];
		std::string_view n = cpp.name;
		// every plain field of gen/schema.py that both tables carry
#define PIXFMT_SAME_FIELD(m) check(same(cpp.m, c.m), #m, n);
		PIXFMT_FORMAT_FIELDS(PIXFMT_SAME_FIELD)
#undef PIXFMT_SAME_FIELD
		check(cpp.num_planes == c.num_planes, "num_planes", n);
		for (unsigned p = 0; p < pixfmt::max_planes; ++p) {
			const pixfmt::plane_desc &a = cpp.planes[p];
			const pixfmt_plane &b = c.planes[p];
			check(a.bytes_per_block == b.bytes_per_block && a.block_w == b.block_w &&
				      a.block_h == b.block_h && a.align_w == b.align_w &&
				      a.align_h == b.align_h && a.kernel_align_w == b.kernel_align_w &&
				      a.kernel_align_h == b.kernel_align_h &&
				      a.pitch_align == b.pitch_align && a.hsub == b.hsub && a.vsub == b.vsub,
			      "plane", n, 0, 0, p);
		}
		check(cpp.num_v4l2 == c.num_v4l2, "num_v4l2", n);
		for (unsigned s = 0; s < 2; ++s)
			check(cpp.v4l2[s].code == c.v4l2[s] &&
				      cpp.v4l2[s].mem_planes == c.v4l2_mem_planes[s] &&
				      c_version(cpp.v4l2[s].kernel) == c.v4l2_kernel[s],
			      "v4l2 code", n, 0, 0, s);
		check(cpp.has_drm == c.has_drm, "has_drm", n);
		check(cpp.drm.code == c.drm && c_version(cpp.drm.kernel) == c.drm_kernel &&
			      cpp.drm.depth == c.drm_depth,
		      "drm code", n);
		pixfmt::format f(cpp);
		check(f.drm_depth() == c.drm_depth, "drm_depth()", n);
		check(f.component_bits() == c.component_bits, "component_bits()", n);
	}
	// The C indexes are in hash order, the C++ ones sorted: with equal
	// counts, each C entry matching a C++ entry and no C code twice, the
	// indexes hold the same entries.
	auto same_index = [](const auto &cpp, const pixfmt_code_index *c, std::size_t count,
			     const char *what) {
		for (std::size_t i = 0; i < count; ++i) {
			unsigned found = 0, twice = 0;
			for (const auto &e : cpp)
				found += e.code == c[i].code && e.format() == c[i].format &&
					 e.slot == c[i].slot;
			for (std::size_t j = 0; j < i; ++j)
				twice += c[j].code == c[i].code;
			check(found == 1 && !twice, what, "", 0, 0, c[i].code);
		}
	};
	same_index(pixfmt_test::v4l2_codes(), pixfmt_v4l2_index, PIXFMT_NUM_V4L2_CODES, "v4l2 index");
	same_index(pixfmt_test::drm_codes(), pixfmt_drm_index, PIXFMT_NUM_DRM_CODES, "drm index");
	std::printf("tables: %u checks\n", passed + failed - before);
}

constexpr std::uint32_t sizes[][2] = {
	{ 1, 1 },	    { 2, 2 },		{ 3, 3 },	      { 7, 5 },
	{ 175, 143 },	    { 641, 481 },	{ 1366, 767 },	      { 1366, 768 },
	{ 1920, 1080 },	    { 4096, 2160 },	{ 65535, 65537 },     { 65536, 16384 },
	{ 65536, 65536 },   { 0x7fffffff, 3 },	{ 0xffffffff, 1 },    { 1, 0xffffffff },
	{ 0xffffffff, 0xffffffff }, { 0, 1 },	{ 1, 0 },	      { 0, 0xffffffff },
	{ 0xffffffff, 0 },
};

// One V4L2 fill of the C helpers against the C++ result.
void compare_fill(const pixfmt::result<pixfmt::v4l2_fill> &cpp, int mp_ret,
		  const v4l2_pix_format_mplane &mp, int sp_ret, const v4l2_pix_format &sp,
		  bool single_planar, const char *what, std::string_view n, std::uint32_t w,
		  std::uint32_t h)
{
	check(mp_ret == to_errno(cpp.error()), what, n, w, h, static_cast<unsigned>(-mp_ret));
	if (!mp_ret && cpp) {
		check(mp.num_planes == cpp->num_planes, what, n, w, h, mp.num_planes);
		for (unsigned p = 0; p < cpp->num_planes && p < pixfmt::max_planes; ++p)
			check(mp.plane_fmt[p].bytesperline == cpp->planes[p].bytesperline &&
				      mp.plane_fmt[p].sizeimage == cpp->planes[p].sizeimage,
			      what, n, w, h, p);
	}
	if (!single_planar) {
		check(sp_ret == -EINVAL, what, n, w, h, 100);
		return;
	}
	check(sp_ret == to_errno(cpp.error()), what, n, w, h, 101);
	if (!sp_ret && cpp)
		check(sp.bytesperline == cpp->planes[0].bytesperline &&
			      sp.sizeimage == cpp->planes[0].sizeimage,
		      what, n, w, h, 102);
}

void compare_v4l2()
{
	unsigned before = passed + failed, entries = 0;
	for (const auto &e : pixfmt_test::v4l2_codes()) {
		auto v = pixfmt::find_v4l2(e.code);
		std::string_view n = v ? v->macro() : "?";
		check(v.has_value(), "C++ lookup", n);
		if (!v)
			continue;
		check(pixfmt_v4l2_format(e.code) == &pixfmt_formats[v->format.index()], "C lookup", n);
		check(pixfmt_v4l2_single_planar(e.code) == v->single_planar(), "single planar", n);
		bool has = pixfmt::kernel::has_entry(v->code());
		entries += has;
		for (const auto &s : sizes) {
			v4l2_pix_format_mplane mp{};
			v4l2_pix_format sp{};
			int mp_ret = pixfmt_v4l2_fill_pix_mp(&mp, e.code, s[0], s[1]);
			int sp_ret = pixfmt_v4l2_fill_pix(&sp, e.code, s[0], s[1]);
			compare_fill(pixfmt::fill_v4l2(*v, s[0], s[1]), mp_ret, mp, sp_ret, sp,
				     v->single_planar(), "real-need fill", n, s[0], s[1]);
			// the by-code overload finds the same code
			auto by_code = pixfmt::fill_v4l2(e.code, s[0], s[1]);
			check(mp_ret == to_errno(by_code.error()), "real-need fill by code", n, s[0], s[1]);

			mp = {};
			sp = {};
			mp_ret = pixfmt_kernel_v4l2_fill_pix_mp(&mp, e.code, s[0], s[1]);
			sp_ret = pixfmt_kernel_v4l2_fill_pix(&sp, e.code, s[0], s[1]);
			auto cpp = pixfmt::kernel::fill_v4l2(*v, s[0], s[1]);
			compare_fill(cpp, mp_ret, mp, sp_ret, sp, v->single_planar(),
				     "kernel fill", n, s[0], s[1]);
			check(has == (mp_ret != -ENOENT), "kernel entry", n, s[0], s[1]);
			auto kc = pixfmt::kernel::fill_v4l2(e.code, s[0], s[1]);
			check(kc.error() == cpp.error(), "kernel fill by code", n, s[0], s[1]);
		}
	}
	// unknown codes: not_found <-> -EINVAL
	for (std::uint32_t code : { 0u, 1u, 0x20202020u, 0xffffffffu }) {
		v4l2_pix_format_mplane mp{};
		v4l2_pix_format sp{};
		check(pixfmt::fill_v4l2(code, 16, 16).error() == pixfmt::errc::not_found &&
			      pixfmt_v4l2_fill_pix_mp(&mp, code, 16, 16) == -EINVAL &&
			      pixfmt_v4l2_fill_pix(&sp, code, 16, 16) == -EINVAL,
		      "unknown code", "", code);
		check(pixfmt::kernel::fill_v4l2(code, 16, 16).error() == pixfmt::errc::not_found &&
			      pixfmt_kernel_v4l2_fill_pix_mp(&mp, code, 16, 16) == -EINVAL &&
			      pixfmt_kernel_v4l2_fill_pix(&sp, code, 16, 16) == -EINVAL,
		      "unknown code, kernel", "", code);
	}
	check(entries > 0, "no V4L2 code with a kernel entry", "");
	std::printf("v4l2 fills: %u checks over %zu codes (%u with a kernel entry) x %zu sizes\n",
		    passed + failed - before, pixfmt_test::v4l2_codes().size(), entries,
		    std::size(sizes));
}

void compare_geometry()
{
	unsigned before = passed + failed;
	for (std::size_t i = 0; i < pixfmt::table::formats.size(); ++i) {
		pixfmt::format f(pixfmt::table::formats[i]);
		const pixfmt_format *c = &pixfmt_formats[i];
		std::string_view n = f.name();
		for (const auto &s : sizes) {
			auto l = pixfmt::layout(f, s[0], s[1]);
			u64 size = 0, pages = 0;
			int ret = pixfmt_image_size(c, s[0], s[1], &size);
			check(ret == to_errno(l.error()) && (ret || size == l->total), "image size", n,
			      s[0], s[1]);
			ret = pixfmt_image_pages(c, s[0], s[1], 4096, &pages);
			check(ret == to_errno(l.error()) &&
				      (ret || pages == *pixfmt::pages(l->total, 4096)),
			      "image pages", n, s[0], s[1]);
			for (unsigned p = 0; p <= pixfmt::max_planes; ++p) {
				auto dims = pixfmt::plane_dimensions(f, p, s[0], s[1]);
				u32 pw = 0, lines = 0;
				int rw = pixfmt_plane_width(c, p, s[0], &pw);
				int rh = pixfmt_plane_height(c, p, s[1], &lines);
				if (dims)
					check(!rw && !rh && pw == (*dims)[0] && lines == (*dims)[1],
					      "plane dimensions", n, s[0], s[1], p);
				else
					check(rw || rh, "plane dimensions error", n, s[0], s[1], p);
				// each dimension alone, as the C functions take them
				auto dw = pixfmt::plane_dimensions(f, p, s[0], 1);
				auto dh = pixfmt::plane_dimensions(f, p, 1, s[1]);
				check(rw == to_errno(dw.error()) && (rw || pw == (*dw)[0]),
				      "plane width", n, s[0], s[1], p);
				check(rh == to_errno(dh.error()) && (rh || lines == (*dh)[1]),
				      "plane lines", n, s[0], s[1], p);
				auto pitch = pixfmt::min_pitch(f, p, s[0]);
				u64 cp = 0;
				ret = pixfmt_min_pitch(c, p, s[0], &cp);
				check(ret == to_errno(pitch.error()) && (ret || cp == *pitch), "min pitch", n,
				      s[0], s[1], p);
			}
		}
	}
	std::printf("real-need geometry: %u checks over %zu formats x %zu sizes\n",
		    passed + failed - before, pixfmt::table::formats.size(), std::size(sizes));
}

void compare_drm()
{
	unsigned before = passed + failed, entries = 0;
	for (const auto &e : pixfmt_test::drm_codes()) {
		auto f = pixfmt::find_drm(e.code);
		std::string_view n = f ? f->name() : "?";
		check(f.has_value() && pixfmt_drm_format(e.code) == &pixfmt_formats[f->index()],
		      "drm lookup", n);
		if (!f)
			continue;
		bool has = pixfmt::kernel::has_entry(*f->drm_code());
		entries += has;
		for (const auto &s : sizes) {
			for (unsigned p = 0; p <= pixfmt::max_planes; ++p) {
				u32 pw = 0, ph = 0;
				u64 pitch = 0;
				auto cw = pixfmt::kernel::drm_plane_width(*f, p, s[0]);
				int ret = pixfmt_kernel_drm_plane_width(e.code, p, s[0], &pw);
				check(ret == to_errno(cw.error()) && (ret || pw == *cw), "drm plane width",
				      n, s[0], s[1], p);
				check(has == (ret != -ENOENT), "drm kernel entry", n, s[0], s[1], p);
				auto ch = pixfmt::kernel::drm_plane_height(*f, p, s[1]);
				ret = pixfmt_kernel_drm_plane_height(e.code, p, s[1], &ph);
				check(ret == to_errno(ch.error()) && (ret || ph == *ch), "drm plane height",
				      n, s[0], s[1], p);
				// buffer_width is the plane's width; any u32 is valid input
				for (std::uint32_t bw : { s[0], pw }) {
					auto cp = pixfmt::kernel::drm_min_pitch(*f, p, bw);
					ret = pixfmt_kernel_drm_min_pitch(e.code, p, bw, &pitch);
					check(ret == to_errno(cp.error()) && (ret || pitch == *cp),
					      "drm min pitch", n, bw, s[1], p);
				}
			}
		}
	}
	u32 pw = 0;
	u64 pitch = 0;
	check(pixfmt_kernel_drm_plane_width(0, 0, 16, &pw) == -EINVAL &&
		      pixfmt_kernel_drm_min_pitch(0, 0, 16, &pitch) == -EINVAL && !pixfmt::find_drm(0),
	      "unknown drm code", "");
	check(entries > 0, "no DRM code with a kernel entry", "");
	std::printf("drm kernel-compatible: %u checks over %zu codes (%u with a kernel entry) x %zu sizes\n",
		    passed + failed - before, pixfmt_test::drm_codes().size(), entries, std::size(sizes));
}

// XenStore labels: the shared vectors, then every string of up to six
// characters from an alphabet of allowed, forbidden and suffix characters,
// and every code of four of them, in both directions.
void compare_labels()
{
	unsigned before = passed + failed;
	for (const auto &e : xen_label_vectors) {
		u32 c_code = 0;
		int ret = pixfmt_xen_parse_label(e.label, &c_code);
		auto cpp = pixfmt::parse_label(e.label);
		check(e.valid ? ret == 0 && c_code == e.code : ret == -EINVAL, "C label vector", e.label);
		check(e.valid ? cpp && *cpp == e.code : !cpp, "C++ label vector", e.label);
	}
	for (const auto &e : xen_code_vectors) {
		char c_label[PIXFMT_XEN_LABEL_MAX + 1];
		int ret = pixfmt_xen_label(e.code, c_label);
		auto cpp = pixfmt::to_label(e.code);
		std::string_view want = e.label ? e.label : "";
		check(e.label ? ret == 0 && want == c_label : ret == -EINVAL, "C code vector", want, e.code);
		check(cpp.view() == want, "C++ code vector", want, e.code);
	}
	static const char alphabet[] = { 'A', 'z', '~', '-', 'B', 'E', ' ', '/', '\x7f', '\x80' };
	constexpr unsigned n = sizeof(alphabet);
	char s[8];
	for (unsigned len = 0; len <= 6; ++len) {
		unsigned count = 1;
		for (unsigned i = 0; i < len; ++i)
			count *= n;
		for (unsigned k = 0; k < count; ++k) {
			for (unsigned i = 0, r = k; i < len; ++i, r /= n)
				s[i] = alphabet[r % n];
			s[len] = '\0';
			u32 c_code = 0;
			int ret = pixfmt_xen_parse_label(s, &c_code);
			auto cpp = pixfmt::parse_label(std::string_view(s, len));
			check(ret == 0 ? cpp && *cpp == c_code : ret == -EINVAL && !cpp, "parse_label", s, len);
			// a label that parses names its code again
			if (cpp)
				check(pixfmt::to_label(*cpp).view() == std::string_view(s, len), "label round trip", s);
		}
	}
	for (unsigned k = 0; k < n * n * n * n * 2; ++k) {
		u32 code = 0;
		for (unsigned i = 0, r = k / 2; i < 4; ++i, r /= n)
			code |= static_cast<u32>(static_cast<unsigned char>(alphabet[r % n])) << (8 * i);
		code |= k % 2 ? PIXFMT_BIG_ENDIAN : 0;
		char c_label[PIXFMT_XEN_LABEL_MAX + 1];
		int ret = pixfmt_xen_label(code, c_label);
		auto cpp = pixfmt::to_label(code);
		check(ret == 0 ? cpp.view() == c_label : ret == -EINVAL && cpp.len == 0, "to_label", "", code);
	}
	std::printf("labels: %u checks (%zu + %zu shared vectors, strings of up to 6 characters, "
		    "%u codes)\n", passed + failed - before, std::size(xen_label_vectors),
		    std::size(xen_code_vectors), n * n * n * n * 2);
}

// Backend buffer layouts: pixfmt_xen_check_layout() and
// pixfmt::xen::check_layout() on the generated vectors: the expected result,
// and the same words.
void compare_xen_layouts()
{
	unsigned before = passed + failed;
	for (const auto &e : exp_xen) {
		pixfmt::xen::buffer_layout l;
		l.num_planes = e.layout.num_planes;
		l.size = e.layout.size;
		for (unsigned i = 0; i < PIXFMT_MAX_PLANES; ++i) {
			l.plane_size[i] = e.layout.plane_size[i];
			l.plane_stride[i] = e.layout.plane_stride[i];
			l.plane_offset[i] = e.layout.plane_offset[i];
		}
		const char *why = nullptr;
		int ret = pixfmt_xen_check_layout(e.code, e.width, e.height, &e.layout, e.grefs, &why);
		auto cpp = pixfmt::xen::check_layout(e.code, e.width, e.height, l, e.grefs);
		check(ret == e.ret, "C xen layout", e.what);
		check(to_errno(cpp.error) == e.ret, "C++ xen layout", e.what);
		check(cpp.why == (why ? std::string_view(why) : std::string_view()), "xen layout words", e.what);
	}
	std::printf("xen layouts: %u checks over %zu generated cases\n", passed + failed - before,
		    std::size(exp_xen));
}

} // namespace

int main()
{
	compare_tables();
	compare_v4l2();
	compare_geometry();
	compare_drm();
	compare_labels();
	compare_xen_layouts();
	std::printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
