// The reference pixel reader and writer: worked examples checked at compile
// time against the formats' definitions, and a write -> read round trip of
// every format it knows.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <vector>

#include <pixfmt/pixel.hpp>
#include <pixfmt/pixfmt.hpp>

using namespace pixfmt::literals;
using pixfmt::component;

namespace {

// Pixel (x, y) of a one-plane frame of these bytes and pitch.
template <std::size_t N>
constexpr pixfmt::pixel read(pixfmt::format f, const std::array<std::uint8_t, N> &bytes, std::uint64_t pitch,
			     std::uint32_t x, std::uint32_t y = 0)
{
	pixfmt::frame_view fr;
	fr.planes[0] = bytes;
	fr.pitch[0] = pitch;
	return *pixfmt::read_pixel(f, fr, x, y);
}

// drm_fourcc.h: XRGB8888 is [31:0] x:R:G:B 8:8:8:8 little endian.
constexpr std::array<std::uint8_t, 4> xrgb{ 0x11, 0x22, 0x33, 0x44 };
static_assert(read(pixfmt::get_drm("XR24"_4cc), xrgb, 4, 0)[component::B] == 0x11);
static_assert(read(pixfmt::get_drm("XR24"_4cc), xrgb, 4, 0)[component::R] == 0x33);
static_assert(!read(pixfmt::get_drm("XR24"_4cc), xrgb, 4, 0).has(component::A));
// RGB565: [15:0] R:G:B 5:6:5 little endian.
constexpr std::array<std::uint8_t, 2> rgb565{ 0x1f, 0xf8 };
static_assert(read(pixfmt::get_drm("RG16"_4cc), rgb565, 2, 0)[component::B] == 0x1f);
static_assert(read(pixfmt::get_drm("RG16"_4cc), rgb565, 2, 0)[component::G] == 0x00);
static_assert(read(pixfmt::get_drm("RG16"_4cc), rgb565, 2, 0)[component::R] == 0x1f);
// V4L2 Y16_BE: 16-bit samples, most significant byte first.
constexpr std::array<std::uint8_t, 2> y16be{ 0x12, 0x34 };
static_assert(read(pixfmt::get_name("Y16_BE"), y16be, 2, 0)[component::Y] == 0x1234);
// YUYV: Y0 Cb Y1 Cr; pixel 1 shares pixel 0's chroma.
constexpr std::array<std::uint8_t, 4> yuyv{ 0x10, 0x80, 0x20, 0x90 };
static_assert(read(pixfmt::get_drm("YUYV"_4cc), yuyv, 4, 1)[component::Y] == 0x20);
static_assert(read(pixfmt::get_drm("YUYV"_4cc), yuyv, 4, 1)[component::Cb] == 0x80);
static_assert(read(pixfmt::get_drm("YUYV"_4cc), yuyv, 4, 1)[component::Cr] == 0x90);
// CSI-2 RAW10 (pixfmt-srggb10p.rst): bytes 0-3 the high 8 bits of pixels
// 0-3, byte 4 their low 2 bits, pixel 0 in the lowest.
constexpr std::array<std::uint8_t, 5> raw10{ 0x01, 0x02, 0x03, 0x04, 0b11'10'01'00 };
static_assert(read(pixfmt::get_name("SRGGB10P"), raw10, 5, 0)[component::P] == (0x01 << 2 | 0));
static_assert(read(pixfmt::get_name("SRGGB10P"), raw10, 5, 3)[component::P] == (0x04 << 2 | 3));
static_assert(pixfmt::cfa_colour(pixfmt::get_name("SRGGB10P"), 1, 0) == component::G);
static_assert(pixfmt::cfa_colour(pixfmt::get_name("SRGGB10P"), 1, 1) == component::B);

// NV12_4L4 (pixfmt-yuv-planar.rst, "Tiled NV12"): 4x4 tiles one after
// another, chroma tiled like luma (4 bytes by 4 lines). In an 8x8 frame whose
// bytes count up, luma (5, 2) is in the second tile, line 2, byte 1: 16 + 8 +
// 1; its chroma sample (2, 1) starts at byte 4 of chroma line 1: the second
// tile, line 1: 16 + 4.
constexpr std::array<std::uint8_t, 64> count_up = [] {
	std::array<std::uint8_t, 64> a{};
	for (std::size_t i = 0; i < a.size(); ++i)
		a[i] = static_cast<std::uint8_t>(i);
	return a;
}();

constexpr pixfmt::pixel nv12_4l4(std::uint32_t x, std::uint32_t y)
{
	pixfmt::frame_view fr;
	fr.planes[0] = count_up;
	fr.planes[1] = std::span<const std::uint8_t>(count_up).first(32);
	fr.pitch[0] = fr.pitch[1] = 8;
	return *pixfmt::read_pixel(pixfmt::get_name("NV12_4L4"), fr, x, y);
}
static_assert(nv12_4l4(5, 2)[component::Y] == 25);
static_assert(nv12_4l4(5, 2)[component::Cb] == 20 && nv12_4l4(5, 2)[component::Cr] == 21);
static_assert(nv12_4l4(3, 3)[component::Y] == 15);

// Random components for format f, each within its width.
pixfmt::pixel random_pixel(pixfmt::format f, std::mt19937 &rng)
{
	pixfmt::pixel px;
	for (std::size_t c = 0; c < pixfmt::component_count; ++c) {
		auto what = static_cast<component>(c);
		unsigned width = pixfmt::component_width(f, what);
		if (!width || what == component::padding || what == component::zero)
			continue;
		std::uint64_t mask = (std::uint64_t{ 1 } << width) - 1;
		px.set(what, static_cast<std::uint32_t>(rng() & mask));
	}
	return px;
}

} // namespace

TEST_CASE("every format the reader knows: write then read gives the pixel back")
{
	std::mt19937 rng(7);
	unsigned formats = 0, pixels = 0;
	for (const auto &d : pixfmt::table::formats) {
		pixfmt::format f(d);
		if (!pixfmt::has_pixels(f))
			continue;
		++formats;
		const std::uint32_t w = 13, h = 7;
		auto l = pixfmt::layout(f, w, h);
		REQUIRE(l.ok());
		std::vector<std::uint8_t> buffer(l->total, 0xa5);
		auto fr = pixfmt::frame_in(std::span<std::uint8_t>(buffer), *l);
		REQUIRE(fr.ok());
		pixfmt::frame_view view;
		for (unsigned i = 0; i < pixfmt::max_planes; ++i) {
			view.planes[i] = fr->planes[i];
			view.pitch[i] = fr->pitch[i];
		}
		for (std::uint32_t y = 0; y < h; ++y)
			for (std::uint32_t x = 0; x < w; ++x) {
				auto px = random_pixel(f, rng);
				INFO(f.name() << " at " << x << "," << y);
				REQUIRE(pixfmt::write_pixel(f, *fr, x, y, px) == pixfmt::errc::ok);
				auto back = pixfmt::read_pixel(f, view, x, y);
				REQUIRE(back.ok());
				CHECK(*back == px);
				++pixels;
			}
	}
	CHECK(formats > 200);
	INFO(formats << " formats, " << pixels << " pixels");
	CHECK(pixels == formats * 13 * 7);
}

TEST_CASE("a group outside the frame is an error, not a read")
{
	auto f = pixfmt::get_drm("XR24"_4cc);
	std::array<std::uint8_t, 4> one{};
	pixfmt::frame_view fr;
	fr.planes[0] = one;
	fr.pitch[0] = 4;
	CHECK(pixfmt::read_pixel(f, fr, 0, 0).ok());
	CHECK(pixfmt::read_pixel(f, fr, 1, 0).error() == pixfmt::errc::out_of_range);
	CHECK(pixfmt::read_pixel(f, fr, 0, 1).error() == pixfmt::errc::out_of_range);
	CHECK(pixfmt::read_pixel(pixfmt::get_name("MJPEG"), fr, 0, 0).error() == pixfmt::errc::no_layout);
	CHECK(pixfmt::read_pixel(f, fr, 0, 0xffffffffu).error() == pixfmt::errc::out_of_range);

	// a tiled plane: past its last tile across or down
	auto tiled = pixfmt::get_name("NV12_4L4");
	pixfmt::frame_view t;
	t.planes[0] = count_up;
	t.planes[1] = std::span<const std::uint8_t>(count_up).first(32);
	t.pitch[0] = t.pitch[1] = 8;
	CHECK(pixfmt::read_pixel(tiled, t, 7, 7).ok());
	CHECK(pixfmt::read_pixel(tiled, t, 8, 0).error() == pixfmt::errc::out_of_range);
	CHECK(pixfmt::read_pixel(tiled, t, 0, 8).error() == pixfmt::errc::out_of_range);
	CHECK(pixfmt::read_pixel(tiled, t, 0xffffffffu, 0xffffffffu).error() == pixfmt::errc::out_of_range);
	t.pitch[0] = 6; // not whole tiles
	CHECK(pixfmt::read_pixel(tiled, t, 0, 0).error() == pixfmt::errc::bad_layout);

	// a write whose chroma falls outside writes nothing, not even the luma
	std::array<std::uint8_t, 16> luma{}, chroma{};
	pixfmt::frame_span w;
	w.planes[0] = luma;
	w.planes[1] = std::span<std::uint8_t>(chroma).first(2);
	w.pitch[0] = 4;
	w.pitch[1] = 4;
	pixfmt::pixel px;
	px.set(component::Y, 0x55);
	px.set(component::Cb, 1);
	px.set(component::Cr, 2);
	auto nv12 = pixfmt::get_drm("NV12"_4cc);
	CHECK(pixfmt::write_pixel(nv12, w, 0, 0, px) == pixfmt::errc::ok);
	CHECK(luma[0] == 0x55);
	CHECK(pixfmt::write_pixel(nv12, w, 3, 3, px) == pixfmt::errc::out_of_range);
	CHECK(luma[15] == 0);
}
