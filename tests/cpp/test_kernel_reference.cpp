// Layouts against an independent reference: the kernel helpers' arithmetic
// (drm_format_info_plane_width/height, drm_format_info_min_pitch,
// v4l2_fill_pixfmt, v4l2_fill_pixfmt_mp) re-implemented over the kernel's own
// tables, extracted from Debian's linux-source at build time (kernel_ref.hpp),
// not over formats.yaml. Wider arithmetic in the reference shows where the
// kernel's 32-bit fields would wrap; there pixfmt must report overflow.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

#include <pixfmt/pixfmt.hpp>

#include "kernel_ref.hpp"

namespace {

__extension__ typedef unsigned __int128 u128;

const std::vector<std::pair<std::uint32_t, std::uint32_t>> sizes = {
	{ 1, 1 }, { 2, 2 }, { 3, 3 }, { 175, 143 }, { 641, 481 }, { 1366, 768 },
	{ 1920, 1080 }, { 4096, 2160 }, { 65535, 65535 }, { 65536, 65536 },
	{ 0x7fffffff, 1 }, { 1, 0x7fffffff }, { 0xffffffff, 1 }, { 1, 0xffffffff },
	{ 0xffffffff, 0xffffffff }, { 0x10000, 0x8000 }, { 0x8001, 0x10001 },
};

u128 div_round_up(u128 a, u128 b) { return (a + b - 1) / b; }
u128 align(u128 a, u128 m) { return div_round_up(a, m) * m; }

// Formats where formats.yaml knowingly differs from a kernel table
// (tests/kernel_deviations.yaml gives the reasons).
bool known_v4l2_deviation(std::string_view kernel, std::string_view macro)
{
	return kernel == "linux-source-6.1" && macro == "V4L2_PIX_FMT_P010";
}

long pairs_compared = 0;
// (format, size) pairs where the kernel rounds a packed line down
// (stride * bpp / bpp_div truncates) and pixfmt rounds up to whole bytes.
long truncated_by_kernel = 0;

} // namespace

TEST_CASE("DRM plane sizes and pitches equal the kernel helpers", "[kernel]")
{
	int formats = 0;
	for (const auto &kernel : kref::kernels)
	for (const auto &k : kernel.drm) {
		auto f = pixfmt::find_drm(k.format);
		INFO(kernel.name << " " << k.macro);
		REQUIRE(f.has_value());
		if (k.char_per_block[0] == 0) { // no linear layout in the kernel either
			CHECK(f->compressed());
			continue;
		}
		++formats;
		for (auto [w, h] : sizes) {
			INFO(w << "x" << h);
			++pairs_compared;
			auto l = pixfmt::layout(*f, w, h);
			for (unsigned p = 0; p < k.num_planes; ++p) {
				u128 pw = p == 0 ? w : div_round_up(w, k.hsub);
				u128 ph = p == 0 ? h : div_round_up(h, k.vsub);
				u128 pitch = div_round_up(pw * k.char_per_block[p], k.block_w[p] * k.block_h[p]);
				auto ours = pixfmt::min_pitch(*f, p, w);
				REQUIRE(ours.ok());
				CHECK(*ours == static_cast<std::uint64_t>(pitch));
				auto dims = pixfmt::plane_dimensions(*f, p, w, h);
				REQUIRE(dims.ok());
				CHECK((*dims)[0] == pw);
				CHECK((*dims)[1] == ph);
				u128 size = pitch * ph;
				if (size >> 64) {
					CHECK(l.error() == pixfmt::errc::overflow);
				} else if (l.ok()) {
					CHECK(l->planes[p].size == static_cast<std::uint64_t>(size));
				}
			}
		}
	}
	CHECK(formats > 200);
}

TEST_CASE("V4L2 fills equal v4l2_fill_pixfmt and v4l2_fill_pixfmt_mp", "[kernel]")
{
	int formats = 0;
	for (const auto &kernel : kref::kernels)
	for (const auto &k : kernel.v4l2) {
		auto v = pixfmt::find_v4l2(k.format);
		INFO(kernel.name << " " << k.macro);
		REQUIRE(v.has_value());
		CHECK(v->mem_planes() == k.mem_planes);
		CHECK(v->format.color_planes() == k.comp_planes);
		if (known_v4l2_deviation(kernel.name, k.macro))
			continue;
		++formats;
		for (auto [w, h] : sizes) {
			INFO(w << "x" << h);
			++pairs_compared;
			// The kernel's arithmetic, in wide integers; and the same with the
			// packed line rounded up instead of down.
			u128 bpl[4] = {}, img[4] = {}, bpl_up[4] = {}, img_up[4] = {};
			u128 total = 0, total_up = 0;
			for (unsigned i = 0; i < k.comp_planes; ++i) {
				u128 hdiv = i == 0 ? 1 : k.hdiv, vdiv = i == 0 ? 1 : k.vdiv;
				u128 aw = align(w, k.block_w[i]), ah = align(h, k.block_h[i]);
				u128 samples = div_round_up(aw, hdiv), lines = div_round_up(ah, vdiv);
				bpl[i] = samples * k.bpp[i] / k.bpp_div[i];
				bpl_up[i] = div_round_up(samples * k.bpp[i], k.bpp_div[i]);
				img[i] = bpl[i] * lines;
				img_up[i] = bpl_up[i] * lines;
				total += img[i];
				total_up += img_up[i];
			}
			auto fill = pixfmt::fill_v4l2(*v, w, h);
			bool truncates = false;
			for (unsigned i = 0; i < k.comp_planes; ++i)
				truncates = truncates || bpl[i] != bpl_up[i];
			if (truncates) {
				// pixfmt must give the rounded-up values (or overflow).
				++truncated_by_kernel;
				std::copy(std::begin(bpl_up), std::end(bpl_up), std::begin(bpl));
				std::copy(std::begin(img_up), std::end(img_up), std::begin(img));
				total = total_up;
			}
			bool fits;
			if (k.mem_planes == 1) {
				fits = bpl[0] <= 0xffffffffu && total <= 0xffffffffu;
				if (fits) {
					REQUIRE(fill.ok());
					CHECK(fill->num_planes == 1);
					CHECK(fill->planes[0].bytesperline == bpl[0]);
					CHECK(fill->planes[0].sizeimage == total);
				}
			} else {
				fits = true;
				for (unsigned i = 0; i < k.comp_planes; ++i)
					fits = fits && bpl[i] <= 0xffffffffu && img[i] <= 0xffffffffu;
				if (fits) {
					REQUIRE(fill.ok());
					CHECK(fill->num_planes == k.mem_planes);
					for (unsigned i = 0; i < k.comp_planes; ++i) {
						CHECK(fill->planes[i].bytesperline == bpl[i]);
						CHECK(fill->planes[i].sizeimage == img[i]);
					}
				}
			}
			if (!fits)
				CHECK(fill.error() == pixfmt::errc::overflow);
		}
	}
	CHECK(formats > 140);
}

TEST_CASE("report the number of (format, size) pairs compared", "[kernel][.report]")
{
	std::printf("kernel reference: %ld (format, size) pairs compared over %zu kernels; "
		    "%ld where the kernel rounds a packed line down and pixfmt up\n",
		    pairs_compared, std::size(kref::kernels), truncated_by_kernel);
	CHECK(pairs_compared > 0);
}
