// Media-bus codes: lookups by code, by macro and by format, over the whole
// table, and against the installed <linux/media-bus-format.h>.
#include <catch2/catch.hpp>

#include <linux/media-bus-format.h>

#include <set>
#include <string>

#include <pixfmt/pixfmt.hpp>

// Compile time: the lookups are constexpr.
static_assert(pixfmt::get_media_bus(MEDIA_BUS_FMT_SRGGB10_1X10).name() == "SRGGB10_1X10");
static_assert(pixfmt::get_media_bus(MEDIA_BUS_FMT_SRGGB10_1X10).carries(pixfmt::get_name("SRGGB10P")));
static_assert(pixfmt::get_media_bus(MEDIA_BUS_FMT_SRGGB10_1X10).carries(pixfmt::get_name("SRGGB10")));
static_assert(!pixfmt::get_media_bus(MEDIA_BUS_FMT_SRGGB10_1X10).carries(pixfmt::get_name("SBGGR10P")));
static_assert(pixfmt::find_media_bus_macro("MEDIA_BUS_FMT_YUYV8_1X16")->code() == MEDIA_BUS_FMT_YUYV8_1X16);
static_assert(!pixfmt::find_media_bus_macro("YUYV8_1X16"));
static_assert(!pixfmt::find_media_bus(0));
static_assert(pixfmt::media_bus_for(pixfmt::get_name("NV12")).empty());

TEST_CASE("every media-bus code is found by its code and its macro", "[media_bus]")
{
	REQUIRE(!pixfmt::table::media_bus.empty());
	std::uint32_t previous = 0;
	for (const auto &d : pixfmt::table::media_bus) {
		CHECK(d.code > previous); // sorted, no duplicates
		previous = d.code;
		auto m = pixfmt::find_media_bus(d.code);
		REQUIRE(m.has_value());
		CHECK(&m->desc() == &d);
		auto by_macro = pixfmt::find_media_bus_macro(d.macro);
		REQUIRE(by_macro.has_value());
		CHECK(*by_macro == *m);
		CHECK(std::string(pixfmt::media_bus_prefix) + std::string(m->name()) == std::string(d.macro));
		CHECK(m->formats().size() == d.num_formats);
		CHECK(m->formats().size() >= 1);
		CHECK(m->csi2_dt().has_value() == d.has_csi2_dt);
		if (auto dt = m->csi2_dt())
			CHECK(*dt <= 0x3f);
		// neighbours of a code are not found unless they are codes too
		for (std::uint32_t near : { d.code - 1, d.code + 1, d.code | 0x10000u })
			if (auto n = pixfmt::find_media_bus(near))
				CHECK(n->code() == near);
	}
	for (std::uint32_t code : { 0u, 1u, 0xffffffffu, 0x7fffffffu })
		CHECK(!pixfmt::find_media_bus(code));
	CHECK(!pixfmt::find_media_bus_macro(""));
	CHECK(!pixfmt::find_media_bus_macro("MEDIA_BUS_FMT_"));
	CHECK(!pixfmt::find_media_bus_macro("MEDIA_BUS_FMT_NOPE"));
}

TEST_CASE("pairings read the same from both ends", "[media_bus]")
{
	std::set<std::pair<std::size_t, std::uint32_t>> forward, backward;
	for (const auto &d : pixfmt::table::media_bus) {
		pixfmt::media_bus m(d);
		std::set<std::size_t> seen;
		for (auto f : m.formats()) {
			CHECK(seen.insert(f.index()).second); // no format twice
			forward.insert({ f.index(), m.code() });
			CHECK(m.carries(f));
		}
	}
	for (const auto &fd : pixfmt::table::formats) {
		pixfmt::format f(fd);
		std::uint32_t previous = 0;
		for (auto m : pixfmt::media_bus_for(f)) {
			CHECK(m.code() > previous); // code order
			previous = m.code();
			backward.insert({ f.index(), m.code() });
			CHECK(m.carries(f));
		}
	}
	CHECK(forward == backward);
	CHECK(forward.size() == pixfmt::table::media_bus_by_format.size());
}

TEST_CASE("media-bus codes against the installed header", "[media_bus]")
{
	// A few codes the installed header defines, by its macros: the table
	// gives the same value under the same name.
	struct {
		const char *macro;
		std::uint32_t code;
	} const known[] = {
		{ "MEDIA_BUS_FMT_SRGGB10_1X10", MEDIA_BUS_FMT_SRGGB10_1X10 },
		{ "MEDIA_BUS_FMT_SBGGR8_1X8", MEDIA_BUS_FMT_SBGGR8_1X8 },
		{ "MEDIA_BUS_FMT_Y10_1X10", MEDIA_BUS_FMT_Y10_1X10 },
		{ "MEDIA_BUS_FMT_UYVY8_2X8", MEDIA_BUS_FMT_UYVY8_2X8 },
		{ "MEDIA_BUS_FMT_YUYV8_1X16", MEDIA_BUS_FMT_YUYV8_1X16 },
		{ "MEDIA_BUS_FMT_RGB888_1X24", MEDIA_BUS_FMT_RGB888_1X24 },
	};
	for (const auto &k : known) {
		auto m = pixfmt::find_media_bus(k.code);
		REQUIRE(m.has_value());
		CHECK(m->macro() == k.macro);
	}
	// many-to-many: a Bayer code is written unpacked and packed; one YUV
	// layout is written from a 1X16 and a 2X8 code
	std::set<std::uint32_t> yuyv;
	for (auto m : pixfmt::media_bus_for(pixfmt::get_name("YUYV")))
		yuyv.insert(m.code());
	CHECK(yuyv.count(MEDIA_BUS_FMT_YUYV8_1X16) == 1);
	CHECK(yuyv.count(MEDIA_BUS_FMT_YUYV8_2X8) == 1);
}
