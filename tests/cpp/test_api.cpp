// The C++ API over the whole table: lookups, round trips, errors, layouts.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include <pixfmt/fmt.hpp>
#include <pixfmt/pixfmt.hpp>

#include "code_lists.hpp"

#include "xen_labels.h"

using namespace pixfmt::literals;

TEST_CASE("every code is found in its own namespace", "[lookup]")
{
	std::size_t v4l2 = 0, drm = 0;
	for (const auto &f : pixfmt::table::formats) {
		for (std::size_t i = 0; i < f.num_v4l2; ++i, ++v4l2) {
			auto v = pixfmt::find_v4l2(f.v4l2[i].code);
			REQUIRE(v.has_value());
			CHECK(&v->format.desc() == &f);
			CHECK(v->fourcc() == f.v4l2[i].code);
			auto m = pixfmt::find_v4l2_macro(f.v4l2[i].macro);
			REQUIRE(m.has_value());
			CHECK(m->fourcc() == f.v4l2[i].code);
		}
		if (f.has_drm) {
			++drm;
			auto d = pixfmt::find_drm(f.drm.code);
			REQUIRE(d.has_value());
			CHECK(&d->desc() == &f);
		}
		auto n = pixfmt::find_name(f.name);
		REQUIRE(n.has_value());
		CHECK(&n->desc() == &f);
	}
	CHECK(v4l2 == pixfmt_test::v4l2_codes().size());
	CHECK(drm == pixfmt_test::drm_codes().size());
}

TEST_CASE("unknown codes and names are not found", "[lookup]")
{
	std::set<std::uint32_t> v4l2, drm;
	for (const auto &c : pixfmt_test::v4l2_codes())
		v4l2.insert(c.code);
	for (const auto &c : pixfmt_test::drm_codes())
		drm.insert(c.code);
	// Every code one bit away from a known one, and a few fixed ones.
	std::size_t tried = 0;
	for (auto known : { &v4l2, &drm })
		for (std::uint32_t code : *known)
			for (int bit = 0; bit < 32; ++bit) {
				std::uint32_t c = code ^ (1u << bit);
				++tried;
				CHECK(pixfmt::find_v4l2(c).has_value() == (v4l2.count(c) == 1));
				CHECK(pixfmt::find_drm(c).has_value() == (drm.count(c) == 1));
			}
	CHECK(tried > 10000);
	// Empty hash slots hold a code that hashes elsewhere: it is not found.
	for (const auto &slot : pixfmt::table::v4l2_hash_slots)
		if (slot.empty())
			CHECK_FALSE(pixfmt::find_v4l2(slot.code).has_value());
	for (const auto &slot : pixfmt::table::drm_hash_slots)
		if (slot.empty())
			CHECK_FALSE(pixfmt::find_drm(slot.code).has_value());
	CHECK_FALSE(pixfmt::find_v4l2(0).has_value());
	CHECK_FALSE(pixfmt::find_drm(0xffffffff).has_value());
	CHECK_FALSE(pixfmt::find_name("").has_value());
	CHECK_FALSE(pixfmt::find_name("nv12").has_value());
	CHECK_FALSE(pixfmt::find_v4l2_macro("V4L2_PIX_FMT_NOPE").has_value());
	CHECK(pixfmt::fill_v4l2("ZZZZ"_4cc, 64, 64).error() == pixfmt::errc::not_found);
}

TEST_CASE("namespaces are separate", "[lookup]")
{
	// 'AYUV' is A,Y,Cb,Cr bytes in V4L2 but Cr,Cb,Y,A in DRM.
	auto v = pixfmt::find_v4l2("AYUV"_4cc);
	auto d = pixfmt::find_drm("AYUV"_4cc);
	REQUIRE(v.has_value());
	REQUIRE(d.has_value());
	CHECK_FALSE(v->format == *d);
	// V4L2 RGB24 'RGB3' is DRM BGR888 'BG24'.
	auto rgb3 = pixfmt::v4l2_to_drm("RGB3"_4cc);
	REQUIRE(rgb3.has_value());
	CHECK(rgb3->drm_code()->code == "BG24"_4cc);
	CHECK(rgb3->name() == "BGR888");
}

TEST_CASE("fourcc -> text -> fourcc for every code; every V4L2 code has a XenStore label", "[fourcc]")
{
	std::size_t n = 0;
	auto round_trip = [&n](std::uint32_t code, bool xen) {
		INFO(pixfmt::to_text(code).view());
		auto text = pixfmt::short_text(code);
		REQUIRE(text.len > 0);
		auto back = pixfmt::parse_short_text(text.view());
		REQUIRE(back.has_value());
		CHECK(*back == code);
		if (xen) {
			auto label = pixfmt::to_label(code);
			REQUIRE(label.len > 0);
			CHECK(label.view() == text.view());
			CHECK(pixfmt::parse_label(label.view()) == std::optional<std::uint32_t>(code));
		}
		++n;
	};
	for (const auto &c : pixfmt_test::v4l2_codes())
		round_trip(c.code, true);
	for (const auto &c : pixfmt_test::drm_codes())
		round_trip(c.code, false);
	CHECK(n == pixfmt_test::v4l2_codes().size() + pixfmt_test::drm_codes().size());
	// DRM codes with inner spaces have a short text but no XenStore label
	CHECK(pixfmt::short_text("R  H"_4cc).view() == "R  H");
	CHECK(pixfmt::to_label("R  H"_4cc).len == 0);
	CHECK_FALSE(pixfmt::parse_short_text("").has_value());
	CHECK_FALSE(pixfmt::parse_short_text("NV123").has_value());
	CHECK(*pixfmt::parse_short_text("NV12-BE") == pixfmt::fourcc_be("NV12"));
	CHECK_FALSE(pixfmt::parse_short_text("NV\x01").has_value());
}

TEST_CASE("XenStore labels follow xen/io/cameraif.h (the C tests' vectors)", "[fourcc][xen]")
{
	for (const auto &e : xen_label_vectors) {
		INFO(e.label);
		auto code = pixfmt::parse_label(e.label);
		CHECK(code.has_value() == (e.valid != 0));
		if (code && e.valid)
			CHECK(*code == e.code);
	}
	for (const auto &e : xen_code_vectors) {
		INFO(pixfmt::to_text(e.code).view());
		auto label = pixfmt::to_label(e.code);
		CHECK(label.view() == (e.label ? std::string_view(e.label) : std::string_view()));
	}
	// usable at compile time
	static_assert(*pixfmt::parse_label("Y16-BE") == pixfmt::fourcc_be("Y16 "));
	static_assert(!pixfmt::parse_label("Y16 "));
}

TEST_CASE("V4L2 -> DRM -> V4L2 for every mapped format", "[map]")
{
	std::size_t mapped = 0;
	for (const auto &c : pixfmt_test::v4l2_codes()) {
		auto drm = pixfmt::v4l2_to_drm(c.code);
		if (!drm)
			continue;
		++mapped;
		auto back = pixfmt::drm_to_v4l2(drm->drm_code()->code);
		bool found = false;
		for (const auto &b : back)
			found = found || b.code == c.code;
		CHECK(found);
	}
	CHECK(mapped > 70);
}

TEST_CASE("printable codes like %p4cc", "[fourcc]")
{
	CHECK(pixfmt::to_text("NV12"_4cc).view() == "NV12 little-endian (0x3231564e)");
	CHECK(pixfmt::to_text(pixfmt::fourcc_be("Y16 ")).view() == "Y16  big-endian (0xa0363159)");
	CHECK(pixfmt::to_text(0x00010203).view() == ".... little-endian (0x00010203)");
	CHECK(fmt::format("{}", pixfmt::code{ "NV12"_4cc }) == "NV12 little-endian (0x3231564e)");
}

TEST_CASE("layouts and their errors", "[layout]")
{
	auto nv12 = pixfmt::get_name("NV12");
	auto l = pixfmt::layout(nv12, 1920, 1080);
	REQUIRE(l.ok());
	CHECK(l->total == 1920 * 1080 * 3 / 2);
	CHECK(l->planes[1].offset == 1920 * 1080);
	CHECK(fmt::format("{}", *l) ==
	      "plane 0: 1920x1080 pitch 1920 size 2073600 offset 0; "
	      "plane 1: 960x540 pitch 1920 size 1036800 offset 2073600; total 3110400");
	auto aligned = pixfmt::layout(nv12, 1366, 768, 64);
	REQUIRE(aligned.ok());
	CHECK(aligned->planes[0].pitch == 1408);
	CHECK(pixfmt::layout(nv12, 0, 10).error() == pixfmt::errc::zero_size);
	CHECK(pixfmt::layout(nv12, 10, 10, 0).error() == pixfmt::errc::bad_alignment);
	CHECK(pixfmt::layout(nv12, 10, 10, 48).error() == pixfmt::errc::bad_alignment);
	CHECK(pixfmt::layout(pixfmt::get_name("MJPEG"), 10, 10).error() == pixfmt::errc::no_layout);
	CHECK(pixfmt::min_pitch(nv12, 2, 10).error() == pixfmt::errc::bad_plane);
	CHECK(pixfmt::layout(nv12, 16, 16, 1ull << 63).error() == pixfmt::errc::overflow);
	CHECK(pixfmt::fill_v4l2("NV12"_4cc, 0xffffffff, 0xffffffff).error() == pixfmt::errc::overflow);
	CHECK(*pixfmt::pages(4097) == 2);
	CHECK(*pixfmt::pages(0) == 0);
	CHECK(pixfmt::pages(10, 1000).error() == pixfmt::errc::bad_alignment);
	// Packed 10-bit: four samples in five bytes, a line holds whole groups.
	CHECK(*pixfmt::min_pitch(pixfmt::get_name("SRGGB10P"), 0, 3) == 5);
	CHECK(pixfmt::get_name("SRGGB10P").bits_per_pixel() == 10);
	CHECK(pixfmt::get_name("P010").bits_per_pixel() == 24);
}

TEST_CASE("every uncompressed format lays out at every size without wrapping", "[layout]")
{
	for (const auto &d : pixfmt::table::formats) {
		pixfmt::format f(d);
		INFO(f.name());
		for (std::uint32_t w : { 1u, 3u, 641u, 4096u, 0xffffffffu })
			for (std::uint32_t h : { 1u, 3u, 481u, 0xffffffffu }) {
				auto l = pixfmt::layout(f, w, h);
				if (f.compressed()) {
					CHECK(l.error() == pixfmt::errc::no_layout);
					continue;
				}
				if (!l.ok()) {
					// Only 2^32-1 wide or tall images overflow: 2^64 bytes for the
					// widest formats, a 2^32 plane width after alignment for tiles.
					CHECK(l.error() == pixfmt::errc::overflow);
					CHECK((w == 0xffffffffu || h == 0xffffffffu));
					continue;
				}
				std::uint64_t sum = 0;
				for (const auto &p : l->view()) {
					CHECK(p.offset == sum);
					CHECK(p.size == p.pitch * p.height);
					CHECK(p.pitch >= 1);
					sum += p.size;
				}
				CHECK(sum == l->total);
			}
	}
}

// The frame's real need where the kernel's tables are short or silent: the
// figures the V4L2 documentation gives for each layout.
TEST_CASE("real need: whole pixel groups, macropixels and documented tile alignment", "[layout]")
{
	// CSI-2 RAW10: the fifth byte of a group holds the low bits of all four
	// pixels (pixfmt-srggb10p.rst).
	auto raw10 = pixfmt::get_v4l2("pBAA"_4cc);
	CHECK(pixfmt::fill_v4l2(raw10, 1366, 768)->planes[0].bytesperline == 1710);
	CHECK(pixfmt::fill_v4l2(raw10, 1, 1)->planes[0].bytesperline == 5);
	// YUYV: the last pixel's Cr is the fourth byte of its macropixel.
	auto yuyv = pixfmt::fill_v4l2("YUYV"_4cc, 175, 143);
	CHECK(yuyv->planes[0].bytesperline == 352);
	CHECK(yuyv->planes[0].sizeimage == 50336);
	CHECK(pixfmt::kernel::fill_v4l2("YUYV"_4cc, 175, 143)->planes[0].bytesperline == 350);
	// NV12_4L4: stride and height aligned to 4 (pixfmt-yuv-planar.rst).
	CHECK(pixfmt::fill_v4l2("VT12"_4cc, 1366, 767)->planes[0].sizeimage == 1368 * 768 * 3 / 2);
	CHECK(pixfmt::kernel::fill_v4l2("VT12"_4cc, 1366, 767)->planes[0].sizeimage == 1366 * 767 + 1366 * 384);
	// NV12MT: 128-byte stride (whole Z shapes), chroma tiles as luma.
	auto mt = pixfmt::fill_v4l2("TM12"_4cc, 1366, 768);
	CHECK(mt->planes[1].bytesperline == 1408);
	CHECK(mt->planes[0].sizeimage + mt->planes[1].sizeimage == 1622016);
	CHECK(pixfmt::kernel::fill_v4l2("TM12"_4cc, 1366, 768)->planes[1].bytesperline == 1376);
	// 8L128: height aligned to 128 in each plane; no kernel entry.
	CHECK(pixfmt::fill_v4l2("AT12"_4cc, 1920, 1080)->planes[0].sizeimage == 1920 * (1152 + 640));
	CHECK(pixfmt::kernel::fill_v4l2("AT12"_4cc, 1920, 1080).error() == pixfmt::errc::not_in_kernel);
	// --align works in V4L2 terms too.
	CHECK(pixfmt::fill_v4l2("NV12"_4cc, 1366, 768, 64)->planes[0].bytesperline == 1408);
	// The modifier-only DRM formats have one plane in the kernel's table.
	auto vuy = pixfmt::get_drm("VU30"_4cc);
	CHECK(*pixfmt::kernel::drm_min_pitch(vuy, 0, 64) == 0);
	CHECK(pixfmt::kernel::drm_min_pitch(vuy, 1, 64).error() == pixfmt::errc::bad_plane);
	// Two depths, named apart.
	CHECK(pixfmt::get_drm("XR24"_4cc).component_bits() == 8);
	CHECK(pixfmt::get_drm("XR24"_4cc).drm_depth() == 24);
}

TEST_CASE("Xen camera layouts of a compressed format: counts, offsets and bounds", "[xen]")
{
	// the same cases as the C test's (tests/kernel/pixfmt_cases.c, test_xen)
	pixfmt::xen::buffer_layout mjpeg;
	mjpeg.num_planes = 1;
	mjpeg.size = 10000;
	mjpeg.plane_size[0] = 9000;
	mjpeg.plane_offset[0] = 1000;
	const auto mjpg = "MJPG"_4cc;
	CHECK(pixfmt::xen::check_layout(mjpg, 640, 480, mjpeg, 3));
	CHECK(pixfmt::xen::check_layout(mjpg, 640, 480, mjpeg, 2).error == pixfmt::errc::out_of_range);
	auto l = mjpeg;
	l.plane_offset[0] = 1001;
	CHECK(pixfmt::xen::check_layout(mjpg, 640, 480, l, 3).why == "plane beyond the buffer");
	l = mjpeg;
	l.num_planes = 2;
	CHECK(pixfmt::xen::check_layout(mjpg, 640, 480, l, 3).error == pixfmt::errc::bad_layout);
	CHECK(pixfmt::xen::check_layout(0, 640, 480, mjpeg, 3).error == pixfmt::errc::not_found);
	CHECK(pixfmt::xen::check_layout(mjpg, 0, 480, mjpeg, 3).error == pixfmt::errc::zero_size);
	l = mjpeg;
	l.size = 0;
	CHECK(pixfmt::xen::check_layout(mjpg, 640, 480, l, 0).why == "empty buffer");
	static_assert(pixfmt::xen::check_layout("MJPG"_4cc, 640, 480, {}, 0).error == pixfmt::errc::bad_layout);
}

TEST_CASE("layout_into() fills the same layout as layout(), unused planes zero", "[layout]")
{
	std::size_t checked = 0;
	for (const auto &d : pixfmt::table::formats) {
		const pixfmt::format f(d);
		for (auto [w, h] : { std::pair{ 1u, 1u }, { 641u, 481u }, { 1920u, 1080u }, { 4096u, 2160u },
				     { 0xffffffffu, 0xffffffffu } }) {
			INFO(f.name() << " " << w << "x" << h);
			pixfmt::image_layout into;
			// a layout left from an earlier call must not show through
			for (auto &p : into.planes)
				p = { 7, 7, 7, 7, 7 };
			const auto e = pixfmt::layout_into(into, f, w, h, 64);
			const auto r = pixfmt::layout(f, w, h, 64);
			REQUIRE(e == r.error());
			CHECK(into.num_planes == r->num_planes);
			CHECK(into.total == r->total);
			for (unsigned i = 0; i < pixfmt::max_planes; ++i) {
				const auto &a = into.planes[i], &b = r->planes[i];
				CHECK((a.width == b.width && a.height == b.height && a.pitch == b.pitch &&
				       a.size == b.size && a.offset == b.offset));
				if (i >= into.num_planes)
					CHECK((a.width | a.height | a.pitch | a.size | a.offset) == 0);
			}
			++checked;
		}
	}
	CHECK(checked == pixfmt::table::formats.size() * 5);
	static_assert(pixfmt::layout(pixfmt::get_drm("NV12"_4cc), 1366, 768)->total == 1366 * 768 * 3 / 2);
	static_assert(pixfmt::layout(pixfmt::get_drm("NV12"_4cc), 0, 768).error() == pixfmt::errc::zero_size);
}

TEST_CASE("hash slots: each code at its hash, every other slot holds a code that hashes elsewhere", "[lookup]")
{
	auto check = [](pixfmt::table::code_hash h, const auto &slots, const auto &codes) {
		auto slot = [h](std::uint32_t c) { return static_cast<std::uint32_t>(c * h.mult) >> (32 - h.bits); };
		std::size_t used = 0;
		for (std::uint32_t s = 0; s < slots.size(); ++s) {
			if (slots[s].empty()) {
				CHECK(slot(slots[s].code) != s);
				continue;
			}
			++used;
			CHECK(slot(slots[s].code) == s);
		}
		CHECK(used == codes.size());
	};
	check(pixfmt::table::v4l2_hash, pixfmt::table::v4l2_hash_slots, pixfmt_test::v4l2_codes());
	check(pixfmt::table::drm_hash, pixfmt::table::drm_hash_slots, pixfmt_test::drm_codes());
}

TEST_CASE("encodings: names from the one generated list, and back", "[encoding]")
{
	for (std::size_t i = 0; i < pixfmt::encoding_names.size(); ++i) {
		const auto e = static_cast<pixfmt::encoding>(i);
		CHECK(pixfmt::parse_encoding(pixfmt::to_string(e)) == e);
	}
	CHECK(pixfmt::to_string(pixfmt::get_v4l2("NV12"_4cc).format.encoding()) == "yuv");
	CHECK_FALSE(pixfmt::parse_encoding("YUV").has_value());
	static_assert(pixfmt::parse_encoding("bayer") == pixfmt::encoding::bayer);
}

TEST_CASE("other ecosystems' names: every recorded name finds its format, and only those", "[names]")
{
	std::size_t names = 0;
	for (const auto &d : pixfmt::table::formats) {
		const pixfmt::format f(d);
		for (std::size_t i = 0; i < pixfmt::name_spaces.size(); ++i) {
			const auto ns = static_cast<pixfmt::name_space>(i);
			const auto name = f.name_in(ns);
			if (name.empty())
				continue;
			++names;
			INFO(f.name() << " " << pixfmt::name_spaces[i].key << " " << name);
			bool found = false;
			for (const auto &e : pixfmt::find_in(ns, name)) {
				CHECK(e.name == name);
				CHECK(pixfmt::table::formats[e.format].names[i] == name);
				found = found || e.format == f.index();
			}
			CHECK(found);
		}
	}
	CHECK(names == pixfmt::table::other_names.size());
	CHECK(pixfmt::find_in(pixfmt::name_space::ffmpeg, "no such name").empty());
	CHECK(pixfmt::parse_name_space("gst") == pixfmt::name_space::gstreamer);
	CHECK(pixfmt::parse_name_space("gstreamer") == pixfmt::name_space::gstreamer);
	CHECK(pixfmt::parse_name_space("vk") == pixfmt::name_space::vulkan);
	CHECK(pixfmt::parse_name_space("cam") == pixfmt::name_space::libcamera);
	CHECK_FALSE(pixfmt::parse_name_space("directx").has_value());
	static_assert(pixfmt::table::formats[pixfmt::find_in(pixfmt::name_space::ffmpeg, "nv12")[0].format].name ==
		      "NV12");
}
