// generated from formats.yaml by gen/pixfmt_gen.py, do not edit
//
// The constexpr table of media-bus codes (MEDIA_BUS_FMT_*) and the formats a
// receiver writes from each: facts only, looked up by <pixfmt/media_bus.hpp>.
// 36 media-bus codes, 60 pairings with formats.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include <pixfmt/format_table.hpp>

namespace pixfmt {

// The most formats one media-bus code lists.
inline constexpr std::size_t max_media_bus_formats = 3;

// One media-bus code: its macro, value, MIPI CSI-2 data type (has_csi2_dt
// false where none is recorded) and the formats a receiver writes from it,
// as indexes into table::formats (the first num_formats are valid).
struct media_bus_desc {
	std::string_view macro;
	std::uint32_t code;
	bool has_csi2_dt;
	std::uint8_t csi2_dt;
	std::uint8_t num_formats;
	std::array<std::uint16_t, max_media_bus_formats> formats;
};

namespace table {

// The texts below are "..."sv literals: their lengths come with them.
using namespace std::string_view_literals;

// Sorted by code.
inline constexpr std::array<media_bus_desc, 36> media_bus{ {
	{ "MEDIA_BUS_FMT_RGB565_2X8_LE"sv, 0x1008, false, 0x00, 1, { 20 } }, // RGB565
	{ "MEDIA_BUS_FMT_RGB888_1X24"sv, 0x100a, true, 0x24, 3, { 28, 27, 32 } }, // BGR888, RGB888, XRGB8888
	{ "MEDIA_BUS_FMT_BGR888_1X24"sv, 0x1013, true, 0x24, 2, { 27, 36 } }, // RGB888, XBGR8888
	{ "MEDIA_BUS_FMT_RGB565_1X16"sv, 0x1017, true, 0x22, 2, { 20, 25 } }, // RGB565, RGB565_BE
	{ "MEDIA_BUS_FMT_Y8_1X8"sv, 0x2001, true, 0x2a, 1, { 86 } }, // R8
	{ "MEDIA_BUS_FMT_UYVY8_2X8"sv, 0x2006, true, 0x1e, 1, { 114 } }, // UYVY
	{ "MEDIA_BUS_FMT_YUYV8_2X8"sv, 0x2008, false, 0x00, 1, { 112 } }, // YUYV
	{ "MEDIA_BUS_FMT_Y10_1X10"sv, 0x200a, true, 0x2b, 3, { 87, 100, 101 } }, // R10, Y10P, IPU3_Y10
	{ "MEDIA_BUS_FMT_UYVY8_1X16"sv, 0x200f, true, 0x1e, 1, { 114 } }, // UYVY
	{ "MEDIA_BUS_FMT_VYUY8_1X16"sv, 0x2010, true, 0x1e, 1, { 115 } }, // VYUY
	{ "MEDIA_BUS_FMT_YUYV8_1X16"sv, 0x2011, true, 0x1e, 1, { 112 } }, // YUYV
	{ "MEDIA_BUS_FMT_YVYU8_1X16"sv, 0x2012, true, 0x1e, 1, { 113 } }, // YVYU
	{ "MEDIA_BUS_FMT_Y12_1X12"sv, 0x2013, true, 0x2c, 2, { 88, 102 } }, // R12, Y12P
	{ "MEDIA_BUS_FMT_Y14_1X14"sv, 0x202d, true, 0x2d, 2, { 97, 103 } }, // Y14, Y14P
	{ "MEDIA_BUS_FMT_Y16_1X16"sv, 0x202e, true, 0x2e, 1, { 89 } }, // R16
	{ "MEDIA_BUS_FMT_SBGGR8_1X8"sv, 0x3001, true, 0x2a, 1, { 194 } }, // SBGGR8
	{ "MEDIA_BUS_FMT_SGRBG8_1X8"sv, 0x3002, true, 0x2a, 1, { 216 } }, // SGRBG8
	{ "MEDIA_BUS_FMT_SBGGR10_1X10"sv, 0x3007, true, 0x2b, 3, { 195, 196, 204 } }, // SBGGR10, SBGGR10P, IPU3_SBGGR10
	{ "MEDIA_BUS_FMT_SBGGR12_1X12"sv, 0x3008, true, 0x2c, 2, { 199, 200 } }, // SBGGR12, SBGGR12P
	{ "MEDIA_BUS_FMT_SGRBG10_1X10"sv, 0x300a, true, 0x2b, 3, { 217, 218, 226 } }, // SGRBG10, SGRBG10P, IPU3_SGRBG10
	{ "MEDIA_BUS_FMT_SGBRG10_1X10"sv, 0x300e, true, 0x2b, 3, { 206, 207, 215 } }, // SGBRG10, SGBRG10P, IPU3_SGBRG10
	{ "MEDIA_BUS_FMT_SRGGB10_1X10"sv, 0x300f, true, 0x2b, 3, { 228, 229, 237 } }, // SRGGB10, SRGGB10P, IPU3_SRGGB10
	{ "MEDIA_BUS_FMT_SGBRG12_1X12"sv, 0x3010, true, 0x2c, 2, { 210, 211 } }, // SGBRG12, SGBRG12P
	{ "MEDIA_BUS_FMT_SGRBG12_1X12"sv, 0x3011, true, 0x2c, 2, { 221, 222 } }, // SGRBG12, SGRBG12P
	{ "MEDIA_BUS_FMT_SRGGB12_1X12"sv, 0x3012, true, 0x2c, 2, { 232, 233 } }, // SRGGB12, SRGGB12P
	{ "MEDIA_BUS_FMT_SGBRG8_1X8"sv, 0x3013, true, 0x2a, 1, { 205 } }, // SGBRG8
	{ "MEDIA_BUS_FMT_SRGGB8_1X8"sv, 0x3014, true, 0x2a, 1, { 227 } }, // SRGGB8
	{ "MEDIA_BUS_FMT_SBGGR14_1X14"sv, 0x3019, true, 0x2d, 2, { 201, 202 } }, // SBGGR14, SBGGR14P
	{ "MEDIA_BUS_FMT_SGBRG14_1X14"sv, 0x301a, true, 0x2d, 2, { 212, 213 } }, // SGBRG14, SGBRG14P
	{ "MEDIA_BUS_FMT_SGRBG14_1X14"sv, 0x301b, true, 0x2d, 2, { 223, 224 } }, // SGRBG14, SGRBG14P
	{ "MEDIA_BUS_FMT_SRGGB14_1X14"sv, 0x301c, true, 0x2d, 2, { 234, 235 } }, // SRGGB14, SRGGB14P
	{ "MEDIA_BUS_FMT_SBGGR16_1X16"sv, 0x301d, true, 0x2e, 1, { 203 } }, // SBGGR16
	{ "MEDIA_BUS_FMT_SGBRG16_1X16"sv, 0x301e, true, 0x2e, 1, { 214 } }, // SGBRG16
	{ "MEDIA_BUS_FMT_SGRBG16_1X16"sv, 0x301f, true, 0x2e, 1, { 225 } }, // SGRBG16
	{ "MEDIA_BUS_FMT_SRGGB16_1X16"sv, 0x3020, true, 0x2e, 1, { 236 } }, // SRGGB16
	{ "MEDIA_BUS_FMT_JPEG_1X8"sv, 0x4001, false, 0x00, 1, { 255 } }, // JPEG
} };

// Every pairing as {format index, media_bus index}, sorted by format and
// then code: the media-bus codes that carry a format are one run.
struct media_bus_carrier {
	std::uint16_t format;
	std::uint16_t bus;
};

inline constexpr std::array<media_bus_carrier, 60> media_bus_by_format{ {
{ 20, 0 }, { 20, 3 }, { 25, 3 }, { 27, 1 }, { 27, 2 }, { 28, 1 }, { 32, 1 }, { 36, 2 },
{ 86, 4 }, { 87, 7 }, { 88, 12 }, { 89, 14 }, { 97, 13 }, { 100, 7 }, { 101, 7 }, { 102, 12 },
{ 103, 13 }, { 112, 6 }, { 112, 10 }, { 113, 11 }, { 114, 5 }, { 114, 8 }, { 115, 9 }, { 194, 15 },
{ 195, 17 }, { 196, 17 }, { 199, 18 }, { 200, 18 }, { 201, 27 }, { 202, 27 }, { 203, 31 }, { 204, 17 },
{ 205, 25 }, { 206, 20 }, { 207, 20 }, { 210, 22 }, { 211, 22 }, { 212, 28 }, { 213, 28 }, { 214, 32 },
{ 215, 20 }, { 216, 16 }, { 217, 19 }, { 218, 19 }, { 221, 23 }, { 222, 23 }, { 223, 29 }, { 224, 29 },
{ 225, 33 }, { 226, 19 }, { 227, 26 }, { 228, 21 }, { 229, 21 }, { 232, 24 }, { 233, 24 }, { 234, 30 },
{ 235, 30 }, { 236, 34 }, { 237, 21 }, { 255, 35 },
} };

// The media_bus index of each macro, sorted by macro.
struct media_bus_name {
	std::string_view macro;
	std::uint16_t bus;
};

inline constexpr std::array<media_bus_name, 36> media_bus_by_macro{ {
	{ "MEDIA_BUS_FMT_BGR888_1X24"sv, 2 },
	{ "MEDIA_BUS_FMT_JPEG_1X8"sv, 35 },
	{ "MEDIA_BUS_FMT_RGB565_1X16"sv, 3 },
	{ "MEDIA_BUS_FMT_RGB565_2X8_LE"sv, 0 },
	{ "MEDIA_BUS_FMT_RGB888_1X24"sv, 1 },
	{ "MEDIA_BUS_FMT_SBGGR10_1X10"sv, 17 },
	{ "MEDIA_BUS_FMT_SBGGR12_1X12"sv, 18 },
	{ "MEDIA_BUS_FMT_SBGGR14_1X14"sv, 27 },
	{ "MEDIA_BUS_FMT_SBGGR16_1X16"sv, 31 },
	{ "MEDIA_BUS_FMT_SBGGR8_1X8"sv, 15 },
	{ "MEDIA_BUS_FMT_SGBRG10_1X10"sv, 20 },
	{ "MEDIA_BUS_FMT_SGBRG12_1X12"sv, 22 },
	{ "MEDIA_BUS_FMT_SGBRG14_1X14"sv, 28 },
	{ "MEDIA_BUS_FMT_SGBRG16_1X16"sv, 32 },
	{ "MEDIA_BUS_FMT_SGBRG8_1X8"sv, 25 },
	{ "MEDIA_BUS_FMT_SGRBG10_1X10"sv, 19 },
	{ "MEDIA_BUS_FMT_SGRBG12_1X12"sv, 23 },
	{ "MEDIA_BUS_FMT_SGRBG14_1X14"sv, 29 },
	{ "MEDIA_BUS_FMT_SGRBG16_1X16"sv, 33 },
	{ "MEDIA_BUS_FMT_SGRBG8_1X8"sv, 16 },
	{ "MEDIA_BUS_FMT_SRGGB10_1X10"sv, 21 },
	{ "MEDIA_BUS_FMT_SRGGB12_1X12"sv, 24 },
	{ "MEDIA_BUS_FMT_SRGGB14_1X14"sv, 30 },
	{ "MEDIA_BUS_FMT_SRGGB16_1X16"sv, 34 },
	{ "MEDIA_BUS_FMT_SRGGB8_1X8"sv, 26 },
	{ "MEDIA_BUS_FMT_UYVY8_1X16"sv, 8 },
	{ "MEDIA_BUS_FMT_UYVY8_2X8"sv, 5 },
	{ "MEDIA_BUS_FMT_VYUY8_1X16"sv, 9 },
	{ "MEDIA_BUS_FMT_Y10_1X10"sv, 7 },
	{ "MEDIA_BUS_FMT_Y12_1X12"sv, 12 },
	{ "MEDIA_BUS_FMT_Y14_1X14"sv, 13 },
	{ "MEDIA_BUS_FMT_Y16_1X16"sv, 14 },
	{ "MEDIA_BUS_FMT_Y8_1X8"sv, 4 },
	{ "MEDIA_BUS_FMT_YUYV8_1X16"sv, 10 },
	{ "MEDIA_BUS_FMT_YUYV8_2X8"sv, 6 },
	{ "MEDIA_BUS_FMT_YVYU8_1X16"sv, 11 },
} };

} // namespace table
} // namespace pixfmt
