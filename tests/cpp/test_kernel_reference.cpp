// Kernel-compatible answers against an independent reference: the kernel
// helpers' arithmetic (drm_format_info_plane_width/height,
// drm_format_info_min_pitch, v4l2_fill_pixfmt, v4l2_fill_pixfmt_mp)
// re-implemented over the kernel's own tables, extracted from Debian's
// linux-source at build time (kernel_ref.hpp), not over formats.yaml. Wider
// arithmetic in the reference shows where the kernel's 32-bit arithmetic
// would wrap; there pixfmt must report overflow. The real need is checked
// to be never less than what the kernel reports.
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

long pairs_compared = 0;
// (format, size) pairs where the real need exceeds what the kernel reports
long real_need_larger = 0;

// Is this kernel table the one pixfmt::kernel reproduces?
bool is_reference(std::string_view kernel)
{
	constexpr auto ref = pixfmt::kernel_reference;
	char name[32];
	std::snprintf(name, sizeof(name), "linux-source-%u.%u", ref >> 8, ref & 0xff);
	return kernel == name;
}

constexpr u128 u32max = 0xffffffffu;

} // namespace

TEST_CASE("kernel::drm_* equal the kernel helpers over its own table", "[kernel]")
{
	int formats = 0;
	for (const auto &kernel : kref::kernels)
	for (const auto &k : kernel.drm) {
		auto f = pixfmt::find_drm(k.format);
		INFO(kernel.name << " " << k.macro);
		REQUIRE(f.has_value());
		REQUIRE(pixfmt::kernel::has_entry(*f->drm_code()));
		++formats;
		for (auto [w, h] : sizes) {
			INFO(w << "x" << h);
			++pairs_compared;
			auto l = pixfmt::layout(*f, w, h);
			for (unsigned p = 0; p < k.num_planes; ++p) {
				u128 pw = p == 0 ? w : div_round_up(w, k.hsub);
				u128 ph = p == 0 ? h : div_round_up(h, k.vsub);
				u128 pitch = div_round_up(pw * k.char_per_block[p], k.block_w[p] * k.block_h[p]);
				auto kw = pixfmt::kernel::drm_plane_width(*f, p, w);
				auto kh = pixfmt::kernel::drm_plane_height(*f, p, h);
				REQUIRE(kw.ok());
				REQUIRE(kh.ok());
				CHECK(*kw == pw);
				CHECK(*kh == ph);
				auto kp = pixfmt::kernel::drm_min_pitch(*f, p, *kw);
				REQUIRE(kp.ok());
				CHECK(*kp == static_cast<std::uint64_t>(pitch));
				if (k.char_per_block[0] == 0) { // no linear layout in the kernel either
					CHECK(f->compressed());
					continue;
				}
				// The real need holds at least what the kernel counts.
				if (l.ok()) {
					CHECK(l->planes[p].pitch >= pitch);
					CHECK(l->planes[p].size >= pitch * ph);
					real_need_larger += l->planes[p].size > pitch * ph;
				}
			}
			CHECK(pixfmt::kernel::drm_plane_width(*f, k.num_planes, w).error() == pixfmt::errc::bad_plane);
		}
	}
	CHECK(formats > 200);
}

TEST_CASE("kernel::fill_v4l2 equals v4l2_fill_pixfmt and v4l2_fill_pixfmt_mp", "[kernel]")
{
	int formats = 0;
	for (const auto &kernel : kref::kernels)
	for (const auto &k : kernel.v4l2) {
		auto v = pixfmt::find_v4l2(k.format);
		INFO(kernel.name << " " << k.macro);
		REQUIRE(v.has_value());
		REQUIRE(pixfmt::kernel::has_entry(v->code()));
		CHECK(v->mem_planes() == k.mem_planes);
		CHECK(v->format.color_planes() == k.comp_planes);
		// Older kernels' entries are compared only where formats.yaml
		// records no later change (tests/kernel_deviations.yaml: P010).
		if (!is_reference(kernel.name) && k.format == 0x30313050)
			continue;
		++formats;
		for (auto [w, h] : sizes) {
			INFO(w << "x" << h);
			++pairs_compared;
			// The kernel's arithmetic in wide integers; it computes in
			// 32 bits, so a value past that is an overflow in pixfmt.
			u128 bpl[4] = {}, img[4] = {}, total = 0;
			bool wraps = false;
			for (unsigned i = 0; i < k.comp_planes; ++i) {
				u128 hdiv = i == 0 ? 1 : k.hdiv, vdiv = i == 0 ? 1 : k.vdiv;
				u128 aw = align(w, k.block_w[i]), ah = align(h, k.block_h[i]);
				u128 samples = div_round_up(aw, hdiv), lines = div_round_up(ah, vdiv);
				bpl[i] = samples * k.bpp[i] / k.bpp_div[i];
				img[i] = bpl[i] * lines;
				total += samples * k.bpp[i] * lines / k.bpp_div[i];
				// DIV_ROUND_UP(x, d) adds d - 1 in 32 bits too
				wraps = wraps || aw + hdiv - 1 > u32max || ah + vdiv - 1 > u32max ||
					samples * k.bpp[i] > u32max ||
					(k.mem_planes == 1 ? samples * k.bpp[i] * lines > u32max || total > u32max
							   : img[i] > u32max);
			}
			auto fill = pixfmt::kernel::fill_v4l2(*v, w, h);
			if (wraps) {
				CHECK(fill.error() == pixfmt::errc::overflow);
				continue;
			}
			REQUIRE(fill.ok());
			CHECK(fill->num_planes == k.mem_planes);
			if (k.mem_planes == 1) {
				CHECK(fill->planes[0].bytesperline == bpl[0]);
				CHECK(fill->planes[0].sizeimage == total);
			} else {
				for (unsigned i = 0; i < k.comp_planes; ++i) {
					CHECK(fill->planes[i].bytesperline == bpl[i]);
					CHECK(fill->planes[i].sizeimage == img[i]);
				}
			}
			// The real need holds at least what the kernel reports.
			auto need = pixfmt::fill_v4l2(*v, w, h);
			if (need.ok()) {
				for (unsigned i = 0; i < fill->num_planes; ++i) {
					CHECK(need->planes[i].bytesperline >= fill->planes[i].bytesperline);
					CHECK(need->planes[i].sizeimage >= fill->planes[i].sizeimage);
					real_need_larger += need->planes[i].sizeimage > fill->planes[i].sizeimage;
				}
			}
		}
	}
	CHECK(formats > 140);
}

TEST_CASE("codes the kernel's reference table lacks are refused in kernel mode", "[kernel]")
{
	int refused = 0;
	for (const auto &kernel : kref::kernels) {
		if (!is_reference(kernel.name))
			continue;
		for (const auto &d : pixfmt::table::formats)
			for (unsigned i = 0; i < d.num_v4l2; ++i) {
				const auto &c = d.v4l2[i];
				bool in_table = std::any_of(kernel.v4l2.begin(), kernel.v4l2.end(),
							    [&](const auto &k) { return k.format == c.code; });
				INFO(c.macro);
				CHECK(pixfmt::kernel::has_entry(c) == in_table);
				if (!in_table) {
					CHECK(pixfmt::kernel::fill_v4l2(pixfmt::v4l2_format(d, c), 64, 64).error() ==
					      pixfmt::errc::not_in_kernel);
					++refused;
				}
			}
	}
	CHECK(refused > 100);
}

TEST_CASE("report the number of (format, size) pairs compared", "[kernel][.report]")
{
	std::printf("kernel reference: %ld (format, size) pairs compared over %zu kernels; "
		    "%ld planes where the real need exceeds the kernel's answer\n",
		    pairs_compared, std::size(kref::kernels), real_need_larger);
	CHECK(pairs_compared > 0);
}
