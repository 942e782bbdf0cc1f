// generated from formats.yaml by gen/pixfmt_gen.py, do not edit
//
// The constexpr table every pixfmt C++ header reads. Facts only: sizes and
// lookups are computed by the hand-written headers beside this one.
// 314 formats: 240 with V4L2 codes (250 codes), 145 with a DRM code, 71 with both.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace pixfmt {

// How the samples of a format encode colour. compressed and opaque formats
// have no per-pixel layout.
enum class encoding : std::uint8_t {
	rgb,
	yuv,
	bayer,
	grey,
	indexed,
	hsv,
	depth,
	compressed,
	opaque,
};

inline constexpr std::size_t max_planes = 4;

// One colour plane: bytes_per_block bytes hold block_w x block_h pixels of
// the plane (after subsampling). The image size is rounded up to align_w x
// align_h before the plane is sized; hsub/vsub divide the image size.
struct plane_desc {
	std::uint8_t bytes_per_block;
	std::uint8_t block_w;
	std::uint8_t block_h;
	std::uint8_t align_w;
	std::uint8_t align_h;
	std::uint8_t hsub;
	std::uint8_t vsub;
};

// One code naming a format: its macro, 32-bit value (bit 31 = big-endian)
// and, for V4L2, how many memory planes (buffers) it uses.
struct code_desc {
	std::string_view macro;
	std::uint32_t code;
	std::uint8_t mem_planes;
};

struct format_desc {
	std::string_view name;
	pixfmt::encoding encoding;
	bool compressed;
	bool has_alpha;
	bool big_endian;
	std::uint8_t depth;
	std::uint8_t hsub;
	std::uint8_t vsub;
	std::uint8_t tile_w;
	std::uint8_t tile_h;
	std::uint8_t num_planes;
	std::array<plane_desc, max_planes> planes;
	std::uint8_t num_v4l2;
	std::array<code_desc, 2> v4l2;
	bool has_drm;
	code_desc drm;
	std::string_view note;
};

namespace table {

inline constexpr std::array<format_desc, 314> formats{ {
	{ "RGB332", encoding::rgb, false, false, false, 3, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGB332", 0x31424752, 1 },
	  } },
	  true, { "DRM_FORMAT_RGB332", 0x38424752, 0 },
	  "" },
	{ "BGR233", encoding::rgb, false, false, false, 3, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_BGR233", 0x38524742, 0 },
	  "" },
	{ "RGB444", encoding::rgb, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGB444", 0x34343452, 1 },
	  } },
	  false, {},
	  "deprecated in V4L2: the meaning of the padding bits is ambiguous; kept as its own entry" },
	{ "ARGB4444", encoding::rgb, false, true, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_ARGB444", 0x32315241, 1 },
	  } },
	  true, { "DRM_FORMAT_ARGB4444", 0x32315241, 0 },
	  "" },
	{ "XRGB4444", encoding::rgb, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_XRGB444", 0x32315258, 1 },
	  } },
	  true, { "DRM_FORMAT_XRGB4444", 0x32315258, 0 },
	  "" },
	{ "RGBA4444", encoding::rgb, false, true, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGBA444", 0x32314152, 1 },
	  } },
	  true, { "DRM_FORMAT_RGBA4444", 0x32314152, 0 },
	  "" },
	{ "RGBX4444", encoding::rgb, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGBX444", 0x32315852, 1 },
	  } },
	  true, { "DRM_FORMAT_RGBX4444", 0x32315852, 0 },
	  "" },
	{ "ABGR4444", encoding::rgb, false, true, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_ABGR444", 0x32314241, 1 },
	  } },
	  true, { "DRM_FORMAT_ABGR4444", 0x32314241, 0 },
	  "" },
	{ "XBGR4444", encoding::rgb, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_XBGR444", 0x32314258, 1 },
	  } },
	  true, { "DRM_FORMAT_XBGR4444", 0x32314258, 0 },
	  "" },
	{ "BGRA4444", encoding::rgb, false, true, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGRA444", 0x32314147, 1 },
	  } },
	  true, { "DRM_FORMAT_BGRA4444", 0x32314142, 0 },
	  "" },
	{ "BGRX4444", encoding::rgb, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGRX444", 0x32315842, 1 },
	  } },
	  true, { "DRM_FORMAT_BGRX4444", 0x32315842, 0 },
	  "" },
	{ "RGB555", encoding::rgb, false, false, false, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGB555", 0x4f424752, 1 },
	  } },
	  false, {},
	  "deprecated in V4L2: the meaning of the padding bits is ambiguous; kept as its own entry" },
	{ "ARGB1555", encoding::rgb, false, true, false, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_ARGB555", 0x35315241, 1 },
	  } },
	  true, { "DRM_FORMAT_ARGB1555", 0x35315241, 0 },
	  "" },
	{ "XRGB1555", encoding::rgb, false, false, false, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_XRGB555", 0x35315258, 1 },
	  } },
	  true, { "DRM_FORMAT_XRGB1555", 0x35315258, 0 },
	  "" },
	{ "RGBA5551", encoding::rgb, false, true, false, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGBA555", 0x35314152, 1 },
	  } },
	  true, { "DRM_FORMAT_RGBA5551", 0x35314152, 0 },
	  "" },
	{ "RGBX5551", encoding::rgb, false, false, false, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGBX555", 0x35315852, 1 },
	  } },
	  true, { "DRM_FORMAT_RGBX5551", 0x35315852, 0 },
	  "" },
	{ "ABGR1555", encoding::rgb, false, true, false, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_ABGR555", 0x35314241, 1 },
	  } },
	  true, { "DRM_FORMAT_ABGR1555", 0x35314241, 0 },
	  "" },
	{ "XBGR1555", encoding::rgb, false, false, false, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_XBGR555", 0x35314258, 1 },
	  } },
	  true, { "DRM_FORMAT_XBGR1555", 0x35314258, 0 },
	  "" },
	{ "BGRA5551", encoding::rgb, false, true, false, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGRA555", 0x35314142, 1 },
	  } },
	  true, { "DRM_FORMAT_BGRA5551", 0x35314142, 0 },
	  "" },
	{ "BGRX5551", encoding::rgb, false, false, false, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGRX555", 0x35315842, 1 },
	  } },
	  true, { "DRM_FORMAT_BGRX5551", 0x35315842, 0 },
	  "" },
	{ "RGB565", encoding::rgb, false, false, false, 6, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGB565", 0x50424752, 1 },
	  } },
	  true, { "DRM_FORMAT_RGB565", 0x36314752, 0 },
	  "" },
	{ "BGR565", encoding::rgb, false, false, false, 6, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_BGR565", 0x36314742, 0 },
	  "" },
	{ "RGB555X", encoding::rgb, false, false, true, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGB555X", 0x51424752, 1 },
	  } },
	  false, {},
	  "deprecated in V4L2: the meaning of the padding bits is ambiguous; kept as its own entry" },
	{ "ARGB555X", encoding::rgb, false, true, true, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_ARGB555X", 0xb5315241, 1 },
	  } },
	  false, {},
	  "" },
	{ "XRGB1555_BE", encoding::rgb, false, false, true, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_XRGB555X", 0xb5315258, 1 },
	  } },
	  true, { "DRM_FORMAT_XRGB1555", 0xb5315258, 0 },
	  "" },
	{ "RGB565_BE", encoding::rgb, false, false, true, 6, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGB565X", 0x52424752, 1 },
	  } },
	  true, { "DRM_FORMAT_RGB565", 0xb6314752, 0 },
	  "" },
	{ "BGR666", encoding::rgb, false, false, false, 6, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGR666", 0x48524742, 1 },
	  } },
	  false, {},
	  "" },
	{ "RGB888", encoding::rgb, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 3, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGR24", 0x33524742, 1 },
	  } },
	  true, { "DRM_FORMAT_RGB888", 0x34324752, 0 },
	  "" },
	{ "BGR888", encoding::rgb, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 3, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGB24", 0x33424752, 1 },
	  } },
	  true, { "DRM_FORMAT_BGR888", 0x34324742, 0 },
	  "" },
	{ "BGR32", encoding::rgb, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGR32", 0x34524742, 1 },
	  } },
	  false, {},
	  "deprecated in V4L2: the meaning of the padding bits is ambiguous; kept as its own entry" },
	{ "RGB32", encoding::rgb, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGB32", 0x34424752, 1 },
	  } },
	  false, {},
	  "deprecated in V4L2: the meaning of the padding bits is ambiguous; kept as its own entry" },
	{ "ARGB8888", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_ABGR32", 0x34325241, 1 },
	  } },
	  true, { "DRM_FORMAT_ARGB8888", 0x34325241, 0 },
	  "" },
	{ "XRGB8888", encoding::rgb, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_XBGR32", 0x34325258, 1 },
	  } },
	  true, { "DRM_FORMAT_XRGB8888", 0x34325258, 0 },
	  "" },
	{ "RGBA8888", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGRA32", 0x34324152, 1 },
	  } },
	  true, { "DRM_FORMAT_RGBA8888", 0x34324152, 0 },
	  "" },
	{ "RGBX8888", encoding::rgb, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGRX32", 0x34325852, 1 },
	  } },
	  true, { "DRM_FORMAT_RGBX8888", 0x34325852, 0 },
	  "" },
	{ "ABGR8888", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGBA32", 0x34324241, 1 },
	  } },
	  true, { "DRM_FORMAT_ABGR8888", 0x34324241, 0 },
	  "" },
	{ "XBGR8888", encoding::rgb, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGBX32", 0x34324258, 1 },
	  } },
	  true, { "DRM_FORMAT_XBGR8888", 0x34324258, 0 },
	  "" },
	{ "BGRA8888", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_ARGB32", 0x34324142, 1 },
	  } },
	  true, { "DRM_FORMAT_BGRA8888", 0x34324142, 0 },
	  "" },
	{ "BGRX8888", encoding::rgb, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_XRGB32", 0x34325842, 1 },
	  } },
	  true, { "DRM_FORMAT_BGRX8888", 0x34325842, 0 },
	  "" },
	{ "XRGB2101010", encoding::rgb, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XRGB2101010", 0x30335258, 0 },
	  "" },
	{ "XBGR2101010", encoding::rgb, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XBGR2101010", 0x30334258, 0 },
	  "" },
	{ "BGRX1010102", encoding::rgb, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_BGRX1010102", 0x30335842, 0 },
	  "" },
	{ "ABGR2101010", encoding::rgb, false, true, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_ABGR2101010", 0x30334241, 0 },
	  "" },
	{ "BGRA1010102", encoding::rgb, false, true, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_BGRA1010102", 0x30334142, 0 },
	  "" },
	{ "RGBX1010102", encoding::rgb, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGBX1010102", 0x30335852, 1 },
	  } },
	  true, { "DRM_FORMAT_RGBX1010102", 0x30335852, 0 },
	  "" },
	{ "RGBA1010102", encoding::rgb, false, true, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGBA1010102", 0x30334152, 1 },
	  } },
	  true, { "DRM_FORMAT_RGBA1010102", 0x30334152, 0 },
	  "" },
	{ "ARGB2101010", encoding::rgb, false, true, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_ARGB2101010", 0x30335241, 1 },
	  } },
	  true, { "DRM_FORMAT_ARGB2101010", 0x30335241, 0 },
	  "" },
	{ "RGB888_A8", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  2, { {
		{ 3, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_RGB888_A8", 0x38413852, 0 },
	  "" },
	{ "BGR888_A8", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  2, { {
		{ 3, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_BGR888_A8", 0x38413842, 0 },
	  "" },
	{ "XRGB8888_A8", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  2, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XRGB8888_A8", 0x38415258, 0 },
	  "" },
	{ "XBGR8888_A8", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  2, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XBGR8888_A8", 0x38414258, 0 },
	  "" },
	{ "RGBX8888_A8", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  2, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_RGBX8888_A8", 0x38415852, 0 },
	  "" },
	{ "BGRX8888_A8", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  2, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_BGRX8888_A8", 0x38415842, 0 },
	  "" },
	{ "RGB565_A8", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  2, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_RGB565_A8", 0x38413552, 0 },
	  "" },
	{ "BGR565_A8", encoding::rgb, false, true, false, 8, 1, 1, 0, 0,
	  2, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_BGR565_A8", 0x38413542, 0 },
	  "" },
	{ "BGR48_12", encoding::rgb, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 6, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGR48_12", 0x32313342, 1 },
	  } },
	  false, {},
	  "" },
	{ "RGB161616", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 6, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_BGR48", 0x36524742, 1 },
	  } },
	  true, { "DRM_FORMAT_RGB161616", 0x38344752, 0 },
	  "" },
	{ "BGR161616", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 6, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RGB48", 0x36424752, 1 },
	  } },
	  true, { "DRM_FORMAT_BGR161616", 0x38344742, 0 },
	  "" },
	{ "ABGR64_12", encoding::rgb, false, true, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_ABGR64_12", 0x32313442, 1 },
	  } },
	  false, {},
	  "" },
	{ "XRGB16161616", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XRGB16161616", 0x38345258, 0 },
	  "" },
	{ "XBGR16161616", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XBGR16161616", 0x38344258, 0 },
	  "" },
	{ "ARGB16161616", encoding::rgb, false, true, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_ARGB16161616", 0x38345241, 0 },
	  "" },
	{ "ABGR16161616", encoding::rgb, false, true, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_ABGR16161616", 0x38344241, 0 },
	  "" },
	{ "XRGB16161616F", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XRGB16161616F", 0x48345258, 0 },
	  "" },
	{ "XBGR16161616F", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XBGR16161616F", 0x48344258, 0 },
	  "" },
	{ "ARGB16161616F", encoding::rgb, false, true, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_ARGB16161616F", 0x48345241, 0 },
	  "" },
	{ "ABGR16161616F", encoding::rgb, false, true, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_ABGR16161616F", 0x48344241, 0 },
	  "" },
	{ "AXBXGXRX106106106106", encoding::rgb, false, true, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_AXBXGXRX106106106106", 0x30314241, 0 },
	  "" },
	{ "R16F", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_R16F", 0x48202052, 0 },
	  "" },
	{ "GR1616F", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_GR1616F", 0x48205247, 0 },
	  "" },
	{ "BGR161616F", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 6, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_BGR161616F", 0x48524742, 0 },
	  "" },
	{ "R32F", encoding::rgb, false, false, false, 32, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_R32F", 0x46202052, 0 },
	  "" },
	{ "GR3232F", encoding::rgb, false, false, false, 32, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_GR3232F", 0x46205247, 0 },
	  "" },
	{ "BGR323232F", encoding::rgb, false, false, false, 32, 1, 1, 0, 0,
	  1, { {
		{ 12, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_BGR323232F", 0x46524742, 0 },
	  "" },
	{ "ABGR32323232F", encoding::rgb, false, true, false, 32, 1, 1, 0, 0,
	  1, { {
		{ 16, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_ABGR32323232F", 0x46384241, 0 },
	  "" },
	{ "R1", encoding::rgb, false, false, false, 1, 1, 1, 0, 0,
	  1, { {
		{ 1, 8, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_R1", 0x20203152, 0 },
	  "" },
	{ "D1", encoding::grey, false, false, false, 1, 1, 1, 0, 0,
	  1, { {
		{ 1, 8, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_D1", 0x20203144, 0 },
	  "" },
	{ "C1", encoding::indexed, false, false, false, 1, 1, 1, 0, 0,
	  1, { {
		{ 1, 8, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_C1", 0x20203143, 0 },
	  "" },
	{ "R2", encoding::rgb, false, false, false, 2, 1, 1, 0, 0,
	  1, { {
		{ 1, 4, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_R2", 0x20203252, 0 },
	  "" },
	{ "D2", encoding::grey, false, false, false, 2, 1, 1, 0, 0,
	  1, { {
		{ 1, 4, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_D2", 0x20203244, 0 },
	  "" },
	{ "C2", encoding::indexed, false, false, false, 2, 1, 1, 0, 0,
	  1, { {
		{ 1, 4, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_C2", 0x20203243, 0 },
	  "" },
	{ "R4", encoding::rgb, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 1, 2, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_R4", 0x20203452, 0 },
	  "" },
	{ "D4", encoding::grey, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 1, 2, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_D4", 0x20203444, 0 },
	  "" },
	{ "C4", encoding::indexed, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 1, 2, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_C4", 0x20203443, 0 },
	  "" },
	{ "D8", encoding::grey, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_D8", 0x20203844, 0 },
	  "" },
	{ "C8", encoding::indexed, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PAL8", 0x384c4150, 1 },
	  } },
	  true, { "DRM_FORMAT_C8", 0x20203843, 0 },
	  "" },
	{ "R8", encoding::grey, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_GREY", 0x59455247, 1 },
	  } },
	  true, { "DRM_FORMAT_R8", 0x20203852, 0 },
	  "" },
	{ "R10", encoding::grey, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y10", 0x20303159, 1 },
	  } },
	  true, { "DRM_FORMAT_R10", 0x20303152, 0 },
	  "" },
	{ "R12", encoding::grey, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y12", 0x20323159, 1 },
	  } },
	  true, { "DRM_FORMAT_R12", 0x20323152, 0 },
	  "" },
	{ "R16", encoding::grey, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y16", 0x20363159, 1 },
	  } },
	  true, { "DRM_FORMAT_R16", 0x20363152, 0 },
	  "" },
	{ "RG88", encoding::rgb, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_RG88", 0x38384752, 0 },
	  "" },
	{ "GR88", encoding::rgb, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_GR88", 0x38385247, 0 },
	  "" },
	{ "RG1616", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_RG1616", 0x32334752, 0 },
	  "" },
	{ "GR1616", encoding::rgb, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_GR1616", 0x32335247, 0 },
	  "" },
	{ "Y4", encoding::grey, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y4", 0x20343059, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y6", encoding::grey, false, false, false, 6, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y6", 0x20363059, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y012", encoding::grey, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y012", 0x32313059, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y14", encoding::grey, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y14", 0x20343159, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y16_BE", encoding::grey, false, false, true, 16, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y16_BE", 0xa0363159, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y10BPACK", encoding::grey, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 5, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y10BPACK", 0x42303159, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y10P", encoding::grey, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 5, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y10P", 0x50303159, 1 },
	  } },
	  false, {},
	  "" },
	{ "IPU3_Y10", encoding::grey, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 32, 25, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_IPU3_Y10", 0x79337069, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y12P", encoding::grey, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 3, 2, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y12P", 0x50323159, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y14P", encoding::grey, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 7, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y14P", 0x50343159, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y8I", encoding::grey, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y8I", 0x20493859, 1 },
	  } },
	  false, {},
	  "two 8-bit images (left, right) interleaved pixel by pixel" },
	{ "Y12I", encoding::grey, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 3, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y12I", 0x49323159, 1 },
	  } },
	  false, {},
	  "two 12-bit images (left, right) packed into 3 bytes per pixel" },
	{ "Y16I", encoding::grey, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y16I", 0x49363159, 1 },
	  } },
	  false, {},
	  "two 16-bit images (left, right) interleaved pixel by pixel" },
	{ "Z16", encoding::depth, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Z16", 0x2036315a, 1 },
	  } },
	  false, {},
	  "" },
	{ "INZI", encoding::depth, false, false, false, 16, 1, 1, 0, 0,
	  2, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_INZI", 0x495a4e49, 1 },
	  } },
	  false, {},
	  "10-bit infrared plane followed by a 16-bit depth plane" },
	{ "CNF4", encoding::depth, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 1, 2, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_CNF4", 0x34464e43, 1 },
	  } },
	  false, {},
	  "depth-confidence values, two 4-bit pixels per byte" },
	{ "HI240", encoding::indexed, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_HI240", 0x34324948, 1 },
	  } },
	  false, {},
	  "BTTV fixed 240-colour dithered palette" },
	{ "UV8", encoding::yuv, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_UV8", 0x20385655, 1 },
	  } },
	  false, {},
	  "chroma only: 4-bit Cb and 4-bit Cr per byte" },
	{ "YUYV", encoding::yuv, false, false, false, 8, 2, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUYV", 0x56595559, 1 },
	  } },
	  true, { "DRM_FORMAT_YUYV", 0x56595559, 0 },
	  "" },
	{ "YVYU", encoding::yuv, false, false, false, 8, 2, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YVYU", 0x55595659, 1 },
	  } },
	  true, { "DRM_FORMAT_YVYU", 0x55595659, 0 },
	  "" },
	{ "UYVY", encoding::yuv, false, false, false, 8, 2, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_UYVY", 0x59565955, 1 },
	  } },
	  true, { "DRM_FORMAT_UYVY", 0x59565955, 0 },
	  "" },
	{ "VYUY", encoding::yuv, false, false, false, 8, 2, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_VYUY", 0x59555956, 1 },
	  } },
	  true, { "DRM_FORMAT_VYUY", 0x59555956, 0 },
	  "" },
	{ "YYUV", encoding::yuv, false, false, false, 8, 2, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YYUV", 0x56555959, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y41P", encoding::yuv, false, false, false, 8, 4, 1, 0, 0,
	  1, { {
		{ 12, 8, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y41P", 0x50313459, 1 },
	  } },
	  false, {},
	  "" },
	{ "YUV444_PACKED", encoding::yuv, false, false, false, 4, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUV444", 0x34343459, 1 },
	  } },
	  false, {},
	  "V4L2 'Y444': xxxxyyyy uuuuvvvv in 16 bits; not DRM YUV444" },
	{ "YUV555", encoding::yuv, false, false, false, 5, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUV555", 0x4f565559, 1 },
	  } },
	  false, {},
	  "" },
	{ "YUV565", encoding::yuv, false, false, false, 6, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUV565", 0x50565559, 1 },
	  } },
	  false, {},
	  "" },
	{ "VUY888", encoding::yuv, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 3, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUV24", 0x33565559, 1 },
	  } },
	  true, { "DRM_FORMAT_VUY888", 0x34325556, 0 },
	  "" },
	{ "YUV32", encoding::yuv, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUV32", 0x34565559, 1 },
	  } },
	  false, {},
	  "deprecated in V4L2: the meaning of the padding bits is ambiguous; kept as its own entry" },
	{ "AYUV32", encoding::yuv, false, true, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_AYUV32", 0x56555941, 1 },
	  } },
	  false, {},
	  "bytes A, Y, Cb, Cr; not DRM AYUV, which is V4L2 VUYA32" },
	{ "XYUV32", encoding::yuv, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_XYUV32", 0x56555958, 1 },
	  } },
	  false, {},
	  "bytes X, Y, Cb, Cr; not DRM XYUV8888, which is V4L2 VUYX32" },
	{ "AYUV", encoding::yuv, false, true, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_VUYA32", 0x41595556, 1 },
	  } },
	  true, { "DRM_FORMAT_AYUV", 0x56555941, 0 },
	  "" },
	{ "XYUV8888", encoding::yuv, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_VUYX32", 0x58595556, 1 },
	  } },
	  true, { "DRM_FORMAT_XYUV8888", 0x56555958, 0 },
	  "" },
	{ "AVUY8888", encoding::yuv, false, true, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUVA32", 0x41565559, 1 },
	  } },
	  true, { "DRM_FORMAT_AVUY8888", 0x59555641, 0 },
	  "" },
	{ "XVUY8888", encoding::yuv, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUVX32", 0x58565559, 1 },
	  } },
	  true, { "DRM_FORMAT_XVUY8888", 0x59555658, 0 },
	  "" },
	{ "M420", encoding::yuv, false, false, false, 8, 2, 2, 0, 0,
	  1, { {
		{ 6, 2, 2, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_M420", 0x3032344d, 1 },
	  } },
	  false, {},
	  "two lines of Y then one line of interleaved CbCr, repeated; one block is 2x2 pixels" },
	{ "YUV48_12", encoding::yuv, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 6, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUV48_12", 0x32313359, 1 },
	  } },
	  false, {},
	  "" },
	{ "Y210", encoding::yuv, false, false, false, 10, 2, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y210", 0x30313259, 1 },
	  } },
	  true, { "DRM_FORMAT_Y210", 0x30313259, 0 },
	  "" },
	{ "Y212", encoding::yuv, false, false, false, 12, 2, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y212", 0x32313259, 1 },
	  } },
	  true, { "DRM_FORMAT_Y212", 0x32313259, 0 },
	  "" },
	{ "Y216", encoding::yuv, false, false, false, 16, 2, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_Y216", 0x36313259, 1 },
	  } },
	  true, { "DRM_FORMAT_Y216", 0x36313259, 0 },
	  "" },
	{ "Y410", encoding::yuv, false, true, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_Y410", 0x30313459, 0 },
	  "" },
	{ "Y412", encoding::yuv, false, true, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_Y412", 0x32313459, 0 },
	  "" },
	{ "Y416", encoding::yuv, false, true, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_Y416", 0x36313459, 0 },
	  "" },
	{ "XVYU2101010", encoding::yuv, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XVYU2101010", 0x30335658, 0 },
	  "" },
	{ "XVYU12_16161616", encoding::yuv, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XVYU12_16161616", 0x36335658, 0 },
	  "" },
	{ "XVYU16161616", encoding::yuv, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 8, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_XVYU16161616", 0x38345658, 0 },
	  "" },
	{ "Y0L0", encoding::yuv, false, true, false, 10, 2, 2, 0, 0,
	  1, { {
		{ 8, 2, 2, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_Y0L0", 0x304c3059, 0 },
	  "" },
	{ "X0L0", encoding::yuv, false, false, false, 10, 2, 2, 0, 0,
	  1, { {
		{ 8, 2, 2, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_X0L0", 0x304c3058, 0 },
	  "" },
	{ "Y0L2", encoding::yuv, false, true, false, 10, 2, 2, 0, 0,
	  1, { {
		{ 8, 2, 2, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_Y0L2", 0x324c3059, 0 },
	  "" },
	{ "X0L2", encoding::yuv, false, false, false, 10, 2, 2, 0, 0,
	  1, { {
		{ 8, 2, 2, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_X0L2", 0x324c3058, 0 },
	  "" },
	{ "VUY101010", encoding::yuv, true, false, false, 10, 1, 1, 0, 0,
	  0, { {
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_VUY101010", 0x30335556, 0 },
	  "only usable with AFBC modifiers: no linear layout" },
	{ "YUV420_8BIT", encoding::yuv, true, false, false, 8, 2, 2, 0, 0,
	  0, { {
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_YUV420_8BIT", 0x38305559, 0 },
	  "only usable with AFBC modifiers: no linear layout" },
	{ "YUV420_10BIT", encoding::yuv, true, false, false, 10, 2, 2, 0, 0,
	  0, { {
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_YUV420_10BIT", 0x30315559, 0 },
	  "only usable with AFBC modifiers: no linear layout" },
	{ "NV12", encoding::yuv, false, false, false, 8, 2, 2, 0, 0,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  2, { {
		{ "V4L2_PIX_FMT_NV12", 0x3231564e, 1 },
		{ "V4L2_PIX_FMT_NV12M", 0x32314d4e, 2 },
	  } },
	  true, { "DRM_FORMAT_NV12", 0x3231564e, 0 },
	  "" },
	{ "NV21", encoding::yuv, false, false, false, 8, 2, 2, 0, 0,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  2, { {
		{ "V4L2_PIX_FMT_NV21", 0x3132564e, 1 },
		{ "V4L2_PIX_FMT_NV21M", 0x31324d4e, 2 },
	  } },
	  true, { "DRM_FORMAT_NV21", 0x3132564e, 0 },
	  "" },
	{ "NV16", encoding::yuv, false, false, false, 8, 2, 1, 0, 0,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 1 },
	  } },
	  2, { {
		{ "V4L2_PIX_FMT_NV16", 0x3631564e, 1 },
		{ "V4L2_PIX_FMT_NV16M", 0x36314d4e, 2 },
	  } },
	  true, { "DRM_FORMAT_NV16", 0x3631564e, 0 },
	  "" },
	{ "NV61", encoding::yuv, false, false, false, 8, 2, 1, 0, 0,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 1 },
	  } },
	  2, { {
		{ "V4L2_PIX_FMT_NV61", 0x3136564e, 1 },
		{ "V4L2_PIX_FMT_NV61M", 0x31364d4e, 2 },
	  } },
	  true, { "DRM_FORMAT_NV61", 0x3136564e, 0 },
	  "" },
	{ "NV24", encoding::yuv, false, false, false, 8, 1, 1, 0, 0,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_NV24", 0x3432564e, 1 },
	  } },
	  true, { "DRM_FORMAT_NV24", 0x3432564e, 0 },
	  "" },
	{ "NV42", encoding::yuv, false, false, false, 8, 1, 1, 0, 0,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_NV42", 0x3234564e, 1 },
	  } },
	  true, { "DRM_FORMAT_NV42", 0x3234564e, 0 },
	  "" },
	{ "NV15", encoding::yuv, false, false, false, 10, 2, 2, 0, 0,
	  2, { {
		{ 5, 4, 1, 1, 1, 1, 1 },
		{ 5, 2, 1, 1, 1, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_NV15", 0x3531564e, 1 },
	  } },
	  true, { "DRM_FORMAT_NV15", 0x3531564e, 0 },
	  "" },
	{ "NV20", encoding::yuv, false, false, false, 10, 2, 1, 0, 0,
	  2, { {
		{ 5, 4, 1, 1, 1, 1, 1 },
		{ 5, 2, 1, 1, 1, 2, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_NV20", 0x3032564e, 1 },
	  } },
	  true, { "DRM_FORMAT_NV20", 0x3032564e, 0 },
	  "" },
	{ "NV30", encoding::yuv, false, false, false, 10, 1, 1, 0, 0,
	  2, { {
		{ 5, 4, 1, 1, 1, 1, 1 },
		{ 5, 2, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_NV30", 0x3033564e, 0 },
	  "" },
	{ "P010", encoding::yuv, false, false, false, 10, 2, 2, 0, 0,
	  2, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 4, 1, 1, 1, 1, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_P010", 0x30313050, 1 },
	  } },
	  true, { "DRM_FORMAT_P010", 0x30313050, 0 },
	  "" },
	{ "P012", encoding::yuv, false, false, false, 12, 2, 2, 0, 0,
	  2, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 4, 1, 1, 1, 1, 2, 2 },
	  } },
	  2, { {
		{ "V4L2_PIX_FMT_P012", 0x32313050, 1 },
		{ "V4L2_PIX_FMT_P012M", 0x32314d50, 2 },
	  } },
	  true, { "DRM_FORMAT_P012", 0x32313050, 0 },
	  "" },
	{ "P016", encoding::yuv, false, false, false, 16, 2, 2, 0, 0,
	  2, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 4, 1, 1, 1, 1, 2, 2 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_P016", 0x36313050, 0 },
	  "" },
	{ "P210", encoding::yuv, false, false, false, 10, 2, 1, 0, 0,
	  2, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 4, 1, 1, 1, 1, 2, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_P210", 0x30313250, 0 },
	  "" },
	{ "P030", encoding::yuv, false, false, false, 10, 2, 2, 0, 0,
	  2, { {
		{ 4, 3, 1, 1, 1, 1, 1 },
		{ 8, 3, 1, 1, 1, 2, 2 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_P030", 0x30333050, 0 },
	  "" },
	{ "YUV410", encoding::yuv, false, false, false, 8, 4, 4, 0, 0,
	  3, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 4, 4 },
		{ 1, 1, 1, 1, 1, 4, 4 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUV410", 0x39565559, 1 },
	  } },
	  true, { "DRM_FORMAT_YUV410", 0x39565559, 0 },
	  "" },
	{ "YVU410", encoding::yuv, false, false, false, 8, 4, 4, 0, 0,
	  3, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 4, 4 },
		{ 1, 1, 1, 1, 1, 4, 4 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YVU410", 0x39555659, 1 },
	  } },
	  true, { "DRM_FORMAT_YVU410", 0x39555659, 0 },
	  "" },
	{ "YUV411", encoding::yuv, false, false, false, 8, 4, 1, 0, 0,
	  3, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 4, 1 },
		{ 1, 1, 1, 1, 1, 4, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUV411P", 0x50313134, 1 },
	  } },
	  true, { "DRM_FORMAT_YUV411", 0x31315559, 0 },
	  "" },
	{ "YVU411", encoding::yuv, false, false, false, 8, 4, 1, 0, 0,
	  3, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 4, 1 },
		{ 1, 1, 1, 1, 1, 4, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_YVU411", 0x31315659, 0 },
	  "" },
	{ "YUV420", encoding::yuv, false, false, false, 8, 2, 2, 0, 0,
	  3, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 2, 2 },
		{ 1, 1, 1, 1, 1, 2, 2 },
	  } },
	  2, { {
		{ "V4L2_PIX_FMT_YUV420", 0x32315559, 1 },
		{ "V4L2_PIX_FMT_YUV420M", 0x32314d59, 3 },
	  } },
	  true, { "DRM_FORMAT_YUV420", 0x32315559, 0 },
	  "" },
	{ "YVU420", encoding::yuv, false, false, false, 8, 2, 2, 0, 0,
	  3, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 2, 2 },
		{ 1, 1, 1, 1, 1, 2, 2 },
	  } },
	  2, { {
		{ "V4L2_PIX_FMT_YVU420", 0x32315659, 1 },
		{ "V4L2_PIX_FMT_YVU420M", 0x31324d59, 3 },
	  } },
	  true, { "DRM_FORMAT_YVU420", 0x32315659, 0 },
	  "" },
	{ "YUV422", encoding::yuv, false, false, false, 8, 2, 1, 0, 0,
	  3, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 2, 1 },
		{ 1, 1, 1, 1, 1, 2, 1 },
	  } },
	  2, { {
		{ "V4L2_PIX_FMT_YUV422P", 0x50323234, 1 },
		{ "V4L2_PIX_FMT_YUV422M", 0x36314d59, 3 },
	  } },
	  true, { "DRM_FORMAT_YUV422", 0x36315559, 0 },
	  "" },
	{ "YVU422", encoding::yuv, false, false, false, 8, 2, 1, 0, 0,
	  3, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 2, 1 },
		{ 1, 1, 1, 1, 1, 2, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YVU422M", 0x31364d59, 3 },
	  } },
	  true, { "DRM_FORMAT_YVU422", 0x36315659, 0 },
	  "" },
	{ "YUV444", encoding::yuv, false, false, false, 8, 1, 1, 0, 0,
	  3, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YUV444M", 0x34324d59, 3 },
	  } },
	  true, { "DRM_FORMAT_YUV444", 0x34325559, 0 },
	  "" },
	{ "YVU444", encoding::yuv, false, false, false, 8, 1, 1, 0, 0,
	  3, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_YVU444M", 0x32344d59, 3 },
	  } },
	  true, { "DRM_FORMAT_YVU444", 0x34325659, 0 },
	  "" },
	{ "Q410", encoding::yuv, false, false, false, 10, 1, 1, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_Q410", 0x30313451, 0 },
	  "" },
	{ "Q401", encoding::yuv, false, false, false, 10, 1, 1, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_Q401", 0x31303451, 0 },
	  "" },
	{ "S010", encoding::yuv, false, false, false, 10, 2, 2, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_S010", 0x30313053, 0 },
	  "" },
	{ "S210", encoding::yuv, false, false, false, 10, 2, 1, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 1 },
		{ 2, 1, 1, 1, 1, 2, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_S210", 0x30313253, 0 },
	  "" },
	{ "S410", encoding::yuv, false, false, false, 10, 1, 1, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_S410", 0x30313453, 0 },
	  "" },
	{ "S012", encoding::yuv, false, false, false, 12, 2, 2, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_S012", 0x32313053, 0 },
	  "" },
	{ "S212", encoding::yuv, false, false, false, 12, 2, 1, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 1 },
		{ 2, 1, 1, 1, 1, 2, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_S212", 0x32313253, 0 },
	  "" },
	{ "S412", encoding::yuv, false, false, false, 12, 1, 1, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_S412", 0x32313453, 0 },
	  "" },
	{ "S016", encoding::yuv, false, false, false, 16, 2, 2, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_S016", 0x36313053, 0 },
	  "" },
	{ "S216", encoding::yuv, false, false, false, 16, 2, 1, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 1 },
		{ 2, 1, 1, 1, 1, 2, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_S216", 0x36313253, 0 },
	  "" },
	{ "S416", encoding::yuv, false, false, false, 16, 1, 1, 0, 0,
	  3, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  0, { {
	  } },
	  true, { "DRM_FORMAT_S416", 0x36313453, 0 },
	  "" },
	{ "NV12_4L4", encoding::yuv, false, false, false, 8, 2, 2, 4, 4,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_NV12_4L4", 0x32315456, 1 },
	  } },
	  false, {},
	  "" },
	{ "NV12_16L16", encoding::yuv, false, false, false, 8, 2, 2, 16, 16,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_NV12_16L16", 0x32314d48, 1 },
	  } },
	  false, {},
	  "" },
	{ "NV12_32L32", encoding::yuv, false, false, false, 8, 2, 2, 32, 32,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_NV12_32L32", 0x32315453, 1 },
	  } },
	  false, {},
	  "" },
	{ "NV15_4L4", encoding::yuv, false, false, false, 10, 2, 2, 4, 4,
	  2, { {
		{ 5, 4, 1, 4, 1, 1, 1 },
		{ 5, 2, 1, 2, 1, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_NV15_4L4", 0x35315456, 1 },
	  } },
	  false, {},
	  "" },
	{ "P010_4L4", encoding::yuv, false, false, false, 10, 2, 2, 4, 4,
	  2, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
		{ 4, 1, 1, 1, 1, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_P010_4L4", 0x30313054, 1 },
	  } },
	  false, {},
	  "" },
	{ "NV12_8L128", encoding::yuv, false, false, false, 8, 2, 2, 8, 128,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  2, { {
		{ "V4L2_PIX_FMT_NV12_8L128", 0x32315441, 1 },
		{ "V4L2_PIX_FMT_NV12M_8L128", 0x3231414e, 2 },
	  } },
	  false, {},
	  "" },
	{ "NV12_10BE_8L128", encoding::yuv, false, false, true, 10, 2, 2, 8, 128,
	  2, { {
		{ 5, 4, 1, 1, 1, 1, 1 },
		{ 5, 2, 1, 1, 1, 2, 2 },
	  } },
	  2, { {
		{ "V4L2_PIX_FMT_NV12_10BE_8L128", 0xb2315841, 1 },
		{ "V4L2_PIX_FMT_NV12M_10BE_8L128", 0xb231544e, 2 },
	  } },
	  false, {},
	  "10-bit samples packed big-endian" },
	{ "NV12MT", encoding::yuv, false, false, false, 8, 2, 2, 64, 32,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_NV12MT", 0x32314d54, 2 },
	  } },
	  false, {},
	  "" },
	{ "NV12MT_16X16", encoding::yuv, false, false, false, 8, 2, 2, 16, 16,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_NV12MT_16X16", 0x32314d56, 2 },
	  } },
	  false, {},
	  "" },
	{ "MM21", encoding::yuv, false, false, false, 8, 2, 2, 16, 32,
	  2, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
		{ 2, 1, 1, 1, 1, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MM21", 0x31324d4d, 2 },
	  } },
	  false, {},
	  "" },
	{ "MT2110T", encoding::yuv, false, false, false, 10, 2, 2, 16, 32,
	  2, { {
		{ 5, 4, 1, 16, 32, 1, 1 },
		{ 5, 2, 1, 8, 16, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MT2110T", 0x5432544d, 2 },
	  } },
	  false, {},
	  "10-bit tile mode" },
	{ "MT2110R", encoding::yuv, false, false, false, 10, 2, 2, 16, 32,
	  2, { {
		{ 5, 4, 1, 16, 32, 1, 1 },
		{ 5, 2, 1, 8, 16, 2, 2 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MT2110R", 0x5232544d, 2 },
	  } },
	  false, {},
	  "10-bit raster mode" },
	{ "SBGGR8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SBGGR8", 0x31384142, 1 },
	  } },
	  false, {},
	  "" },
	{ "SBGGR10", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SBGGR10", 0x30314742, 1 },
	  } },
	  false, {},
	  "" },
	{ "SBGGR10P", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 5, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SBGGR10P", 0x41414270, 1 },
	  } },
	  false, {},
	  "" },
	{ "SBGGR10ALAW8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SBGGR10ALAW8", 0x38414261, 1 },
	  } },
	  false, {},
	  "10-bit samples A-law compressed to 8 bits" },
	{ "SBGGR10DPCM8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SBGGR10DPCM8", 0x38414262, 1 },
	  } },
	  false, {},
	  "10-bit samples DPCM compressed to 8 bits" },
	{ "SBGGR12", encoding::bayer, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SBGGR12", 0x32314742, 1 },
	  } },
	  false, {},
	  "" },
	{ "SBGGR12P", encoding::bayer, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 3, 2, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SBGGR12P", 0x43434270, 1 },
	  } },
	  false, {},
	  "" },
	{ "SBGGR14", encoding::bayer, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SBGGR14", 0x34314742, 1 },
	  } },
	  false, {},
	  "" },
	{ "SBGGR14P", encoding::bayer, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 7, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SBGGR14P", 0x45454270, 1 },
	  } },
	  false, {},
	  "" },
	{ "SBGGR16", encoding::bayer, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SBGGR16", 0x32525942, 1 },
	  } },
	  false, {},
	  "" },
	{ "IPU3_SBGGR10", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 32, 25, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_IPU3_SBGGR10", 0x62337069, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGBRG8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGBRG8", 0x47524247, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGBRG10", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGBRG10", 0x30314247, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGBRG10P", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 5, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGBRG10P", 0x41414770, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGBRG10ALAW8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGBRG10ALAW8", 0x38414761, 1 },
	  } },
	  false, {},
	  "10-bit samples A-law compressed to 8 bits" },
	{ "SGBRG10DPCM8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGBRG10DPCM8", 0x38414762, 1 },
	  } },
	  false, {},
	  "10-bit samples DPCM compressed to 8 bits" },
	{ "SGBRG12", encoding::bayer, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGBRG12", 0x32314247, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGBRG12P", encoding::bayer, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 3, 2, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGBRG12P", 0x43434770, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGBRG14", encoding::bayer, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGBRG14", 0x34314247, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGBRG14P", encoding::bayer, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 7, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGBRG14P", 0x45454770, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGBRG16", encoding::bayer, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGBRG16", 0x36314247, 1 },
	  } },
	  false, {},
	  "" },
	{ "IPU3_SGBRG10", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 32, 25, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_IPU3_SGBRG10", 0x67337069, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGRBG8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGRBG8", 0x47425247, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGRBG10", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGRBG10", 0x30314142, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGRBG10P", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 5, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGRBG10P", 0x41416770, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGRBG10ALAW8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGRBG10ALAW8", 0x38416761, 1 },
	  } },
	  false, {},
	  "10-bit samples A-law compressed to 8 bits" },
	{ "SGRBG10DPCM8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGRBG10DPCM8", 0x30314442, 1 },
	  } },
	  false, {},
	  "10-bit samples DPCM compressed to 8 bits" },
	{ "SGRBG12", encoding::bayer, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGRBG12", 0x32314142, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGRBG12P", encoding::bayer, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 3, 2, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGRBG12P", 0x43436770, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGRBG14", encoding::bayer, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGRBG14", 0x34315247, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGRBG14P", encoding::bayer, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 7, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGRBG14P", 0x45456770, 1 },
	  } },
	  false, {},
	  "" },
	{ "SGRBG16", encoding::bayer, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SGRBG16", 0x36315247, 1 },
	  } },
	  false, {},
	  "" },
	{ "IPU3_SGRBG10", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 32, 25, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_IPU3_SGRBG10", 0x47337069, 1 },
	  } },
	  false, {},
	  "" },
	{ "SRGGB8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SRGGB8", 0x42474752, 1 },
	  } },
	  false, {},
	  "" },
	{ "SRGGB10", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SRGGB10", 0x30314752, 1 },
	  } },
	  false, {},
	  "" },
	{ "SRGGB10P", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 5, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SRGGB10P", 0x41415270, 1 },
	  } },
	  false, {},
	  "" },
	{ "SRGGB10ALAW8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SRGGB10ALAW8", 0x38415261, 1 },
	  } },
	  false, {},
	  "10-bit samples A-law compressed to 8 bits" },
	{ "SRGGB10DPCM8", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SRGGB10DPCM8", 0x38415262, 1 },
	  } },
	  false, {},
	  "10-bit samples DPCM compressed to 8 bits" },
	{ "SRGGB12", encoding::bayer, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SRGGB12", 0x32314752, 1 },
	  } },
	  false, {},
	  "" },
	{ "SRGGB12P", encoding::bayer, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 3, 2, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SRGGB12P", 0x43435270, 1 },
	  } },
	  false, {},
	  "" },
	{ "SRGGB14", encoding::bayer, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SRGGB14", 0x34314752, 1 },
	  } },
	  false, {},
	  "" },
	{ "SRGGB14P", encoding::bayer, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 7, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SRGGB14P", 0x45455270, 1 },
	  } },
	  false, {},
	  "" },
	{ "SRGGB16", encoding::bayer, false, false, false, 16, 1, 1, 0, 0,
	  1, { {
		{ 2, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SRGGB16", 0x36314752, 1 },
	  } },
	  false, {},
	  "" },
	{ "IPU3_SRGGB10", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 32, 25, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_IPU3_SRGGB10", 0x72337069, 1 },
	  } },
	  false, {},
	  "" },
	{ "PISP_COMP1_BGGR", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PISP_COMP1_BGGR", 0x42314350, 1 },
	  } },
	  false, {},
	  "fixed-rate compressed to 8 bits per pixel" },
	{ "PISP_COMP1_GBRG", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PISP_COMP1_GBRG", 0x67314350, 1 },
	  } },
	  false, {},
	  "fixed-rate compressed to 8 bits per pixel" },
	{ "PISP_COMP1_GRBG", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PISP_COMP1_GRBG", 0x47314350, 1 },
	  } },
	  false, {},
	  "fixed-rate compressed to 8 bits per pixel" },
	{ "PISP_COMP1_RGGB", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PISP_COMP1_RGGB", 0x52314350, 1 },
	  } },
	  false, {},
	  "fixed-rate compressed to 8 bits per pixel" },
	{ "PISP_COMP1_MONO", encoding::grey, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PISP_COMP1_MONO", 0x4d314350, 1 },
	  } },
	  false, {},
	  "fixed-rate compressed to 8 bits per pixel" },
	{ "PISP_COMP2_BGGR", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PISP_COMP2_BGGR", 0x42324350, 1 },
	  } },
	  false, {},
	  "fixed-rate compressed to 8 bits per pixel" },
	{ "PISP_COMP2_GBRG", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PISP_COMP2_GBRG", 0x67324350, 1 },
	  } },
	  false, {},
	  "fixed-rate compressed to 8 bits per pixel" },
	{ "PISP_COMP2_GRBG", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PISP_COMP2_GRBG", 0x47324350, 1 },
	  } },
	  false, {},
	  "fixed-rate compressed to 8 bits per pixel" },
	{ "PISP_COMP2_RGGB", encoding::bayer, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PISP_COMP2_RGGB", 0x52324350, 1 },
	  } },
	  false, {},
	  "fixed-rate compressed to 8 bits per pixel" },
	{ "PISP_COMP2_MONO", encoding::grey, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 1, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PISP_COMP2_MONO", 0x4d324350, 1 },
	  } },
	  false, {},
	  "fixed-rate compressed to 8 bits per pixel" },
	{ "RAW_CRU10", encoding::bayer, false, false, false, 10, 1, 1, 0, 0,
	  1, { {
		{ 8, 6, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RAW_CRU10", 0x30315243, 1 },
	  } },
	  false, {},
	  "" },
	{ "RAW_CRU12", encoding::bayer, false, false, false, 12, 1, 1, 0, 0,
	  1, { {
		{ 8, 5, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RAW_CRU12", 0x32315243, 1 },
	  } },
	  false, {},
	  "" },
	{ "RAW_CRU14", encoding::bayer, false, false, false, 14, 1, 1, 0, 0,
	  1, { {
		{ 8, 4, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RAW_CRU14", 0x34315243, 1 },
	  } },
	  false, {},
	  "" },
	{ "RAW_CRU20", encoding::bayer, false, false, false, 20, 1, 1, 0, 0,
	  1, { {
		{ 8, 3, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RAW_CRU20", 0x30325243, 1 },
	  } },
	  false, {},
	  "" },
	{ "HSV24", encoding::hsv, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 3, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_HSV24", 0x33565348, 1 },
	  } },
	  false, {},
	  "" },
	{ "HSV32", encoding::hsv, false, false, false, 8, 1, 1, 0, 0,
	  1, { {
		{ 4, 1, 1, 1, 1, 1, 1 },
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_HSV32", 0x34565348, 1 },
	  } },
	  false, {},
	  "" },
	{ "MJPEG", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MJPEG", 0x47504a4d, 1 },
	  } },
	  false, {},
	  "" },
	{ "JPEG", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_JPEG", 0x4745504a, 1 },
	  } },
	  false, {},
	  "" },
	{ "DV", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_DV", 0x64737664, 1 },
	  } },
	  false, {},
	  "" },
	{ "MPEG", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MPEG", 0x4745504d, 1 },
	  } },
	  false, {},
	  "" },
	{ "H264", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_H264", 0x34363248, 1 },
	  } },
	  false, {},
	  "" },
	{ "H264_NO_SC", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_H264_NO_SC", 0x31435641, 1 },
	  } },
	  false, {},
	  "" },
	{ "H264_MVC", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_H264_MVC", 0x3436324d, 1 },
	  } },
	  false, {},
	  "" },
	{ "H263", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_H263", 0x33363248, 1 },
	  } },
	  false, {},
	  "" },
	{ "MPEG1", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MPEG1", 0x3147504d, 1 },
	  } },
	  false, {},
	  "" },
	{ "MPEG2", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MPEG2", 0x3247504d, 1 },
	  } },
	  false, {},
	  "" },
	{ "MPEG2_SLICE", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MPEG2_SLICE", 0x5332474d, 1 },
	  } },
	  false, {},
	  "" },
	{ "MPEG4", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MPEG4", 0x3447504d, 1 },
	  } },
	  false, {},
	  "" },
	{ "XVID", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_XVID", 0x44495658, 1 },
	  } },
	  false, {},
	  "" },
	{ "VC1_ANNEX_G", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_VC1_ANNEX_G", 0x47314356, 1 },
	  } },
	  false, {},
	  "" },
	{ "VC1_ANNEX_L", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_VC1_ANNEX_L", 0x4c314356, 1 },
	  } },
	  false, {},
	  "" },
	{ "VP8", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_VP8", 0x30385056, 1 },
	  } },
	  false, {},
	  "" },
	{ "VP8_FRAME", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_VP8_FRAME", 0x46385056, 1 },
	  } },
	  false, {},
	  "" },
	{ "VP9", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_VP9", 0x30395056, 1 },
	  } },
	  false, {},
	  "" },
	{ "VP9_FRAME", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_VP9_FRAME", 0x46395056, 1 },
	  } },
	  false, {},
	  "" },
	{ "HEVC", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_HEVC", 0x43564548, 1 },
	  } },
	  false, {},
	  "" },
	{ "FWHT", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_FWHT", 0x54485746, 1 },
	  } },
	  false, {},
	  "" },
	{ "FWHT_STATELESS", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_FWHT_STATELESS", 0x48574653, 1 },
	  } },
	  false, {},
	  "" },
	{ "H264_SLICE", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_H264_SLICE", 0x34363253, 1 },
	  } },
	  false, {},
	  "" },
	{ "HEVC_SLICE", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_HEVC_SLICE", 0x35363253, 1 },
	  } },
	  false, {},
	  "" },
	{ "AV1_FRAME", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_AV1_FRAME", 0x46315641, 1 },
	  } },
	  false, {},
	  "" },
	{ "AV1", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_AV1", 0x31305641, 1 },
	  } },
	  false, {},
	  "" },
	{ "SPK", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SPK", 0x304b5053, 1 },
	  } },
	  false, {},
	  "" },
	{ "RV30", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RV30", 0x30335652, 1 },
	  } },
	  false, {},
	  "" },
	{ "RV40", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_RV40", 0x30345652, 1 },
	  } },
	  false, {},
	  "" },
	{ "CPIA1", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_CPIA1", 0x41495043, 1 },
	  } },
	  false, {},
	  "" },
	{ "WNVA", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_WNVA", 0x41564e57, 1 },
	  } },
	  false, {},
	  "" },
	{ "SN9C10X", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SN9C10X", 0x30313953, 1 },
	  } },
	  false, {},
	  "" },
	{ "PWC1", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PWC1", 0x31435750, 1 },
	  } },
	  false, {},
	  "" },
	{ "PWC2", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PWC2", 0x32435750, 1 },
	  } },
	  false, {},
	  "" },
	{ "ET61X251", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_ET61X251", 0x35323645, 1 },
	  } },
	  false, {},
	  "" },
	{ "SPCA561", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SPCA561", 0x31363553, 1 },
	  } },
	  false, {},
	  "" },
	{ "PAC207", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PAC207", 0x37303250, 1 },
	  } },
	  false, {},
	  "" },
	{ "MR97310A", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MR97310A", 0x3031334d, 1 },
	  } },
	  false, {},
	  "" },
	{ "JL2005BCD", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_JL2005BCD", 0x30324c4a, 1 },
	  } },
	  false, {},
	  "" },
	{ "SN9C2028", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SN9C2028", 0x584e4f53, 1 },
	  } },
	  false, {},
	  "" },
	{ "SQ905C", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SQ905C", 0x43353039, 1 },
	  } },
	  false, {},
	  "" },
	{ "PJPG", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_PJPG", 0x47504a50, 1 },
	  } },
	  false, {},
	  "" },
	{ "OV511", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_OV511", 0x3131354f, 1 },
	  } },
	  false, {},
	  "" },
	{ "OV518", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_OV518", 0x3831354f, 1 },
	  } },
	  false, {},
	  "" },
	{ "JPGL", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_JPGL", 0x4c47504a, 1 },
	  } },
	  false, {},
	  "" },
	{ "SE401", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SE401", 0x31303453, 1 },
	  } },
	  false, {},
	  "" },
	{ "S5C_UYVY_JPG", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_S5C_UYVY_JPG", 0x49433553, 1 },
	  } },
	  false, {},
	  "" },
	{ "MT21C", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_MT21C", 0x3132544d, 1 },
	  } },
	  false, {},
	  "" },
	{ "QC08C", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_QC08C", 0x43383051, 1 },
	  } },
	  false, {},
	  "" },
	{ "QC10C", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_QC10C", 0x43303151, 1 },
	  } },
	  false, {},
	  "" },
	{ "AJPG", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_AJPG", 0x47504a41, 1 },
	  } },
	  false, {},
	  "" },
	{ "HEXTILE", encoding::compressed, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_HEXTILE", 0x4c545848, 1 },
	  } },
	  false, {},
	  "" },
	{ "SN9C20X_I420", encoding::opaque, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SN9C20X_I420", 0x30323953, 1 },
	  } },
	  false, {},
	  "SN9C20x 4:2:0 in a vendor block order" },
	{ "SPCA501", encoding::opaque, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SPCA501", 0x31303553, 1 },
	  } },
	  false, {},
	  "lines of Y, U, Y, V in a vendor order" },
	{ "SPCA505", encoding::opaque, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SPCA505", 0x35303553, 1 },
	  } },
	  false, {},
	  "lines of Y, Y, U, V in a vendor order" },
	{ "SPCA508", encoding::opaque, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_SPCA508", 0x38303553, 1 },
	  } },
	  false, {},
	  "lines of Y, U, V, Y in a vendor order" },
	{ "STV0680", encoding::opaque, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_STV0680", 0x30383653, 1 },
	  } },
	  false, {},
	  "vendor Bayer frame layout" },
	{ "TM6000", encoding::opaque, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_TM6000", 0x30364d54, 1 },
	  } },
	  false, {},
	  "vendor frame layout" },
	{ "CIT_YYVYUY", encoding::opaque, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_CIT_YYVYUY", 0x56544943, 1 },
	  } },
	  false, {},
	  "one line of Y then one line of VYUY" },
	{ "KONICA420", encoding::opaque, true, false, false, 0, 1, 1, 0, 0,
	  0, { {
	  } },
	  1, { {
		{ "V4L2_PIX_FMT_KONICA420", 0x494e4f4b, 1 },
	  } },
	  false, {},
	  "YUV 4:2:0 in vendor blocks of 256 pixels" },
} };

// Index of formats sorted by code, for binary search: {code, format index, v4l2 slot}.
struct code_index {
	std::uint32_t code;
	std::uint16_t format;
	std::uint8_t slot;
};

inline constexpr std::array<code_index, 250> v4l2_by_code{ {
	{ 0x20303159, 87, 0 },
	{ 0x20323159, 88, 0 },
	{ 0x20343059, 94, 0 },
	{ 0x20343159, 97, 0 },
	{ 0x20363059, 95, 0 },
	{ 0x20363159, 89, 0 },
	{ 0x2036315a, 107, 0 },
	{ 0x20385655, 111, 0 },
	{ 0x20493859, 104, 0 },
	{ 0x30313050, 156, 0 },
	{ 0x30313054, 186, 0 },
	{ 0x30313259, 131, 0 },
	{ 0x3031334d, 291, 0 },
	{ 0x30313953, 285, 0 },
	{ 0x30314142, 217, 0 },
	{ 0x30314247, 206, 0 },
	{ 0x30314442, 220, 0 },
	{ 0x30314742, 195, 0 },
	{ 0x30314752, 228, 0 },
	{ 0x30315243, 248, 0 },
	{ 0x3032344d, 129, 0 },
	{ 0x30323953, 306, 0 },
	{ 0x30324c4a, 292, 0 },
	{ 0x30325243, 251, 0 },
	{ 0x3032564e, 154, 0 },
	{ 0x30334152, 45, 0 },
	{ 0x30335241, 46, 0 },
	{ 0x30335652, 281, 0 },
	{ 0x30335852, 44, 0 },
	{ 0x30345652, 282, 0 },
	{ 0x30364d54, 311, 0 },
	{ 0x30383653, 310, 0 },
	{ 0x30385056, 269, 0 },
	{ 0x30395056, 271, 0 },
	{ 0x304b5053, 280, 0 },
	{ 0x31303453, 299, 0 },
	{ 0x31303553, 307, 0 },
	{ 0x31305641, 279, 0 },
	{ 0x3131354f, 296, 0 },
	{ 0x31324d4d, 191, 0 },
	{ 0x31324d4e, 148, 1 },
	{ 0x31324d59, 166, 1 },
	{ 0x3132544d, 301, 0 },
	{ 0x3132564e, 148, 0 },
	{ 0x31363553, 289, 0 },
	{ 0x31364d4e, 150, 1 },
	{ 0x31364d59, 168, 0 },
	{ 0x3136564e, 150, 0 },
	{ 0x31384142, 194, 0 },
	{ 0x31424752, 0, 0 },
	{ 0x31435641, 259, 0 },
	{ 0x31435750, 286, 0 },
	{ 0x3147504d, 262, 0 },
	{ 0x32313050, 157, 0 },
	{ 0x32313059, 96, 0 },
	{ 0x32313259, 132, 0 },
	{ 0x32313342, 55, 0 },
	{ 0x32313359, 130, 0 },
	{ 0x32313442, 58, 0 },
	{ 0x32314142, 221, 0 },
	{ 0x32314147, 9, 0 },
	{ 0x3231414e, 187, 1 },
	{ 0x32314152, 5, 0 },
	{ 0x32314241, 7, 0 },
	{ 0x32314247, 210, 0 },
	{ 0x32314258, 8, 0 },
	{ 0x32314742, 199, 0 },
	{ 0x32314752, 232, 0 },
	{ 0x32314d48, 183, 0 },
	{ 0x32314d4e, 147, 1 },
	{ 0x32314d50, 157, 1 },
	{ 0x32314d54, 189, 0 },
	{ 0x32314d56, 190, 0 },
	{ 0x32314d59, 165, 1 },
	{ 0x32315241, 3, 0 },
	{ 0x32315243, 249, 0 },
	{ 0x32315258, 4, 0 },
	{ 0x32315441, 187, 0 },
	{ 0x32315453, 184, 0 },
	{ 0x32315456, 182, 0 },
	{ 0x32315559, 165, 0 },
	{ 0x3231564e, 147, 0 },
	{ 0x32315659, 166, 0 },
	{ 0x32315842, 10, 0 },
	{ 0x32315852, 6, 0 },
	{ 0x32344d59, 170, 0 },
	{ 0x3234564e, 152, 0 },
	{ 0x32435750, 287, 0 },
	{ 0x3247504d, 263, 0 },
	{ 0x32525942, 203, 0 },
	{ 0x33363248, 261, 0 },
	{ 0x33424752, 28, 0 },
	{ 0x33524742, 27, 0 },
	{ 0x33565348, 252, 0 },
	{ 0x33565559, 121, 0 },
	{ 0x34314247, 212, 0 },
	{ 0x34314742, 201, 0 },
	{ 0x34314752, 234, 0 },
	{ 0x34315243, 250, 0 },
	{ 0x34315247, 223, 0 },
	{ 0x34324142, 37, 0 },
	{ 0x34324152, 33, 0 },
	{ 0x34324241, 35, 0 },
	{ 0x34324258, 36, 0 },
	{ 0x34324948, 110, 0 },
	{ 0x34324d59, 169, 0 },
	{ 0x34325241, 31, 0 },
	{ 0x34325258, 32, 0 },
	{ 0x3432564e, 151, 0 },
	{ 0x34325842, 38, 0 },
	{ 0x34325852, 34, 0 },
	{ 0x34343452, 2, 0 },
	{ 0x34343459, 118, 0 },
	{ 0x34363248, 258, 0 },
	{ 0x3436324d, 260, 0 },
	{ 0x34363253, 276, 0 },
	{ 0x34424752, 30, 0 },
	{ 0x34464e43, 109, 0 },
	{ 0x3447504d, 265, 0 },
	{ 0x34524742, 29, 0 },
	{ 0x34565348, 253, 0 },
	{ 0x34565559, 122, 0 },
	{ 0x35303553, 308, 0 },
	{ 0x35314142, 18, 0 },
	{ 0x35314152, 14, 0 },
	{ 0x35314241, 16, 0 },
	{ 0x35314258, 17, 0 },
	{ 0x35315241, 12, 0 },
	{ 0x35315258, 13, 0 },
	{ 0x35315456, 185, 0 },
	{ 0x3531564e, 153, 0 },
	{ 0x35315842, 19, 0 },
	{ 0x35315852, 15, 0 },
	{ 0x35323645, 288, 0 },
	{ 0x35363253, 277, 0 },
	{ 0x36313259, 133, 0 },
	{ 0x36314247, 214, 0 },
	{ 0x36314752, 236, 0 },
	{ 0x36314d4e, 149, 1 },
	{ 0x36314d59, 167, 1 },
	{ 0x36315247, 225, 0 },
	{ 0x3631564e, 149, 0 },
	{ 0x36424752, 57, 0 },
	{ 0x36524742, 56, 0 },
	{ 0x37303250, 290, 0 },
	{ 0x38303553, 309, 0 },
	{ 0x3831354f, 297, 0 },
	{ 0x38414261, 197, 0 },
	{ 0x38414262, 198, 0 },
	{ 0x38414761, 208, 0 },
	{ 0x38414762, 209, 0 },
	{ 0x38415261, 230, 0 },
	{ 0x38415262, 231, 0 },
	{ 0x38416761, 219, 0 },
	{ 0x384c4150, 85, 0 },
	{ 0x39555659, 162, 0 },
	{ 0x39565559, 161, 0 },
	{ 0x41414270, 196, 0 },
	{ 0x41414770, 207, 0 },
	{ 0x41415270, 229, 0 },
	{ 0x41416770, 218, 0 },
	{ 0x41495043, 283, 0 },
	{ 0x41564e57, 284, 0 },
	{ 0x41565559, 127, 0 },
	{ 0x41595556, 125, 0 },
	{ 0x42303159, 99, 0 },
	{ 0x42314350, 238, 0 },
	{ 0x42324350, 243, 0 },
	{ 0x42474752, 227, 0 },
	{ 0x43303151, 303, 0 },
	{ 0x43353039, 294, 0 },
	{ 0x43383051, 302, 0 },
	{ 0x43434270, 200, 0 },
	{ 0x43434770, 211, 0 },
	{ 0x43435270, 233, 0 },
	{ 0x43436770, 222, 0 },
	{ 0x43564548, 273, 0 },
	{ 0x44495658, 266, 0 },
	{ 0x45454270, 202, 0 },
	{ 0x45454770, 213, 0 },
	{ 0x45455270, 235, 0 },
	{ 0x45456770, 224, 0 },
	{ 0x46315641, 278, 0 },
	{ 0x46385056, 270, 0 },
	{ 0x46395056, 272, 0 },
	{ 0x47314350, 240, 0 },
	{ 0x47314356, 267, 0 },
	{ 0x47324350, 245, 0 },
	{ 0x47337069, 226, 0 },
	{ 0x47425247, 216, 0 },
	{ 0x4745504a, 255, 0 },
	{ 0x4745504d, 257, 0 },
	{ 0x47504a41, 304, 0 },
	{ 0x47504a4d, 254, 0 },
	{ 0x47504a50, 295, 0 },
	{ 0x47524247, 205, 0 },
	{ 0x48524742, 26, 0 },
	{ 0x48574653, 275, 0 },
	{ 0x49323159, 105, 0 },
	{ 0x49363159, 106, 0 },
	{ 0x49433553, 300, 0 },
	{ 0x494e4f4b, 313, 0 },
	{ 0x495a4e49, 108, 0 },
	{ 0x4c314356, 268, 0 },
	{ 0x4c47504a, 298, 0 },
	{ 0x4c545848, 305, 0 },
	{ 0x4d314350, 242, 0 },
	{ 0x4d324350, 247, 0 },
	{ 0x4f424752, 11, 0 },
	{ 0x4f565559, 119, 0 },
	{ 0x50303159, 100, 0 },
	{ 0x50313134, 163, 0 },
	{ 0x50313459, 117, 0 },
	{ 0x50323159, 102, 0 },
	{ 0x50323234, 167, 0 },
	{ 0x50343159, 103, 0 },
	{ 0x50424752, 20, 0 },
	{ 0x50565559, 120, 0 },
	{ 0x51424752, 22, 0 },
	{ 0x52314350, 241, 0 },
	{ 0x52324350, 246, 0 },
	{ 0x5232544d, 193, 0 },
	{ 0x52424752, 25, 0 },
	{ 0x5332474d, 264, 0 },
	{ 0x5432544d, 192, 0 },
	{ 0x54485746, 274, 0 },
	{ 0x55595659, 113, 0 },
	{ 0x56544943, 312, 0 },
	{ 0x56555941, 123, 0 },
	{ 0x56555958, 124, 0 },
	{ 0x56555959, 116, 0 },
	{ 0x56595559, 112, 0 },
	{ 0x584e4f53, 293, 0 },
	{ 0x58565559, 128, 0 },
	{ 0x58595556, 126, 0 },
	{ 0x59455247, 86, 0 },
	{ 0x59555956, 115, 0 },
	{ 0x59565955, 114, 0 },
	{ 0x62337069, 204, 0 },
	{ 0x64737664, 256, 0 },
	{ 0x67314350, 239, 0 },
	{ 0x67324350, 244, 0 },
	{ 0x67337069, 215, 0 },
	{ 0x72337069, 237, 0 },
	{ 0x79337069, 101, 0 },
	{ 0xa0363159, 98, 0 },
	{ 0xb231544e, 188, 1 },
	{ 0xb2315841, 188, 0 },
	{ 0xb5315241, 23, 0 },
	{ 0xb5315258, 24, 0 },
} };

inline constexpr std::array<code_index, 145> drm_by_code{ {
	{ 0x20203143, 77, 0 },
	{ 0x20203144, 76, 0 },
	{ 0x20203152, 75, 0 },
	{ 0x20203243, 80, 0 },
	{ 0x20203244, 79, 0 },
	{ 0x20203252, 78, 0 },
	{ 0x20203443, 83, 0 },
	{ 0x20203444, 82, 0 },
	{ 0x20203452, 81, 0 },
	{ 0x20203843, 85, 0 },
	{ 0x20203844, 84, 0 },
	{ 0x20203852, 86, 0 },
	{ 0x20303152, 87, 0 },
	{ 0x20323152, 88, 0 },
	{ 0x20363152, 89, 0 },
	{ 0x30313050, 156, 0 },
	{ 0x30313053, 173, 0 },
	{ 0x30313250, 159, 0 },
	{ 0x30313253, 174, 0 },
	{ 0x30313259, 131, 0 },
	{ 0x30313451, 171, 0 },
	{ 0x30313453, 175, 0 },
	{ 0x30313459, 134, 0 },
	{ 0x30314241, 67, 0 },
	{ 0x30315559, 146, 0 },
	{ 0x3032564e, 154, 0 },
	{ 0x30333050, 160, 0 },
	{ 0x30334142, 43, 0 },
	{ 0x30334152, 45, 0 },
	{ 0x30334241, 42, 0 },
	{ 0x30334258, 40, 0 },
	{ 0x30335241, 46, 0 },
	{ 0x30335258, 39, 0 },
	{ 0x30335556, 144, 0 },
	{ 0x3033564e, 155, 0 },
	{ 0x30335658, 137, 0 },
	{ 0x30335842, 41, 0 },
	{ 0x30335852, 44, 0 },
	{ 0x304c3058, 141, 0 },
	{ 0x304c3059, 140, 0 },
	{ 0x31303451, 172, 0 },
	{ 0x31315559, 163, 0 },
	{ 0x31315659, 164, 0 },
	{ 0x3132564e, 148, 0 },
	{ 0x3136564e, 150, 0 },
	{ 0x32313050, 157, 0 },
	{ 0x32313053, 176, 0 },
	{ 0x32313253, 177, 0 },
	{ 0x32313259, 132, 0 },
	{ 0x32313453, 178, 0 },
	{ 0x32313459, 135, 0 },
	{ 0x32314142, 9, 0 },
	{ 0x32314152, 5, 0 },
	{ 0x32314241, 7, 0 },
	{ 0x32314258, 8, 0 },
	{ 0x32315241, 3, 0 },
	{ 0x32315258, 4, 0 },
	{ 0x32315559, 165, 0 },
	{ 0x3231564e, 147, 0 },
	{ 0x32315659, 166, 0 },
	{ 0x32315842, 10, 0 },
	{ 0x32315852, 6, 0 },
	{ 0x32334752, 92, 0 },
	{ 0x32335247, 93, 0 },
	{ 0x3234564e, 152, 0 },
	{ 0x324c3058, 143, 0 },
	{ 0x324c3059, 142, 0 },
	{ 0x34324142, 37, 0 },
	{ 0x34324152, 33, 0 },
	{ 0x34324241, 35, 0 },
	{ 0x34324258, 36, 0 },
	{ 0x34324742, 28, 0 },
	{ 0x34324752, 27, 0 },
	{ 0x34325241, 31, 0 },
	{ 0x34325258, 32, 0 },
	{ 0x34325556, 121, 0 },
	{ 0x34325559, 169, 0 },
	{ 0x3432564e, 151, 0 },
	{ 0x34325659, 170, 0 },
	{ 0x34325842, 38, 0 },
	{ 0x34325852, 34, 0 },
	{ 0x35314142, 18, 0 },
	{ 0x35314152, 14, 0 },
	{ 0x35314241, 16, 0 },
	{ 0x35314258, 17, 0 },
	{ 0x35315241, 12, 0 },
	{ 0x35315258, 13, 0 },
	{ 0x3531564e, 153, 0 },
	{ 0x35315842, 19, 0 },
	{ 0x35315852, 15, 0 },
	{ 0x36313050, 158, 0 },
	{ 0x36313053, 179, 0 },
	{ 0x36313253, 180, 0 },
	{ 0x36313259, 133, 0 },
	{ 0x36313453, 181, 0 },
	{ 0x36313459, 136, 0 },
	{ 0x36314742, 21, 0 },
	{ 0x36314752, 20, 0 },
	{ 0x36315559, 167, 0 },
	{ 0x3631564e, 149, 0 },
	{ 0x36315659, 168, 0 },
	{ 0x36335658, 138, 0 },
	{ 0x38305559, 145, 0 },
	{ 0x38344241, 62, 0 },
	{ 0x38344258, 60, 0 },
	{ 0x38344742, 57, 0 },
	{ 0x38344752, 56, 0 },
	{ 0x38345241, 61, 0 },
	{ 0x38345258, 59, 0 },
	{ 0x38345658, 139, 0 },
	{ 0x38384752, 90, 0 },
	{ 0x38385247, 91, 0 },
	{ 0x38413542, 54, 0 },
	{ 0x38413552, 53, 0 },
	{ 0x38413842, 48, 0 },
	{ 0x38413852, 47, 0 },
	{ 0x38414258, 50, 0 },
	{ 0x38415258, 49, 0 },
	{ 0x38415842, 52, 0 },
	{ 0x38415852, 51, 0 },
	{ 0x38424752, 0, 0 },
	{ 0x38524742, 1, 0 },
	{ 0x39555659, 162, 0 },
	{ 0x39565559, 161, 0 },
	{ 0x46202052, 71, 0 },
	{ 0x46205247, 72, 0 },
	{ 0x46384241, 74, 0 },
	{ 0x46524742, 73, 0 },
	{ 0x48202052, 68, 0 },
	{ 0x48205247, 69, 0 },
	{ 0x48344241, 66, 0 },
	{ 0x48344258, 64, 0 },
	{ 0x48345241, 65, 0 },
	{ 0x48345258, 63, 0 },
	{ 0x48524742, 70, 0 },
	{ 0x55595659, 113, 0 },
	{ 0x56555941, 125, 0 },
	{ 0x56555958, 126, 0 },
	{ 0x56595559, 112, 0 },
	{ 0x59555641, 127, 0 },
	{ 0x59555658, 128, 0 },
	{ 0x59555956, 115, 0 },
	{ 0x59565955, 114, 0 },
	{ 0xb5315258, 24, 0 },
	{ 0xb6314752, 25, 0 },
} };

// Index of formats sorted by canonical name: {name, format index}.
struct name_index {
	std::string_view name;
	std::uint16_t format;
};

inline constexpr std::array<name_index, 314> by_name{ {
	{ "ABGR1555", 16 },
	{ "ABGR16161616", 62 },
	{ "ABGR16161616F", 66 },
	{ "ABGR2101010", 42 },
	{ "ABGR32323232F", 74 },
	{ "ABGR4444", 7 },
	{ "ABGR64_12", 58 },
	{ "ABGR8888", 35 },
	{ "AJPG", 304 },
	{ "ARGB1555", 12 },
	{ "ARGB16161616", 61 },
	{ "ARGB16161616F", 65 },
	{ "ARGB2101010", 46 },
	{ "ARGB4444", 3 },
	{ "ARGB555X", 23 },
	{ "ARGB8888", 31 },
	{ "AV1", 279 },
	{ "AV1_FRAME", 278 },
	{ "AVUY8888", 127 },
	{ "AXBXGXRX106106106106", 67 },
	{ "AYUV", 125 },
	{ "AYUV32", 123 },
	{ "BGR161616", 57 },
	{ "BGR161616F", 70 },
	{ "BGR233", 1 },
	{ "BGR32", 29 },
	{ "BGR323232F", 73 },
	{ "BGR48_12", 55 },
	{ "BGR565", 21 },
	{ "BGR565_A8", 54 },
	{ "BGR666", 26 },
	{ "BGR888", 28 },
	{ "BGR888_A8", 48 },
	{ "BGRA1010102", 43 },
	{ "BGRA4444", 9 },
	{ "BGRA5551", 18 },
	{ "BGRA8888", 37 },
	{ "BGRX1010102", 41 },
	{ "BGRX4444", 10 },
	{ "BGRX5551", 19 },
	{ "BGRX8888", 38 },
	{ "BGRX8888_A8", 52 },
	{ "C1", 77 },
	{ "C2", 80 },
	{ "C4", 83 },
	{ "C8", 85 },
	{ "CIT_YYVYUY", 312 },
	{ "CNF4", 109 },
	{ "CPIA1", 283 },
	{ "D1", 76 },
	{ "D2", 79 },
	{ "D4", 82 },
	{ "D8", 84 },
	{ "DV", 256 },
	{ "ET61X251", 288 },
	{ "FWHT", 274 },
	{ "FWHT_STATELESS", 275 },
	{ "GR1616", 93 },
	{ "GR1616F", 69 },
	{ "GR3232F", 72 },
	{ "GR88", 91 },
	{ "H263", 261 },
	{ "H264", 258 },
	{ "H264_MVC", 260 },
	{ "H264_NO_SC", 259 },
	{ "H264_SLICE", 276 },
	{ "HEVC", 273 },
	{ "HEVC_SLICE", 277 },
	{ "HEXTILE", 305 },
	{ "HI240", 110 },
	{ "HSV24", 252 },
	{ "HSV32", 253 },
	{ "INZI", 108 },
	{ "IPU3_SBGGR10", 204 },
	{ "IPU3_SGBRG10", 215 },
	{ "IPU3_SGRBG10", 226 },
	{ "IPU3_SRGGB10", 237 },
	{ "IPU3_Y10", 101 },
	{ "JL2005BCD", 292 },
	{ "JPEG", 255 },
	{ "JPGL", 298 },
	{ "KONICA420", 313 },
	{ "M420", 129 },
	{ "MJPEG", 254 },
	{ "MM21", 191 },
	{ "MPEG", 257 },
	{ "MPEG1", 262 },
	{ "MPEG2", 263 },
	{ "MPEG2_SLICE", 264 },
	{ "MPEG4", 265 },
	{ "MR97310A", 291 },
	{ "MT2110R", 193 },
	{ "MT2110T", 192 },
	{ "MT21C", 301 },
	{ "NV12", 147 },
	{ "NV12MT", 189 },
	{ "NV12MT_16X16", 190 },
	{ "NV12_10BE_8L128", 188 },
	{ "NV12_16L16", 183 },
	{ "NV12_32L32", 184 },
	{ "NV12_4L4", 182 },
	{ "NV12_8L128", 187 },
	{ "NV15", 153 },
	{ "NV15_4L4", 185 },
	{ "NV16", 149 },
	{ "NV20", 154 },
	{ "NV21", 148 },
	{ "NV24", 151 },
	{ "NV30", 155 },
	{ "NV42", 152 },
	{ "NV61", 150 },
	{ "OV511", 296 },
	{ "OV518", 297 },
	{ "P010", 156 },
	{ "P010_4L4", 186 },
	{ "P012", 157 },
	{ "P016", 158 },
	{ "P030", 160 },
	{ "P210", 159 },
	{ "PAC207", 290 },
	{ "PISP_COMP1_BGGR", 238 },
	{ "PISP_COMP1_GBRG", 239 },
	{ "PISP_COMP1_GRBG", 240 },
	{ "PISP_COMP1_MONO", 242 },
	{ "PISP_COMP1_RGGB", 241 },
	{ "PISP_COMP2_BGGR", 243 },
	{ "PISP_COMP2_GBRG", 244 },
	{ "PISP_COMP2_GRBG", 245 },
	{ "PISP_COMP2_MONO", 247 },
	{ "PISP_COMP2_RGGB", 246 },
	{ "PJPG", 295 },
	{ "PWC1", 286 },
	{ "PWC2", 287 },
	{ "Q401", 172 },
	{ "Q410", 171 },
	{ "QC08C", 302 },
	{ "QC10C", 303 },
	{ "R1", 75 },
	{ "R10", 87 },
	{ "R12", 88 },
	{ "R16", 89 },
	{ "R16F", 68 },
	{ "R2", 78 },
	{ "R32F", 71 },
	{ "R4", 81 },
	{ "R8", 86 },
	{ "RAW_CRU10", 248 },
	{ "RAW_CRU12", 249 },
	{ "RAW_CRU14", 250 },
	{ "RAW_CRU20", 251 },
	{ "RG1616", 92 },
	{ "RG88", 90 },
	{ "RGB161616", 56 },
	{ "RGB32", 30 },
	{ "RGB332", 0 },
	{ "RGB444", 2 },
	{ "RGB555", 11 },
	{ "RGB555X", 22 },
	{ "RGB565", 20 },
	{ "RGB565_A8", 53 },
	{ "RGB565_BE", 25 },
	{ "RGB888", 27 },
	{ "RGB888_A8", 47 },
	{ "RGBA1010102", 45 },
	{ "RGBA4444", 5 },
	{ "RGBA5551", 14 },
	{ "RGBA8888", 33 },
	{ "RGBX1010102", 44 },
	{ "RGBX4444", 6 },
	{ "RGBX5551", 15 },
	{ "RGBX8888", 34 },
	{ "RGBX8888_A8", 51 },
	{ "RV30", 281 },
	{ "RV40", 282 },
	{ "S010", 173 },
	{ "S012", 176 },
	{ "S016", 179 },
	{ "S210", 174 },
	{ "S212", 177 },
	{ "S216", 180 },
	{ "S410", 175 },
	{ "S412", 178 },
	{ "S416", 181 },
	{ "S5C_UYVY_JPG", 300 },
	{ "SBGGR10", 195 },
	{ "SBGGR10ALAW8", 197 },
	{ "SBGGR10DPCM8", 198 },
	{ "SBGGR10P", 196 },
	{ "SBGGR12", 199 },
	{ "SBGGR12P", 200 },
	{ "SBGGR14", 201 },
	{ "SBGGR14P", 202 },
	{ "SBGGR16", 203 },
	{ "SBGGR8", 194 },
	{ "SE401", 299 },
	{ "SGBRG10", 206 },
	{ "SGBRG10ALAW8", 208 },
	{ "SGBRG10DPCM8", 209 },
	{ "SGBRG10P", 207 },
	{ "SGBRG12", 210 },
	{ "SGBRG12P", 211 },
	{ "SGBRG14", 212 },
	{ "SGBRG14P", 213 },
	{ "SGBRG16", 214 },
	{ "SGBRG8", 205 },
	{ "SGRBG10", 217 },
	{ "SGRBG10ALAW8", 219 },
	{ "SGRBG10DPCM8", 220 },
	{ "SGRBG10P", 218 },
	{ "SGRBG12", 221 },
	{ "SGRBG12P", 222 },
	{ "SGRBG14", 223 },
	{ "SGRBG14P", 224 },
	{ "SGRBG16", 225 },
	{ "SGRBG8", 216 },
	{ "SN9C10X", 285 },
	{ "SN9C2028", 293 },
	{ "SN9C20X_I420", 306 },
	{ "SPCA501", 307 },
	{ "SPCA505", 308 },
	{ "SPCA508", 309 },
	{ "SPCA561", 289 },
	{ "SPK", 280 },
	{ "SQ905C", 294 },
	{ "SRGGB10", 228 },
	{ "SRGGB10ALAW8", 230 },
	{ "SRGGB10DPCM8", 231 },
	{ "SRGGB10P", 229 },
	{ "SRGGB12", 232 },
	{ "SRGGB12P", 233 },
	{ "SRGGB14", 234 },
	{ "SRGGB14P", 235 },
	{ "SRGGB16", 236 },
	{ "SRGGB8", 227 },
	{ "STV0680", 310 },
	{ "TM6000", 311 },
	{ "UV8", 111 },
	{ "UYVY", 114 },
	{ "VC1_ANNEX_G", 267 },
	{ "VC1_ANNEX_L", 268 },
	{ "VP8", 269 },
	{ "VP8_FRAME", 270 },
	{ "VP9", 271 },
	{ "VP9_FRAME", 272 },
	{ "VUY101010", 144 },
	{ "VUY888", 121 },
	{ "VYUY", 115 },
	{ "WNVA", 284 },
	{ "X0L0", 141 },
	{ "X0L2", 143 },
	{ "XBGR1555", 17 },
	{ "XBGR16161616", 60 },
	{ "XBGR16161616F", 64 },
	{ "XBGR2101010", 40 },
	{ "XBGR4444", 8 },
	{ "XBGR8888", 36 },
	{ "XBGR8888_A8", 50 },
	{ "XRGB1555", 13 },
	{ "XRGB1555_BE", 24 },
	{ "XRGB16161616", 59 },
	{ "XRGB16161616F", 63 },
	{ "XRGB2101010", 39 },
	{ "XRGB4444", 4 },
	{ "XRGB8888", 32 },
	{ "XRGB8888_A8", 49 },
	{ "XVID", 266 },
	{ "XVUY8888", 128 },
	{ "XVYU12_16161616", 138 },
	{ "XVYU16161616", 139 },
	{ "XVYU2101010", 137 },
	{ "XYUV32", 124 },
	{ "XYUV8888", 126 },
	{ "Y012", 96 },
	{ "Y0L0", 140 },
	{ "Y0L2", 142 },
	{ "Y10BPACK", 99 },
	{ "Y10P", 100 },
	{ "Y12I", 105 },
	{ "Y12P", 102 },
	{ "Y14", 97 },
	{ "Y14P", 103 },
	{ "Y16I", 106 },
	{ "Y16_BE", 98 },
	{ "Y210", 131 },
	{ "Y212", 132 },
	{ "Y216", 133 },
	{ "Y4", 94 },
	{ "Y410", 134 },
	{ "Y412", 135 },
	{ "Y416", 136 },
	{ "Y41P", 117 },
	{ "Y6", 95 },
	{ "Y8I", 104 },
	{ "YUV32", 122 },
	{ "YUV410", 161 },
	{ "YUV411", 163 },
	{ "YUV420", 165 },
	{ "YUV420_10BIT", 146 },
	{ "YUV420_8BIT", 145 },
	{ "YUV422", 167 },
	{ "YUV444", 169 },
	{ "YUV444_PACKED", 118 },
	{ "YUV48_12", 130 },
	{ "YUV555", 119 },
	{ "YUV565", 120 },
	{ "YUYV", 112 },
	{ "YVU410", 162 },
	{ "YVU411", 164 },
	{ "YVU420", 166 },
	{ "YVU422", 168 },
	{ "YVU444", 170 },
	{ "YVYU", 113 },
	{ "YYUV", 116 },
	{ "Z16", 107 },
} };

} // namespace table
} // namespace pixfmt
