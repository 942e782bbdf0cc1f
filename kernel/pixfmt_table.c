// generated from formats.yaml by gen/pixfmt_gen.py, do not edit
// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The pixfmt format table and its two code indexes, each a minimal perfect
 * hash (see pixfmt_find() in pixfmt.c). 314 formats, 250 V4L2 codes, 145 DRM codes.
 */
#include "pixfmt_table.h"

const struct pixfmt_format pixfmt_formats[PIXFMT_NUM_FORMATS] = {
	[0] = {
		.name = "RGB332",
		.v4l2 = { 0x31424752 },	/* RGB1 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x38424752,	/* RGB8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 8,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 3,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[1] = {
		.name = "BGR233",
		.has_drm = true,
		.drm = 0x38524742,	/* BGR8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 8,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 3,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[2] = {
		.name = "RGB444",
		.v4l2 = { 0x34343452 },	/* R444 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[3] = {
		.name = "ARGB4444",
		.v4l2 = { 0x32315241 },	/* AR12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x32315241,	/* AR12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[4] = {
		.name = "XRGB4444",
		.v4l2 = { 0x32315258 },	/* XR12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x32315258,	/* XR12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[5] = {
		.name = "RGBA4444",
		.v4l2 = { 0x32314152 },	/* RA12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x32314152,	/* RA12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[6] = {
		.name = "RGBX4444",
		.v4l2 = { 0x32315852 },	/* RX12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x32315852,	/* RX12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[7] = {
		.name = "ABGR4444",
		.v4l2 = { 0x32314241 },	/* AB12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x32314241,	/* AB12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[8] = {
		.name = "XBGR4444",
		.v4l2 = { 0x32314258 },	/* XB12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x32314258,	/* XB12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[9] = {
		.name = "BGRA4444",
		.v4l2 = { 0x32314147 },	/* GA12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x32314142,	/* BA12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[10] = {
		.name = "BGRX4444",
		.v4l2 = { 0x32315842 },	/* BX12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x32315842,	/* BX12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[11] = {
		.name = "RGB555",
		.v4l2 = { 0x4f424752 },	/* RGBO */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[12] = {
		.name = "ARGB1555",
		.v4l2 = { 0x35315241 },	/* AR15 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x35315241,	/* AR15 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 15,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[13] = {
		.name = "XRGB1555",
		.v4l2 = { 0x35315258 },	/* XR15 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x35315258,	/* XR15 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 15,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[14] = {
		.name = "RGBA5551",
		.v4l2 = { 0x35314152 },	/* RA15 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x35314152,	/* RA15 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 15,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[15] = {
		.name = "RGBX5551",
		.v4l2 = { 0x35315852 },	/* RX15 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x35315852,	/* RX15 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 15,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[16] = {
		.name = "ABGR1555",
		.v4l2 = { 0x35314241 },	/* AB15 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x35314241,	/* AB15 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 15,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[17] = {
		.name = "XBGR1555",
		.v4l2 = { 0x35314258 },	/* XB15 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x35314258,	/* XB15 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 15,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[18] = {
		.name = "BGRA5551",
		.v4l2 = { 0x35314142 },	/* BA15 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x35314142,	/* BA15 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 15,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[19] = {
		.name = "BGRX5551",
		.v4l2 = { 0x35315842 },	/* BX15 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x35315842,	/* BX15 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 15,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[20] = {
		.name = "RGB565",
		.v4l2 = { 0x50424752 },	/* RGBP */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x36314752,	/* RG16 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 16,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 6,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[21] = {
		.name = "BGR565",
		.has_drm = true,
		.drm = 0x36314742,	/* BG16 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 16,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 6,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[22] = {
		.name = "RGB555X",
		.v4l2 = { 0x51424752 },	/* RGBQ */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.big_endian = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[23] = {
		.name = "ARGB555X",
		.v4l2 = { 0xb5315241 },	/* AR15-BE */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.big_endian = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[24] = {
		.name = "XRGB1555_BE",
		.v4l2 = { 0xb5315258 },	/* XR15-BE */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0xb5315258,	/* XR15-BE */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 15,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.big_endian = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[25] = {
		.name = "RGB565_BE",
		.v4l2 = { 0x52424752 },	/* RGBR */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0xb6314752,	/* RG16-BE */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 16,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 6,
		.hsub = 1,
		.vsub = 1,
		.big_endian = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[26] = {
		.name = "BGR666",
		.v4l2 = { 0x48524742 },	/* BGRH */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 6,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[27] = {
		.name = "RGB888",
		.v4l2 = { 0x33524742 },	/* BGR3 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34324752,	/* RG24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 24,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[28] = {
		.name = "BGR888",
		.v4l2 = { 0x33424752 },	/* RGB3 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34324742,	/* BG24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 24,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[29] = {
		.name = "BGR32",
		.v4l2 = { 0x34524742 },	/* BGR4 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[30] = {
		.name = "RGB32",
		.v4l2 = { 0x34424752 },	/* RGB4 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[31] = {
		.name = "ARGB8888",
		.v4l2 = { 0x34325241 },	/* AR24 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34325241,	/* AR24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 32,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[32] = {
		.name = "XRGB8888",
		.v4l2 = { 0x34325258 },	/* XR24 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34325258,	/* XR24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 24,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[33] = {
		.name = "RGBA8888",
		.v4l2 = { 0x34324152 },	/* RA24 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34324152,	/* RA24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 32,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[34] = {
		.name = "RGBX8888",
		.v4l2 = { 0x34325852 },	/* RX24 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34325852,	/* RX24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 24,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[35] = {
		.name = "ABGR8888",
		.v4l2 = { 0x34324241 },	/* AB24 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34324241,	/* AB24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 32,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[36] = {
		.name = "XBGR8888",
		.v4l2 = { 0x34324258 },	/* XB24 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34324258,	/* XB24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 24,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[37] = {
		.name = "BGRA8888",
		.v4l2 = { 0x34324142 },	/* BA24 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34324142,	/* BA24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 32,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[38] = {
		.name = "BGRX8888",
		.v4l2 = { 0x34325842 },	/* BX24 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34325842,	/* BX24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 24,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[39] = {
		.name = "XRGB2101010",
		.has_drm = true,
		.drm = 0x30335258,	/* XR30 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 30,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[40] = {
		.name = "XBGR2101010",
		.has_drm = true,
		.drm = 0x30334258,	/* XB30 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 30,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[41] = {
		.name = "BGRX1010102",
		.has_drm = true,
		.drm = 0x30335842,	/* BX30 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 30,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[42] = {
		.name = "ABGR2101010",
		.has_drm = true,
		.drm = 0x30334241,	/* AB30 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 30,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[43] = {
		.name = "BGRA1010102",
		.has_drm = true,
		.drm = 0x30334142,	/* BA30 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 30,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[44] = {
		.name = "RGBX1010102",
		.v4l2 = { 0x30335852 },	/* RX30 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x30335852,	/* RX30 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 30,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[45] = {
		.name = "RGBA1010102",
		.v4l2 = { 0x30334152 },	/* RA30 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x30334152,	/* RA30 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 30,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[46] = {
		.name = "ARGB2101010",
		.v4l2 = { 0x30335241 },	/* AR30 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x30335241,	/* AR30 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 30,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[47] = {
		.name = "RGB888_A8",
		.has_drm = true,
		.drm = 0x38413852,	/* R8A8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 32,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[48] = {
		.name = "BGR888_A8",
		.has_drm = true,
		.drm = 0x38413842,	/* B8A8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 32,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[49] = {
		.name = "XRGB8888_A8",
		.has_drm = true,
		.drm = 0x38415258,	/* XRA8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 32,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[50] = {
		.name = "XBGR8888_A8",
		.has_drm = true,
		.drm = 0x38414258,	/* XBA8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 32,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[51] = {
		.name = "RGBX8888_A8",
		.has_drm = true,
		.drm = 0x38415852,	/* RXA8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 32,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[52] = {
		.name = "BGRX8888_A8",
		.has_drm = true,
		.drm = 0x38415842,	/* BXA8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 32,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[53] = {
		.name = "RGB565_A8",
		.has_drm = true,
		.drm = 0x38413552,	/* R5A8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 24,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[54] = {
		.name = "BGR565_A8",
		.has_drm = true,
		.drm = 0x38413542,	/* B5A8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 24,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[55] = {
		.name = "BGR48_12",
		.v4l2 = { 0x32313342 },	/* B312 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 6, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 6, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[56] = {
		.name = "RGB161616",
		.v4l2 = { 0x36524742 },	/* BGR6 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x38344752,	/* RG48 */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 6, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 6, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[57] = {
		.name = "BGR161616",
		.v4l2 = { 0x36424752 },	/* RGB6 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x38344742,	/* BG48 */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 6, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 6, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[58] = {
		.name = "ABGR64_12",
		.v4l2 = { 0x32313442 },	/* B412 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[59] = {
		.name = "XRGB16161616",
		.has_drm = true,
		.drm = 0x38345258,	/* XR48 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[60] = {
		.name = "XBGR16161616",
		.has_drm = true,
		.drm = 0x38344258,	/* XB48 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[61] = {
		.name = "ARGB16161616",
		.has_drm = true,
		.drm = 0x38345241,	/* AR48 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[62] = {
		.name = "ABGR16161616",
		.has_drm = true,
		.drm = 0x38344241,	/* AB48 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[63] = {
		.name = "XRGB16161616F",
		.has_drm = true,
		.drm = 0x48345258,	/* XR4H */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[64] = {
		.name = "XBGR16161616F",
		.has_drm = true,
		.drm = 0x48344258,	/* XB4H */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[65] = {
		.name = "ARGB16161616F",
		.has_drm = true,
		.drm = 0x48345241,	/* AR4H */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[66] = {
		.name = "ABGR16161616F",
		.has_drm = true,
		.drm = 0x48344241,	/* AB4H */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[67] = {
		.name = "AXBXGXRX106106106106",
		.has_drm = true,
		.drm = 0x30314241,	/* AB10 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[68] = {
		.name = "R16F",
		.has_drm = true,
		.drm = 0x48202052,	/* R  H */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[69] = {
		.name = "GR1616F",
		.has_drm = true,
		.drm = 0x48205247,	/* GR H */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[70] = {
		.name = "BGR161616F",
		.has_drm = true,
		.drm = 0x48524742,	/* BGRH */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 6, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 6, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[71] = {
		.name = "R32F",
		.has_drm = true,
		.drm = 0x46202052,	/* R  F */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 32,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[72] = {
		.name = "GR3232F",
		.has_drm = true,
		.drm = 0x46205247,	/* GR F */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 32,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[73] = {
		.name = "BGR323232F",
		.has_drm = true,
		.drm = 0x46524742,	/* BGRF */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 32,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 12, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 12, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[74] = {
		.name = "ABGR32323232F",
		.has_drm = true,
		.drm = 0x46384241,	/* AB8F */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 32,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 16, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 16, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[75] = {
		.name = "R1",
		.has_drm = true,
		.drm = 0x20203152,	/* R1 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 1,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 1,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 8,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[76] = {
		.name = "D1",
		.has_drm = true,
		.drm = 0x20203144,	/* D1 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 1,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 8,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[77] = {
		.name = "C1",
		.has_drm = true,
		.drm = 0x20203143,	/* C1 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 1,
		.encoding = PIXFMT_ENC_INDEXED,
		.component_bits = 1,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 8,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[78] = {
		.name = "R2",
		.has_drm = true,
		.drm = 0x20203252,	/* R2 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 2,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 2,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[79] = {
		.name = "D2",
		.has_drm = true,
		.drm = 0x20203244,	/* D2 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 2,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 2,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[80] = {
		.name = "C2",
		.has_drm = true,
		.drm = 0x20203243,	/* C2 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 2,
		.encoding = PIXFMT_ENC_INDEXED,
		.component_bits = 2,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[81] = {
		.name = "R4",
		.has_drm = true,
		.drm = 0x20203452,	/* R4 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 4,
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 2,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[82] = {
		.name = "D4",
		.has_drm = true,
		.drm = 0x20203444,	/* D4 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 4,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 2,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[83] = {
		.name = "C4",
		.has_drm = true,
		.drm = 0x20203443,	/* C4 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 4,
		.encoding = PIXFMT_ENC_INDEXED,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 2,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[84] = {
		.name = "D8",
		.has_drm = true,
		.drm = 0x20203844,	/* D8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 8,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[85] = {
		.name = "C8",
		.v4l2 = { 0x384c4150 },	/* PAL8 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x20203843,	/* C8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 8,
		.encoding = PIXFMT_ENC_INDEXED,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[86] = {
		.name = "R8",
		.v4l2 = { 0x59455247 },	/* GREY */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x20203852,	/* R8 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 8,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[87] = {
		.name = "R10",
		.v4l2 = { 0x20303159 },	/* Y10 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x20303152,	/* R10 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 10,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[88] = {
		.name = "R12",
		.v4l2 = { 0x20323159 },	/* Y12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x20323152,	/* R12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.drm_depth = 12,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[89] = {
		.name = "R16",
		.v4l2 = { 0x20363159 },	/* Y16 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x20363152,	/* R16 */
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[90] = {
		.name = "RG88",
		.has_drm = true,
		.drm = 0x38384752,	/* RG88 */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[91] = {
		.name = "GR88",
		.has_drm = true,
		.drm = 0x38385247,	/* GR88 */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[92] = {
		.name = "RG1616",
		.has_drm = true,
		.drm = 0x32334752,	/* RG32 */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[93] = {
		.name = "GR1616",
		.has_drm = true,
		.drm = 0x32335247,	/* GR32 */
		.encoding = PIXFMT_ENC_RGB,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[94] = {
		.name = "Y4",
		.v4l2 = { 0x20343059 },	/* Y04 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[95] = {
		.name = "Y6",
		.v4l2 = { 0x20363059 },	/* Y06 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 6,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[96] = {
		.name = "Y012",
		.v4l2 = { 0x32313059 },	/* Y012 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[97] = {
		.name = "Y14",
		.v4l2 = { 0x20343159 },	/* Y14 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[98] = {
		.name = "Y16_BE",
		.v4l2 = { 0xa0363159 },	/* Y16-BE */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.big_endian = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[99] = {
		.name = "Y10BPACK",
		.v4l2 = { 0x42303159 },	/* Y10B */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[100] = {
		.name = "Y10P",
		.v4l2 = { 0x50303159 },	/* Y10P */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[101] = {
		.name = "IPU3_Y10",
		.v4l2 = { 0x79337069 },	/* ip3y */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 32, .block_w = 25, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 32, .kernel_bpp_div = 25,
			  .pitch_align = 1, .hsub = 1, .vsub = 1 },
		},
	},
	[102] = {
		.name = "Y12P",
		.v4l2 = { 0x50323159 },	/* Y12P */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 2,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[103] = {
		.name = "Y14P",
		.v4l2 = { 0x50343159 },	/* Y14P */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 7, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 7, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[104] = {
		.name = "Y8I",
		.v4l2 = { 0x20493859 },	/* Y8I */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[105] = {
		.name = "Y12I",
		.v4l2 = { 0x49323159 },	/* Y12I */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[106] = {
		.name = "Y16I",
		.v4l2 = { 0x49363159 },	/* Y16I */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[107] = {
		.name = "Z16",
		.v4l2 = { 0x2036315a },	/* Z16 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_DEPTH,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[108] = {
		.name = "INZI",
		.v4l2 = { 0x495a4e49 },	/* INZI */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_DEPTH,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[109] = {
		.name = "CNF4",
		.v4l2 = { 0x34464e43 },	/* CNF4 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_DEPTH,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 2,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[110] = {
		.name = "HI240",
		.v4l2 = { 0x34324948 },	/* HI24 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_INDEXED,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[111] = {
		.name = "UV8",
		.v4l2 = { 0x20385655 },	/* UV8 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[112] = {
		.name = "YUYV",
		.v4l2 = { 0x56595559 },	/* YUYV */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x56595559,	/* YUYV */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[113] = {
		.name = "YVYU",
		.v4l2 = { 0x55595659 },	/* YVYU */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x55595659,	/* YVYU */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[114] = {
		.name = "UYVY",
		.v4l2 = { 0x59565955 },	/* UYVY */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x59565955,	/* UYVY */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[115] = {
		.name = "VYUY",
		.v4l2 = { 0x59555956 },	/* VYUY */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x59555956,	/* VYUY */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[116] = {
		.name = "YYUV",
		.v4l2 = { 0x56555959 },	/* YYUV */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[117] = {
		.name = "Y41P",
		.v4l2 = { 0x50313459 },	/* Y41P */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 4,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 12, .block_w = 8, .block_h = 1,
			  .align_w = 4, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 2,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[118] = {
		.name = "YUV444_PACKED",
		.v4l2 = { 0x34343459 },	/* Y444 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 4,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[119] = {
		.name = "YUV555",
		.v4l2 = { 0x4f565559 },	/* YUVO */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 5,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[120] = {
		.name = "YUV565",
		.v4l2 = { 0x50565559 },	/* YUVP */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 6,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[121] = {
		.name = "VUY888",
		.v4l2 = { 0x33565559 },	/* YUV3 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34325556,	/* VU24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[122] = {
		.name = "YUV32",
		.v4l2 = { 0x34565559 },	/* YUV4 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[123] = {
		.name = "AYUV32",
		.v4l2 = { 0x56555941 },	/* AYUV */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[124] = {
		.name = "XYUV32",
		.v4l2 = { 0x56555958 },	/* XYUV */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[125] = {
		.name = "AYUV",
		.v4l2 = { 0x41595556 },	/* VUYA */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x56555941,	/* AYUV */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[126] = {
		.name = "XYUV8888",
		.v4l2 = { 0x58595556 },	/* VUYX */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x56555958,	/* XYUV */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[127] = {
		.name = "AVUY8888",
		.v4l2 = { 0x41565559 },	/* YUVA */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x59555641,	/* AVUY */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[128] = {
		.name = "XVUY8888",
		.v4l2 = { 0x58565559 },	/* YUVX */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x59555658,	/* XVUY */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[129] = {
		.name = "M420",
		.v4l2 = { 0x3032344d },	/* M420 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[130] = {
		.name = "YUV48_12",
		.v4l2 = { 0x32313359 },	/* Y312 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 6, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 6, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[131] = {
		.name = "Y210",
		.v4l2 = { 0x30313259 },	/* Y210 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x30313259,	/* Y210 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[132] = {
		.name = "Y212",
		.v4l2 = { 0x32313259 },	/* Y212 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x32313259,	/* Y212 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 12,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[133] = {
		.name = "Y216",
		.v4l2 = { 0x36313259 },	/* Y216 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x36313259,	/* Y216 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 16,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[134] = {
		.name = "Y410",
		.has_drm = true,
		.drm = 0x30313459,	/* Y410 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[135] = {
		.name = "Y412",
		.has_drm = true,
		.drm = 0x32313459,	/* Y412 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[136] = {
		.name = "Y416",
		.has_drm = true,
		.drm = 0x36313459,	/* Y416 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[137] = {
		.name = "XVYU2101010",
		.has_drm = true,
		.drm = 0x30335658,	/* XV30 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[138] = {
		.name = "XVYU12_16161616",
		.has_drm = true,
		.drm = 0x36335658,	/* XV36 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[139] = {
		.name = "XVYU16161616",
		.has_drm = true,
		.drm = 0x38345658,	/* XV48 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[140] = {
		.name = "Y0L0",
		.has_drm = true,
		.drm = 0x304c3059,	/* Y0L0 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 2, .block_h = 2,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[141] = {
		.name = "X0L0",
		.has_drm = true,
		.drm = 0x304c3058,	/* X0L0 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 2, .block_h = 2,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[142] = {
		.name = "Y0L2",
		.has_drm = true,
		.drm = 0x324c3059,	/* Y0L2 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.has_alpha = true,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 2, .block_h = 2,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[143] = {
		.name = "X0L2",
		.has_drm = true,
		.drm = 0x324c3058,	/* X0L2 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 2, .block_h = 2,
			  .align_w = 2, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[144] = {
		.name = "VUY101010",
		.has_drm = true,
		.drm = 0x30335556,	/* VU30 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.compressed = true,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[145] = {
		.name = "YUV420_8BIT",
		.has_drm = true,
		.drm = 0x38305559,	/* YU08 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.compressed = true,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 0,
	},
	[146] = {
		.name = "YUV420_10BIT",
		.has_drm = true,
		.drm = 0x30315559,	/* YU10 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.compressed = true,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 0,
	},
	[147] = {
		.name = "NV12",
		.v4l2 = { 0x3231564e, 0x32314d4e },	/* NV12, NM12 */
		.v4l2_mem_planes = { 1, 2 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0), KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 2,
		.has_drm = true,
		.drm = 0x3231564e,	/* NV12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[148] = {
		.name = "NV21",
		.v4l2 = { 0x3132564e, 0x31324d4e },	/* NV21, NM21 */
		.v4l2_mem_planes = { 1, 2 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0), KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 2,
		.has_drm = true,
		.drm = 0x3132564e,	/* NV21 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[149] = {
		.name = "NV16",
		.v4l2 = { 0x3631564e, 0x36314d4e },	/* NV16, NM16 */
		.v4l2_mem_planes = { 1, 2 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0), KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 2,
		.has_drm = true,
		.drm = 0x3631564e,	/* NV16 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
		},
	},
	[150] = {
		.name = "NV61",
		.v4l2 = { 0x3136564e, 0x31364d4e },	/* NV61, NM61 */
		.v4l2_mem_planes = { 1, 2 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0), KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 2,
		.has_drm = true,
		.drm = 0x3136564e,	/* NV61 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
		},
	},
	[151] = {
		.name = "NV24",
		.v4l2 = { 0x3432564e },	/* NV24 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x3432564e,	/* NV24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[152] = {
		.name = "NV42",
		.v4l2 = { 0x3234564e },	/* NV42 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x3234564e,	/* NV42 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[153] = {
		.name = "NV15",
		.v4l2 = { 0x3531564e },	/* NV15 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x3531564e,	/* NV15 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 5, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 10, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[154] = {
		.name = "NV20",
		.v4l2 = { 0x3032564e },	/* NV20 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x3032564e,	/* NV20 */
		.drm_kernel = KERNEL_VERSION(6, 12, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 5, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 10, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
		},
	},
	[155] = {
		.name = "NV30",
		.has_drm = true,
		.drm = 0x3033564e,	/* NV30 */
		.drm_kernel = KERNEL_VERSION(6, 12, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 5, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 10, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[156] = {
		.name = "P010",
		.v4l2 = { 0x30313050 },	/* P010 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x30313050,	/* P010 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[157] = {
		.name = "P012",
		.v4l2 = { 0x32313050, 0x32314d50 },	/* P012, PM12 */
		.v4l2_mem_planes = { 1, 2 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0), KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 2,
		.has_drm = true,
		.drm = 0x32313050,	/* P012 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 12,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[158] = {
		.name = "P016",
		.has_drm = true,
		.drm = 0x36313050,	/* P016 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 16,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[159] = {
		.name = "P210",
		.has_drm = true,
		.drm = 0x30313250,	/* P210 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
		},
	},
	[160] = {
		.name = "P030",
		.has_drm = true,
		.drm = 0x30333050,	/* P030 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 3, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 3,
			  .pitch_align = 1, .hsub = 1, .vsub = 1 },
			{ .bytes_per_block = 8, .block_w = 3, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 3,
			  .pitch_align = 1, .hsub = 2, .vsub = 2 },
		},
	},
	[161] = {
		.name = "YUV410",
		.v4l2 = { 0x39565559 },	/* YUV9 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x39565559,	/* YUV9 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 4,
		.vsub = 4,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 4, .vsub = 4, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 4, .vsub = 4, .pow2 = true },
		},
	},
	[162] = {
		.name = "YVU410",
		.v4l2 = { 0x39555659 },	/* YVU9 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x39555659,	/* YVU9 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 4,
		.vsub = 4,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 4, .vsub = 4, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 4, .vsub = 4, .pow2 = true },
		},
	},
	[163] = {
		.name = "YUV411",
		.v4l2 = { 0x50313134 },	/* 411P */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x31315559,	/* YU11 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 4,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 4, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 4, .vsub = 1, .pow2 = true },
		},
	},
	[164] = {
		.name = "YVU411",
		.has_drm = true,
		.drm = 0x31315659,	/* YV11 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 4,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 4, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 4, .vsub = 1, .pow2 = true },
		},
	},
	[165] = {
		.name = "YUV420",
		.v4l2 = { 0x32315559, 0x32314d59 },	/* YU12, YM12 */
		.v4l2_mem_planes = { 1, 3 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0), KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 2,
		.has_drm = true,
		.drm = 0x32315559,	/* YU12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[166] = {
		.name = "YVU420",
		.v4l2 = { 0x32315659, 0x31324d59 },	/* YV12, YM21 */
		.v4l2_mem_planes = { 1, 3 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0), KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 2,
		.has_drm = true,
		.drm = 0x32315659,	/* YV12 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[167] = {
		.name = "YUV422",
		.v4l2 = { 0x50323234, 0x36314d59 },	/* 422P, YM16 */
		.v4l2_mem_planes = { 1, 3 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0), KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 2,
		.has_drm = true,
		.drm = 0x36315559,	/* YU16 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
		},
	},
	[168] = {
		.name = "YVU422",
		.v4l2 = { 0x31364d59 },	/* YM61 */
		.v4l2_mem_planes = { 3 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x36315659,	/* YV16 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
		},
	},
	[169] = {
		.name = "YUV444",
		.v4l2 = { 0x34324d59 },	/* YM24 */
		.v4l2_mem_planes = { 3 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34325559,	/* YU24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[170] = {
		.name = "YVU444",
		.v4l2 = { 0x32344d59 },	/* YM42 */
		.v4l2_mem_planes = { 3 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.has_drm = true,
		.drm = 0x34325659,	/* YV24 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[171] = {
		.name = "Q410",
		.has_drm = true,
		.drm = 0x30313451,	/* Q410 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[172] = {
		.name = "Q401",
		.has_drm = true,
		.drm = 0x31303451,	/* Q401 */
		.drm_kernel = KERNEL_VERSION(6, 1, 0),
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[173] = {
		.name = "S010",
		.has_drm = true,
		.drm = 0x30313053,	/* S010 */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[174] = {
		.name = "S210",
		.has_drm = true,
		.drm = 0x30313253,	/* S210 */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
		},
	},
	[175] = {
		.name = "S410",
		.has_drm = true,
		.drm = 0x30313453,	/* S410 */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[176] = {
		.name = "S012",
		.has_drm = true,
		.drm = 0x32313053,	/* S012 */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 12,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[177] = {
		.name = "S212",
		.has_drm = true,
		.drm = 0x32313253,	/* S212 */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 12,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
		},
	},
	[178] = {
		.name = "S412",
		.has_drm = true,
		.drm = 0x32313453,	/* S412 */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[179] = {
		.name = "S016",
		.has_drm = true,
		.drm = 0x36313053,	/* S016 */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 16,
		.hsub = 2,
		.vsub = 2,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[180] = {
		.name = "S216",
		.has_drm = true,
		.drm = 0x36313253,	/* S216 */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 16,
		.hsub = 2,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 2, .vsub = 1, .pow2 = true },
		},
	},
	[181] = {
		.name = "S416",
		.has_drm = true,
		.drm = 0x36313453,	/* S416 */
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 3,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[182] = {
		.name = "NV12_4L4",
		.v4l2 = { 0x32315456 },	/* VT12 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 4,
		.tile_h = 4,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 4,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 4, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 8,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 4, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[183] = {
		.name = "NV12_16L16",
		.v4l2 = { 0x32314d48 },	/* HM12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 16,
		.tile_h = 16,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 16,
			  .kernel_align_w = 1, .kernel_align_h = 16,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 16, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 32,
			  .kernel_align_w = 1, .kernel_align_h = 32,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 16, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[184] = {
		.name = "NV12_32L32",
		.v4l2 = { 0x32315453 },	/* ST12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 32,
		.tile_h = 32,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 32,
			  .kernel_align_w = 1, .kernel_align_h = 32,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 32, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 64,
			  .kernel_align_w = 1, .kernel_align_h = 64,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 32, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[185] = {
		.name = "NV15_4L4",
		.v4l2 = { 0x35315456 },	/* VT15 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 4,
		.tile_h = 4,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 4,
			  .kernel_align_w = 4, .kernel_align_h = 1,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 5, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 8,
			  .kernel_align_w = 2, .kernel_align_h = 1,
			  .kernel_bpp = 10, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[186] = {
		.name = "P010_4L4",
		.v4l2 = { 0x30313054 },	/* T010 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 4,
		.tile_h = 4,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 4,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 8, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 8,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 8, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[187] = {
		.name = "NV12_8L128",
		.v4l2 = { 0x32315441, 0x3231414e },	/* AT12, NA12 */
		.v4l2_mem_planes = { 1, 2 },
		.num_v4l2 = 2,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 8,
		.tile_h = 128,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 128,
			  .kernel_align_w = 1, .kernel_align_h = 128,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 8, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 256,
			  .kernel_align_w = 1, .kernel_align_h = 256,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 8, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[188] = {
		.name = "NV12_10BE_8L128",
		.v4l2 = { 0xb2315841, 0xb231544e },	/* AX12-BE, NT12-BE */
		.v4l2_mem_planes = { 1, 2 },
		.num_v4l2 = 2,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.big_endian = true,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 128,
			  .kernel_align_w = 1, .kernel_align_h = 128,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 8, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 5, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 256,
			  .kernel_align_w = 1, .kernel_align_h = 256,
			  .kernel_bpp = 10, .kernel_bpp_div = 4,
			  .pitch_align = 8, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[189] = {
		.name = "NV12MT",
		.v4l2 = { 0x32314d54 },	/* TM12 */
		.v4l2_mem_planes = { 2 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 64,
		.tile_h = 32,
		.tile_order = PIXFMT_TILE_ORDER_ZFLIPZ,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 32,
			  .kernel_align_w = 64, .kernel_align_h = 32,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 128, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 64,
			  .kernel_align_w = 32, .kernel_align_h = 16,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 128, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[190] = {
		.name = "NV12MT_16X16",
		.v4l2 = { 0x32314d56 },	/* VM12 */
		.v4l2_mem_planes = { 2 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 16,
		.tile_h = 16,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 16,
			  .kernel_align_w = 16, .kernel_align_h = 16,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 16, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 32,
			  .kernel_align_w = 8, .kernel_align_h = 8,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 16, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[191] = {
		.name = "MM21",
		.v4l2 = { 0x31324d4d },	/* MM21 */
		.v4l2_mem_planes = { 2 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 8,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 16,
		.tile_h = 32,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 32,
			  .kernel_align_w = 1, .kernel_align_h = 32,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 16, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 32,
			  .kernel_align_w = 1, .kernel_align_h = 32,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 16, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[192] = {
		.name = "MT2110T",
		.v4l2 = { 0x5432544d },	/* MT2T */
		.v4l2_mem_planes = { 2 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 16,
		.tile_h = 32,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 16, .align_h = 32,
			  .kernel_align_w = 16, .kernel_align_h = 32,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 5, .block_w = 2, .block_h = 1,
			  .align_w = 16, .align_h = 32,
			  .kernel_align_w = 8, .kernel_align_h = 16,
			  .kernel_bpp = 10, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[193] = {
		.name = "MT2110R",
		.v4l2 = { 0x5232544d },	/* MT2R */
		.v4l2_mem_planes = { 2 },
		.v4l2_kernel = { KERNEL_VERSION(6, 12, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_YUV,
		.component_bits = 10,
		.hsub = 2,
		.vsub = 2,
		.tile_w = 16,
		.tile_h = 32,
		.num_planes = 2,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 16, .align_h = 32,
			  .kernel_align_w = 16, .kernel_align_h = 32,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
			{ .bytes_per_block = 5, .block_w = 2, .block_h = 1,
			  .align_w = 16, .align_h = 32,
			  .kernel_align_w = 8, .kernel_align_h = 16,
			  .kernel_bpp = 10, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 2, .vsub = 2, .pow2 = true },
		},
	},
	[194] = {
		.name = "SBGGR8",
		.v4l2 = { 0x31384142 },	/* BA81 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[195] = {
		.name = "SBGGR10",
		.v4l2 = { 0x30314742 },	/* BG10 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[196] = {
		.name = "SBGGR10P",
		.v4l2 = { 0x41414270 },	/* pBAA */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[197] = {
		.name = "SBGGR10ALAW8",
		.v4l2 = { 0x38414261 },	/* aBA8 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.companding = PIXFMT_COMPANDING_ALAW,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[198] = {
		.name = "SBGGR10DPCM8",
		.v4l2 = { 0x38414262 },	/* bBA8 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.companding = PIXFMT_COMPANDING_DPCM,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[199] = {
		.name = "SBGGR12",
		.v4l2 = { 0x32314742 },	/* BG12 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[200] = {
		.name = "SBGGR12P",
		.v4l2 = { 0x43434270 },	/* pBCC */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 2,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[201] = {
		.name = "SBGGR14",
		.v4l2 = { 0x34314742 },	/* BG14 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[202] = {
		.name = "SBGGR14P",
		.v4l2 = { 0x45454270 },	/* pBEE */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 7, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 7, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[203] = {
		.name = "SBGGR16",
		.v4l2 = { 0x32525942 },	/* BYR2 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[204] = {
		.name = "IPU3_SBGGR10",
		.v4l2 = { 0x62337069 },	/* ip3b */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 32, .block_w = 25, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 32, .kernel_bpp_div = 25,
			  .pitch_align = 1, .hsub = 1, .vsub = 1 },
		},
	},
	[205] = {
		.name = "SGBRG8",
		.v4l2 = { 0x47524247 },	/* GBRG */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[206] = {
		.name = "SGBRG10",
		.v4l2 = { 0x30314247 },	/* GB10 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[207] = {
		.name = "SGBRG10P",
		.v4l2 = { 0x41414770 },	/* pGAA */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[208] = {
		.name = "SGBRG10ALAW8",
		.v4l2 = { 0x38414761 },	/* aGA8 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.companding = PIXFMT_COMPANDING_ALAW,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[209] = {
		.name = "SGBRG10DPCM8",
		.v4l2 = { 0x38414762 },	/* bGA8 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.companding = PIXFMT_COMPANDING_DPCM,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[210] = {
		.name = "SGBRG12",
		.v4l2 = { 0x32314247 },	/* GB12 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[211] = {
		.name = "SGBRG12P",
		.v4l2 = { 0x43434770 },	/* pGCC */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 2,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[212] = {
		.name = "SGBRG14",
		.v4l2 = { 0x34314247 },	/* GB14 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[213] = {
		.name = "SGBRG14P",
		.v4l2 = { 0x45454770 },	/* pGEE */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 7, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 7, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[214] = {
		.name = "SGBRG16",
		.v4l2 = { 0x36314247 },	/* GB16 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[215] = {
		.name = "IPU3_SGBRG10",
		.v4l2 = { 0x67337069 },	/* ip3g */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 32, .block_w = 25, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 32, .kernel_bpp_div = 25,
			  .pitch_align = 1, .hsub = 1, .vsub = 1 },
		},
	},
	[216] = {
		.name = "SGRBG8",
		.v4l2 = { 0x47425247 },	/* GRBG */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[217] = {
		.name = "SGRBG10",
		.v4l2 = { 0x30314142 },	/* BA10 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[218] = {
		.name = "SGRBG10P",
		.v4l2 = { 0x41416770 },	/* pgAA */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[219] = {
		.name = "SGRBG10ALAW8",
		.v4l2 = { 0x38416761 },	/* agA8 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.companding = PIXFMT_COMPANDING_ALAW,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[220] = {
		.name = "SGRBG10DPCM8",
		.v4l2 = { 0x30314442 },	/* BD10 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.companding = PIXFMT_COMPANDING_DPCM,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[221] = {
		.name = "SGRBG12",
		.v4l2 = { 0x32314142 },	/* BA12 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[222] = {
		.name = "SGRBG12P",
		.v4l2 = { 0x43436770 },	/* pgCC */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 2,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[223] = {
		.name = "SGRBG14",
		.v4l2 = { 0x34315247 },	/* GR14 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[224] = {
		.name = "SGRBG14P",
		.v4l2 = { 0x45456770 },	/* pgEE */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 7, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 7, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[225] = {
		.name = "SGRBG16",
		.v4l2 = { 0x36315247 },	/* GR16 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[226] = {
		.name = "IPU3_SGRBG10",
		.v4l2 = { 0x47337069 },	/* ip3G */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 32, .block_w = 25, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 32, .kernel_bpp_div = 25,
			  .pitch_align = 1, .hsub = 1, .vsub = 1 },
		},
	},
	[227] = {
		.name = "SRGGB8",
		.v4l2 = { 0x42474752 },	/* RGGB */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[228] = {
		.name = "SRGGB10",
		.v4l2 = { 0x30314752 },	/* RG10 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[229] = {
		.name = "SRGGB10P",
		.v4l2 = { 0x41415270 },	/* pRAA */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 5, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 5, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[230] = {
		.name = "SRGGB10ALAW8",
		.v4l2 = { 0x38415261 },	/* aRA8 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.companding = PIXFMT_COMPANDING_ALAW,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[231] = {
		.name = "SRGGB10DPCM8",
		.v4l2 = { 0x38415262 },	/* bRA8 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.companding = PIXFMT_COMPANDING_DPCM,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 1, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[232] = {
		.name = "SRGGB12",
		.v4l2 = { 0x32314752 },	/* RG12 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[233] = {
		.name = "SRGGB12P",
		.v4l2 = { 0x43435270 },	/* pRCC */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 2, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 2,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[234] = {
		.name = "SRGGB14",
		.v4l2 = { 0x34314752 },	/* RG14 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[235] = {
		.name = "SRGGB14P",
		.v4l2 = { 0x45455270 },	/* pREE */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 7, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 7, .kernel_bpp_div = 4,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[236] = {
		.name = "SRGGB16",
		.v4l2 = { 0x36314752 },	/* RG16 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 16,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 2, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[237] = {
		.name = "IPU3_SRGGB10",
		.v4l2 = { 0x72337069 },	/* ip3r */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 32, .block_w = 25, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 32, .kernel_bpp_div = 25,
			  .pitch_align = 1, .hsub = 1, .vsub = 1 },
		},
	},
	[238] = {
		.name = "PISP_COMP1_BGGR",
		.v4l2 = { 0x42314350 },	/* PC1B */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[239] = {
		.name = "PISP_COMP1_GBRG",
		.v4l2 = { 0x67314350 },	/* PC1g */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[240] = {
		.name = "PISP_COMP1_GRBG",
		.v4l2 = { 0x47314350 },	/* PC1G */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[241] = {
		.name = "PISP_COMP1_RGGB",
		.v4l2 = { 0x52314350 },	/* PC1R */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[242] = {
		.name = "PISP_COMP1_MONO",
		.v4l2 = { 0x4d314350 },	/* PC1M */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[243] = {
		.name = "PISP_COMP2_BGGR",
		.v4l2 = { 0x42324350 },	/* PC2B */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_BGGR,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[244] = {
		.name = "PISP_COMP2_GBRG",
		.v4l2 = { 0x67324350 },	/* PC2g */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GBRG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[245] = {
		.name = "PISP_COMP2_GRBG",
		.v4l2 = { 0x47324350 },	/* PC2G */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_GRBG,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[246] = {
		.name = "PISP_COMP2_RGGB",
		.v4l2 = { 0x52324350 },	/* PC2R */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_RGGB,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[247] = {
		.name = "PISP_COMP2_MONO",
		.v4l2 = { 0x4d324350 },	/* PC2M */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_GREY,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 8, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 1, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[248] = {
		.name = "RAW_CRU10",
		.v4l2 = { 0x30315243 },	/* CR10 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 10,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_UNSPECIFIED,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 6, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 3,
			  .pitch_align = 1, .hsub = 1, .vsub = 1 },
		},
	},
	[249] = {
		.name = "RAW_CRU12",
		.v4l2 = { 0x32315243 },	/* CR12 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 12,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_UNSPECIFIED,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 5, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 5,
			  .pitch_align = 1, .hsub = 1, .vsub = 1 },
		},
	},
	[250] = {
		.name = "RAW_CRU14",
		.v4l2 = { 0x34315243 },	/* CR14 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 14,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_UNSPECIFIED,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 4, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 2, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[251] = {
		.name = "RAW_CRU20",
		.v4l2 = { 0x30325243 },	/* CR20 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_BAYER,
		.component_bits = 20,
		.hsub = 1,
		.vsub = 1,
		.cfa = PIXFMT_CFA_UNSPECIFIED,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 8, .block_w = 3, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 8, .kernel_bpp_div = 3,
			  .pitch_align = 1, .hsub = 1, .vsub = 1 },
		},
	},
	[252] = {
		.name = "HSV24",
		.v4l2 = { 0x33565348 },	/* HSV3 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_HSV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 3, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 3, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[253] = {
		.name = "HSV32",
		.v4l2 = { 0x34565348 },	/* HSV4 */
		.v4l2_mem_planes = { 1 },
		.v4l2_kernel = { KERNEL_VERSION(6, 1, 0) },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_HSV,
		.component_bits = 8,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 1,
		.planes = {
			{ .bytes_per_block = 4, .block_w = 1, .block_h = 1,
			  .align_w = 1, .align_h = 1,
			  .kernel_align_w = 1, .kernel_align_h = 1,
			  .kernel_bpp = 4, .kernel_bpp_div = 1,
			  .pitch_align = 1, .hsub = 1, .vsub = 1, .pow2 = true },
		},
	},
	[254] = {
		.name = "MJPEG",
		.v4l2 = { 0x47504a4d },	/* MJPG */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[255] = {
		.name = "JPEG",
		.v4l2 = { 0x4745504a },	/* JPEG */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[256] = {
		.name = "DV",
		.v4l2 = { 0x64737664 },	/* dvsd */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[257] = {
		.name = "MPEG",
		.v4l2 = { 0x4745504d },	/* MPEG */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[258] = {
		.name = "H264",
		.v4l2 = { 0x34363248 },	/* H264 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[259] = {
		.name = "H264_NO_SC",
		.v4l2 = { 0x31435641 },	/* AVC1 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[260] = {
		.name = "H264_MVC",
		.v4l2 = { 0x3436324d },	/* M264 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[261] = {
		.name = "H263",
		.v4l2 = { 0x33363248 },	/* H263 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[262] = {
		.name = "MPEG1",
		.v4l2 = { 0x3147504d },	/* MPG1 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[263] = {
		.name = "MPEG2",
		.v4l2 = { 0x3247504d },	/* MPG2 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[264] = {
		.name = "MPEG2_SLICE",
		.v4l2 = { 0x5332474d },	/* MG2S */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[265] = {
		.name = "MPEG4",
		.v4l2 = { 0x3447504d },	/* MPG4 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[266] = {
		.name = "XVID",
		.v4l2 = { 0x44495658 },	/* XVID */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[267] = {
		.name = "VC1_ANNEX_G",
		.v4l2 = { 0x47314356 },	/* VC1G */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[268] = {
		.name = "VC1_ANNEX_L",
		.v4l2 = { 0x4c314356 },	/* VC1L */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[269] = {
		.name = "VP8",
		.v4l2 = { 0x30385056 },	/* VP80 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[270] = {
		.name = "VP8_FRAME",
		.v4l2 = { 0x46385056 },	/* VP8F */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[271] = {
		.name = "VP9",
		.v4l2 = { 0x30395056 },	/* VP90 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[272] = {
		.name = "VP9_FRAME",
		.v4l2 = { 0x46395056 },	/* VP9F */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[273] = {
		.name = "HEVC",
		.v4l2 = { 0x43564548 },	/* HEVC */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[274] = {
		.name = "FWHT",
		.v4l2 = { 0x54485746 },	/* FWHT */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[275] = {
		.name = "FWHT_STATELESS",
		.v4l2 = { 0x48574653 },	/* SFWH */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[276] = {
		.name = "H264_SLICE",
		.v4l2 = { 0x34363253 },	/* S264 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[277] = {
		.name = "HEVC_SLICE",
		.v4l2 = { 0x35363253 },	/* S265 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[278] = {
		.name = "AV1_FRAME",
		.v4l2 = { 0x46315641 },	/* AV1F */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[279] = {
		.name = "AV1",
		.v4l2 = { 0x31305641 },	/* AV01 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[280] = {
		.name = "SPK",
		.v4l2 = { 0x304b5053 },	/* SPK0 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[281] = {
		.name = "RV30",
		.v4l2 = { 0x30335652 },	/* RV30 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[282] = {
		.name = "RV40",
		.v4l2 = { 0x30345652 },	/* RV40 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[283] = {
		.name = "CPIA1",
		.v4l2 = { 0x41495043 },	/* CPIA */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[284] = {
		.name = "WNVA",
		.v4l2 = { 0x41564e57 },	/* WNVA */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[285] = {
		.name = "SN9C10X",
		.v4l2 = { 0x30313953 },	/* S910 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[286] = {
		.name = "PWC1",
		.v4l2 = { 0x31435750 },	/* PWC1 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[287] = {
		.name = "PWC2",
		.v4l2 = { 0x32435750 },	/* PWC2 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[288] = {
		.name = "ET61X251",
		.v4l2 = { 0x35323645 },	/* E625 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[289] = {
		.name = "SPCA561",
		.v4l2 = { 0x31363553 },	/* S561 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[290] = {
		.name = "PAC207",
		.v4l2 = { 0x37303250 },	/* P207 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[291] = {
		.name = "MR97310A",
		.v4l2 = { 0x3031334d },	/* M310 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[292] = {
		.name = "JL2005BCD",
		.v4l2 = { 0x30324c4a },	/* JL20 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[293] = {
		.name = "SN9C2028",
		.v4l2 = { 0x584e4f53 },	/* SONX */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[294] = {
		.name = "SQ905C",
		.v4l2 = { 0x43353039 },	/* 905C */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[295] = {
		.name = "PJPG",
		.v4l2 = { 0x47504a50 },	/* PJPG */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[296] = {
		.name = "OV511",
		.v4l2 = { 0x3131354f },	/* O511 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[297] = {
		.name = "OV518",
		.v4l2 = { 0x3831354f },	/* O518 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[298] = {
		.name = "JPGL",
		.v4l2 = { 0x4c47504a },	/* JPGL */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[299] = {
		.name = "SE401",
		.v4l2 = { 0x31303453 },	/* S401 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[300] = {
		.name = "S5C_UYVY_JPG",
		.v4l2 = { 0x49433553 },	/* S5CI */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[301] = {
		.name = "MT21C",
		.v4l2 = { 0x3132544d },	/* MT21 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[302] = {
		.name = "QC08C",
		.v4l2 = { 0x43383051 },	/* Q08C */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[303] = {
		.name = "QC10C",
		.v4l2 = { 0x43303151 },	/* Q10C */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[304] = {
		.name = "AJPG",
		.v4l2 = { 0x47504a41 },	/* AJPG */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[305] = {
		.name = "HEXTILE",
		.v4l2 = { 0x4c545848 },	/* HXTL */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_COMPRESSED,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[306] = {
		.name = "SN9C20X_I420",
		.v4l2 = { 0x30323953 },	/* S920 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_OPAQUE,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[307] = {
		.name = "SPCA501",
		.v4l2 = { 0x31303553 },	/* S501 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_OPAQUE,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[308] = {
		.name = "SPCA505",
		.v4l2 = { 0x35303553 },	/* S505 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_OPAQUE,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[309] = {
		.name = "SPCA508",
		.v4l2 = { 0x38303553 },	/* S508 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_OPAQUE,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[310] = {
		.name = "STV0680",
		.v4l2 = { 0x30383653 },	/* S680 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_OPAQUE,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[311] = {
		.name = "TM6000",
		.v4l2 = { 0x30364d54 },	/* TM60 */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_OPAQUE,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[312] = {
		.name = "CIT_YYVYUY",
		.v4l2 = { 0x56544943 },	/* CITV */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_OPAQUE,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
	[313] = {
		.name = "KONICA420",
		.v4l2 = { 0x494e4f4b },	/* KONI */
		.v4l2_mem_planes = { 1 },
		.num_v4l2 = 1,
		.encoding = PIXFMT_ENC_OPAQUE,
		.compressed = true,
		.hsub = 1,
		.vsub = 1,
		.num_planes = 0,
	},
};

/*
 * V4L2 codes, each at position mix(mix(code) ^ seed) scaled to [0, 250),
 * seed = pixfmt_v4l2_seeds[bucket], bucket = mix(code) scaled to [0, 125):
 * { code, format index, slot in .v4l2[] }
 */
const struct pixfmt_code_index pixfmt_v4l2_index[PIXFMT_NUM_V4L2_CODES] = {
	{ 0x34315243, 250, 0 },	/* CR14 */
	{ 0x35315852, 15, 0 },	/* RX15 */
	{ 0x3132564e, 148, 0 },	/* NV21 */
	{ 0x38414761, 208, 0 },	/* aGA8 */
	{ 0x32314241, 7, 0 },	/* AB12 */
	{ 0x50323234, 167, 0 },	/* 422P */
	{ 0x4c314356, 268, 0 },	/* VC1L */
	{ 0x34343459, 118, 0 },	/* Y444 */
	{ 0x32313259, 132, 0 },	/* Y212 */
	{ 0x67314350, 239, 0 },	/* PC1g */
	{ 0x67337069, 215, 0 },	/* ip3g */
	{ 0x3231414e, 187, 1 },	/* NA12 */
	{ 0x34565348, 253, 0 },	/* HSV4 */
	{ 0x41414770, 207, 0 },	/* pGAA */
	{ 0x20493859, 104, 0 },	/* Y8I */
	{ 0x43434770, 211, 0 },	/* pGCC */
	{ 0x36524742, 56, 0 },	/* BGR6 */
	{ 0x5432544d, 192, 0 },	/* MT2T */
	{ 0x56555959, 116, 0 },	/* YYUV */
	{ 0x34325258, 32, 0 },	/* XR24 */
	{ 0x30313259, 131, 0 },	/* Y210 */
	{ 0x32314147, 9, 0 },	/* GA12 */
	{ 0x31363553, 289, 0 },	/* S561 */
	{ 0x62337069, 204, 0 },	/* ip3b */
	{ 0x34315247, 223, 0 },	/* GR14 */
	{ 0x36424752, 57, 0 },	/* RGB6 */
	{ 0x3247504d, 263, 0 },	/* MPG2 */
	{ 0x33565348, 252, 0 },	/* HSV3 */
	{ 0x50313459, 117, 0 },	/* Y41P */
	{ 0x33565559, 121, 0 },	/* YUV3 */
	{ 0x56555941, 123, 0 },	/* AYUV */
	{ 0x494e4f4b, 313, 0 },	/* KONI */
	{ 0x3234564e, 152, 0 },	/* NV42 */
	{ 0x35315842, 19, 0 },	/* BX15 */
	{ 0x36314d4e, 149, 1 },	/* NM16 */
	{ 0x20323159, 88, 0 },	/* Y12 */
	{ 0x44495658, 266, 0 },	/* XVID */
	{ 0x34325852, 34, 0 },	/* RX24 */
	{ 0x56555958, 124, 0 },	/* XYUV */
	{ 0x64737664, 256, 0 },	/* dvsd */
	{ 0x32314258, 8, 0 },	/* XB12 */
	{ 0x30325243, 251, 0 },	/* CR20 */
	{ 0x4d314350, 242, 0 },	/* PC1M */
	{ 0x30314142, 217, 0 },	/* BA10 */
	{ 0x34324258, 36, 0 },	/* XB24 */
	{ 0x39565559, 161, 0 },	/* YUV9 */
	{ 0x45454770, 213, 0 },	/* pGEE */
	{ 0x52314350, 241, 0 },	/* PC1R */
	{ 0x32313342, 55, 0 },	/* B312 */
	{ 0x32315659, 166, 0 },	/* YV12 */
	{ 0x30335852, 44, 0 },	/* RX30 */
	{ 0x31384142, 194, 0 },	/* BA81 */
	{ 0x45456770, 224, 0 },	/* pgEE */
	{ 0x35315258, 13, 0 },	/* XR15 */
	{ 0x46315641, 278, 0 },	/* AV1F */
	{ 0x4745504a, 255, 0 },	/* JPEG */
	{ 0x38415261, 230, 0 },	/* aRA8 */
	{ 0x47314356, 267, 0 },	/* VC1G */
	{ 0x35323645, 288, 0 },	/* E625 */
	{ 0x32344d59, 170, 0 },	/* YM42 */
	{ 0x47524247, 205, 0 },	/* GBRG */
	{ 0x34314247, 212, 0 },	/* GB14 */
	{ 0x32315453, 184, 0 },	/* ST12 */
	{ 0x30334152, 45, 0 },	/* RA30 */
	{ 0xa0363159, 98, 0 },	/* Y16-BE */
	{ 0x56544943, 312, 0 },	/* CITV */
	{ 0x30395056, 271, 0 },	/* VP90 */
	{ 0x30314247, 206, 0 },	/* GB10 */
	{ 0x48574653, 275, 0 },	/* SFWH */
	{ 0x31364d59, 168, 0 },	/* YM61 */
	{ 0x5332474d, 264, 0 },	/* MG2S */
	{ 0x33424752, 28, 0 },	/* RGB3 */
	{ 0x55595659, 113, 0 },	/* YVYU */
	{ 0x32314d48, 183, 0 },	/* HM12 */
	{ 0x5232544d, 193, 0 },	/* MT2R */
	{ 0x50313134, 163, 0 },	/* 411P */
	{ 0x3136564e, 150, 0 },	/* NV61 */
	{ 0x30335241, 46, 0 },	/* AR30 */
	{ 0x34314742, 201, 0 },	/* BG14 */
	{ 0x32315842, 10, 0 },	/* BX12 */
	{ 0x32314247, 210, 0 },	/* GB12 */
	{ 0x42324350, 243, 0 },	/* PC2B */
	{ 0x34424752, 30, 0 },	/* RGB4 */
	{ 0x50565559, 120, 0 },	/* YUVP */
	{ 0x34325241, 31, 0 },	/* AR24 */
	{ 0x30385056, 269, 0 },	/* VP80 */
	{ 0x72337069, 237, 0 },	/* ip3r */
	{ 0x34324241, 35, 0 },	/* AB24 */
	{ 0x4f424752, 11, 0 },	/* RGBO */
	{ 0x34343452, 2, 0 },	/* R444 */
	{ 0xb5315258, 24, 0 },	/* XR15-BE */
	{ 0x34464e43, 109, 0 },	/* CNF4 */
	{ 0x32314d59, 165, 1 },	/* YM12 */
	{ 0x32314d54, 189, 0 },	/* TM12 */
	{ 0x3231564e, 147, 0 },	/* NV12 */
	{ 0x34363253, 276, 0 },	/* S264 */
	{ 0x59555956, 115, 0 },	/* VYUY */
	{ 0x34324152, 33, 0 },	/* RA24 */
	{ 0x32314742, 199, 0 },	/* BG12 */
	{ 0x37303250, 290, 0 },	/* P207 */
	{ 0x34565559, 122, 0 },	/* YUV4 */
	{ 0x4c47504a, 298, 0 },	/* JPGL */
	{ 0x34363248, 258, 0 },	/* H264 */
	{ 0x47337069, 226, 0 },	/* ip3G */
	{ 0x31435641, 259, 0 },	/* AVC1 */
	{ 0x3147504d, 262, 0 },	/* MPG1 */
	{ 0x30335652, 281, 0 },	/* RV30 */
	{ 0x33524742, 27, 0 },	/* BGR3 */
	{ 0x34324948, 110, 0 },	/* HI24 */
	{ 0x43303151, 303, 0 },	/* Q10C */
	{ 0x39555659, 162, 0 },	/* YVU9 */
	{ 0x31303453, 299, 0 },	/* S401 */
	{ 0x50343159, 103, 0 },	/* Y14P */
	{ 0x36314752, 236, 0 },	/* RG16 */
	{ 0x32525942, 203, 0 },	/* BYR2 */
	{ 0x30314442, 220, 0 },	/* BD10 */
	{ 0x2036315a, 107, 0 },	/* Z16 */
	{ 0x30383653, 310, 0 },	/* S680 */
	{ 0x30324c4a, 292, 0 },	/* JL20 */
	{ 0x50323159, 102, 0 },	/* Y12P */
	{ 0x30313953, 285, 0 },	/* S910 */
	{ 0x35314142, 18, 0 },	/* BA15 */
	{ 0x59565955, 114, 0 },	/* UYVY */
	{ 0x31324d59, 166, 1 },	/* YM21 */
	{ 0x32314152, 5, 0 },	/* RA12 */
	{ 0x32315852, 6, 0 },	/* RX12 */
	{ 0x38414762, 209, 0 },	/* bGA8 */
	{ 0x58565559, 128, 0 },	/* YUVX */
	{ 0x36315247, 225, 0 },	/* GR16 */
	{ 0x32313359, 130, 0 },	/* Y312 */
	{ 0x30323953, 306, 0 },	/* S920 */
	{ 0x34324d59, 169, 0 },	/* YM24 */
	{ 0x38414261, 197, 0 },	/* aBA8 */
	{ 0x32315243, 249, 0 },	/* CR12 */
	{ 0x30364d54, 311, 0 },	/* TM60 */
	{ 0x304b5053, 280, 0 },	/* SPK0 */
	{ 0x35314152, 14, 0 },	/* RA15 */
	{ 0x32313059, 96, 0 },	/* Y012 */
	{ 0x20363059, 95, 0 },	/* Y06 */
	{ 0x20363159, 89, 0 },	/* Y16 */
	{ 0x34325842, 38, 0 },	/* BX24 */
	{ 0x32314752, 232, 0 },	/* RG12 */
	{ 0x3631564e, 149, 0 },	/* NV16 */
	{ 0x35315241, 12, 0 },	/* AR15 */
	{ 0x32315441, 187, 0 },	/* AT12 */
	{ 0x30313054, 186, 0 },	/* T010 */
	{ 0x584e4f53, 293, 0 },	/* SONX */
	{ 0x48524742, 26, 0 },	/* BGRH */
	{ 0x32313442, 58, 0 },	/* B412 */
	{ 0x4d324350, 247, 0 },	/* PC2M */
	{ 0x41595556, 125, 0 },	/* VUYA */
	{ 0x33363248, 261, 0 },	/* H263 */
	{ 0x41495043, 283, 0 },	/* CPIA */
	{ 0x31303553, 307, 0 },	/* S501 */
	{ 0x32315241, 3, 0 },	/* AR12 */
	{ 0x3031334d, 291, 0 },	/* M310 */
	{ 0x30314742, 195, 0 },	/* BG10 */
	{ 0x42314350, 238, 0 },	/* PC1B */
	{ 0x52424752, 25, 0 },	/* RGBR */
	{ 0x43434270, 200, 0 },	/* pBCC */
	{ 0x52324350, 246, 0 },	/* PC2R */
	{ 0x47324350, 245, 0 },	/* PC2G */
	{ 0x31305641, 279, 0 },	/* AV01 */
	{ 0x32313050, 157, 0 },	/* P012 */
	{ 0x35314258, 17, 0 },	/* XB15 */
	{ 0x41565559, 127, 0 },	/* YUVA */
	{ 0x384c4150, 85, 0 },	/* PAL8 */
	{ 0x58595556, 126, 0 },	/* VUYX */
	{ 0x47504a50, 295, 0 },	/* PJPG */
	{ 0x45454270, 202, 0 },	/* pBEE */
	{ 0x34524742, 29, 0 },	/* BGR4 */
	{ 0x38416761, 219, 0 },	/* agA8 */
	{ 0x3432564e, 151, 0 },	/* NV24 */
	{ 0xb5315241, 23, 0 },	/* AR15-BE */
	{ 0x35363253, 277, 0 },	/* S265 */
	{ 0x43383051, 302, 0 },	/* Q08C */
	{ 0x20343059, 94, 0 },	/* Y04 */
	{ 0x32315559, 165, 0 },	/* YU12 */
	{ 0x3531564e, 153, 0 },	/* NV15 */
	{ 0x36314247, 214, 0 },	/* GB16 */
	{ 0x31435750, 286, 0 },	/* PWC1 */
	{ 0x20385655, 111, 0 },	/* UV8 */
	{ 0x47425247, 216, 0 },	/* GRBG */
	{ 0x3032344d, 129, 0 },	/* M420 */
	{ 0x35314241, 16, 0 },	/* AB15 */
	{ 0x30315243, 248, 0 },	/* CR10 */
	{ 0x41414270, 196, 0 },	/* pBAA */
	{ 0x3447504d, 265, 0 },	/* MPG4 */
	{ 0x43435270, 233, 0 },	/* pRCC */
	{ 0x35303553, 308, 0 },	/* S505 */
	{ 0x67324350, 244, 0 },	/* PC2g */
	{ 0x49433553, 300, 0 },	/* S5CI */
	{ 0x31424752, 0, 0 },	/* RGB1 */
	{ 0x41564e57, 284, 0 },	/* WNVA */
	{ 0x20343159, 97, 0 },	/* Y14 */
	{ 0x42303159, 99, 0 },	/* Y10B */
	{ 0xb231544e, 188, 1 },	/* NT12-BE */
	{ 0x32314d56, 190, 0 },	/* VM12 */
	{ 0x4f565559, 119, 0 },	/* YUVO */
	{ 0x41415270, 229, 0 },	/* pRAA */
	{ 0x3131354f, 296, 0 },	/* O511 */
	{ 0x31324d4d, 191, 0 },	/* MM21 */
	{ 0x34314752, 234, 0 },	/* RG14 */
	{ 0x3436324d, 260, 0 },	/* M264 */
	{ 0x32314142, 221, 0 },	/* BA12 */
	{ 0x56595559, 112, 0 },	/* YUYV */
	{ 0x79337069, 101, 0 },	/* ip3y */
	{ 0x30345652, 282, 0 },	/* RV40 */
	{ 0x41416770, 218, 0 },	/* pgAA */
	{ 0x54485746, 274, 0 },	/* FWHT */
	{ 0x38303553, 309, 0 },	/* S508 */
	{ 0x32314d50, 157, 1 },	/* PM12 */
	{ 0x36314d59, 167, 1 },	/* YM16 */
	{ 0x495a4e49, 108, 0 },	/* INZI */
	{ 0x43436770, 222, 0 },	/* pgCC */
	{ 0x50424752, 20, 0 },	/* RGBP */
	{ 0x31324d4e, 148, 1 },	/* NM21 */
	{ 0xb2315841, 188, 0 },	/* AX12-BE */
	{ 0x32435750, 287, 0 },	/* PWC2 */
	{ 0x46385056, 270, 0 },	/* VP8F */
	{ 0x43564548, 273, 0 },	/* HEVC */
	{ 0x20303159, 87, 0 },	/* Y10 */
	{ 0x32315456, 182, 0 },	/* VT12 */
	{ 0x32315258, 4, 0 },	/* XR12 */
	{ 0x42474752, 227, 0 },	/* RGGB */
	{ 0x49363159, 106, 0 },	/* Y16I */
	{ 0x47504a4d, 254, 0 },	/* MJPG */
	{ 0x49323159, 105, 0 },	/* Y12I */
	{ 0x59455247, 86, 0 },	/* GREY */
	{ 0x36313259, 133, 0 },	/* Y216 */
	{ 0x34324142, 37, 0 },	/* BA24 */
	{ 0x51424752, 22, 0 },	/* RGBQ */
	{ 0x46395056, 272, 0 },	/* VP9F */
	{ 0x50303159, 100, 0 },	/* Y10P */
	{ 0x47504a41, 304, 0 },	/* AJPG */
	{ 0x4745504d, 257, 0 },	/* MPEG */
	{ 0x43353039, 294, 0 },	/* 905C */
	{ 0x38415262, 231, 0 },	/* bRA8 */
	{ 0x45455270, 235, 0 },	/* pREE */
	{ 0x30313050, 156, 0 },	/* P010 */
	{ 0x3032564e, 154, 0 },	/* NV20 */
	{ 0x32314d4e, 147, 1 },	/* NM12 */
	{ 0x38414262, 198, 0 },	/* bBA8 */
	{ 0x3831354f, 297, 0 },	/* O518 */
	{ 0x31364d4e, 150, 1 },	/* NM61 */
	{ 0x30314752, 228, 0 },	/* RG10 */
	{ 0x3132544d, 301, 0 },	/* MT21 */
	{ 0x35315456, 185, 0 },	/* VT15 */
	{ 0x4c545848, 305, 0 },	/* HXTL */
	{ 0x47314350, 240, 0 },	/* PC1G */
};

const u8 pixfmt_v4l2_seeds[PIXFMT_V4L2_BUCKETS] = {
	0, 2, 19, 2, 12, 4, 1, 0, 0, 17, 1, 5, 0, 3, 5, 0,
	0, 10, 9, 5, 0, 1, 7, 0, 1, 3, 0, 0, 15, 0, 5, 0,
	3, 2, 1, 1, 8, 6, 3, 18, 33, 0, 10, 0, 0, 7, 32, 7,
	52, 0, 0, 0, 14, 5, 0, 6, 7, 5, 2, 15, 0, 10, 3, 33,
	0, 0, 0, 0, 0, 6, 6, 0, 47, 0, 0, 13, 0, 9, 7, 11,
	0, 34, 4, 65, 15, 23, 21, 4, 98, 77, 0, 2, 7, 27, 0, 10,
	9, 96, 10, 8, 14, 0, 11, 1, 6, 92, 1, 3, 29, 52, 0, 3,
	4, 2, 0, 1, 0, 10, 118, 0, 76, 192, 0, 23, 79,
};

/*
 * DRM codes, each at position mix(mix(code) ^ seed) scaled to [0, 145),
 * seed = pixfmt_drm_seeds[bucket], bucket = mix(code) scaled to [0, 73):
 * { code, format index, 0 }
 */
const struct pixfmt_code_index pixfmt_drm_index[PIXFMT_NUM_DRM_CODES] = {
	{ 0x20203252, 78, 0 },	/* R2 */
	{ 0x32314152, 5, 0 },	/* RA12 */
	{ 0x35315241, 12, 0 },	/* AR15 */
	{ 0x38344241, 62, 0 },	/* AB48 */
	{ 0x30315559, 146, 0 },	/* YU10 */
	{ 0x56595559, 112, 0 },	/* YUYV */
	{ 0x34324258, 36, 0 },	/* XB24 */
	{ 0x20203452, 81, 0 },	/* R4 */
	{ 0x32314258, 8, 0 },	/* XB12 */
	{ 0x324c3059, 142, 0 },	/* Y0L2 */
	{ 0x38344752, 56, 0 },	/* RG48 */
	{ 0x55595659, 113, 0 },	/* YVYU */
	{ 0x30313259, 131, 0 },	/* Y210 */
	{ 0x304c3059, 140, 0 },	/* Y0L0 */
	{ 0x31315559, 163, 0 },	/* YU11 */
	{ 0x59555641, 127, 0 },	/* AVUY */
	{ 0x38414258, 50, 0 },	/* XBA8 */
	{ 0x38384752, 90, 0 },	/* RG88 */
	{ 0x36313253, 180, 0 },	/* S216 */
	{ 0x35315842, 19, 0 },	/* BX15 */
	{ 0x3136564e, 150, 0 },	/* NV61 */
	{ 0x3631564e, 149, 0 },	/* NV16 */
	{ 0x38424752, 0, 0 },	/* RGB8 */
	{ 0x30335241, 46, 0 },	/* AR30 */
	{ 0x30334142, 43, 0 },	/* BA30 */
	{ 0x32313050, 157, 0 },	/* P012 */
	{ 0x48345258, 63, 0 },	/* XR4H */
	{ 0x3033564e, 155, 0 },	/* NV30 */
	{ 0x32315258, 4, 0 },	/* XR12 */
	{ 0x32315241, 3, 0 },	/* AR12 */
	{ 0x3234564e, 152, 0 },	/* NV42 */
	{ 0x20203444, 82, 0 },	/* D4 */
	{ 0x30334241, 42, 0 },	/* AB30 */
	{ 0x48344241, 66, 0 },	/* AB4H */
	{ 0x34325556, 121, 0 },	/* VU24 */
	{ 0x34325842, 38, 0 },	/* BX24 */
	{ 0x48345241, 65, 0 },	/* AR4H */
	{ 0x32313459, 135, 0 },	/* Y412 */
	{ 0x20203852, 86, 0 },	/* R8 */
	{ 0x20203843, 85, 0 },	/* C8 */
	{ 0x35314152, 14, 0 },	/* RA15 */
	{ 0x20203152, 75, 0 },	/* R1 */
	{ 0x38305559, 145, 0 },	/* YU08 */
	{ 0x32314142, 9, 0 },	/* BA12 */
	{ 0x32313253, 177, 0 },	/* S212 */
	{ 0x30313453, 175, 0 },	/* S410 */
	{ 0x20203143, 77, 0 },	/* C1 */
	{ 0x36314742, 21, 0 },	/* BG16 */
	{ 0xb6314752, 25, 0 },	/* RG16-BE */
	{ 0x38415258, 49, 0 },	/* XRA8 */
	{ 0x31315659, 164, 0 },	/* YV11 */
	{ 0x32315559, 165, 0 },	/* YU12 */
	{ 0x30333050, 160, 0 },	/* P030 */
	{ 0x34324152, 33, 0 },	/* RA24 */
	{ 0x48344258, 64, 0 },	/* XB4H */
	{ 0x30313451, 171, 0 },	/* Q410 */
	{ 0x38385247, 91, 0 },	/* GR88 */
	{ 0x30313050, 156, 0 },	/* P010 */
	{ 0x20203244, 79, 0 },	/* D2 */
	{ 0x30334152, 45, 0 },	/* RA30 */
	{ 0x48205247, 69, 0 },	/* GR H */
	{ 0x34325659, 170, 0 },	/* YV24 */
	{ 0x35315258, 13, 0 },	/* XR15 */
	{ 0x20203144, 76, 0 },	/* D1 */
	{ 0x56555941, 125, 0 },	/* AYUV */
	{ 0x3531564e, 153, 0 },	/* NV15 */
	{ 0x324c3058, 143, 0 },	/* X0L2 */
	{ 0x38344258, 60, 0 },	/* XB48 */
	{ 0x46384241, 74, 0 },	/* AB8F */
	{ 0x34325852, 34, 0 },	/* RX24 */
	{ 0x35314142, 18, 0 },	/* BA15 */
	{ 0x32315842, 10, 0 },	/* BX12 */
	{ 0x32313053, 176, 0 },	/* S012 */
	{ 0x20303152, 87, 0 },	/* R10 */
	{ 0x30313250, 159, 0 },	/* P210 */
	{ 0x30314241, 67, 0 },	/* AB10 */
	{ 0x48524742, 70, 0 },	/* BGRH */
	{ 0x32315852, 6, 0 },	/* RX12 */
	{ 0x3231564e, 147, 0 },	/* NV12 */
	{ 0x20363152, 89, 0 },	/* R16 */
	{ 0xb5315258, 24, 0 },	/* XR15-BE */
	{ 0x30313459, 134, 0 },	/* Y410 */
	{ 0x46524742, 73, 0 },	/* BGRF */
	{ 0x38415852, 51, 0 },	/* RXA8 */
	{ 0x38345241, 61, 0 },	/* AR48 */
	{ 0x38413842, 48, 0 },	/* B8A8 */
	{ 0x3432564e, 151, 0 },	/* NV24 */
	{ 0x48202052, 68, 0 },	/* R  H */
	{ 0x3132564e, 148, 0 },	/* NV21 */
	{ 0x30334258, 40, 0 },	/* XB30 */
	{ 0x35315852, 15, 0 },	/* RX15 */
	{ 0x38345258, 59, 0 },	/* XR48 */
	{ 0x30313053, 173, 0 },	/* S010 */
	{ 0x30335258, 39, 0 },	/* XR30 */
	{ 0x20203243, 80, 0 },	/* C2 */
	{ 0x38415842, 52, 0 },	/* BXA8 */
	{ 0x34324752, 27, 0 },	/* RG24 */
	{ 0x35314258, 17, 0 },	/* XB15 */
	{ 0x32314241, 7, 0 },	/* AB12 */
	{ 0x20203443, 83, 0 },	/* C4 */
	{ 0x39565559, 161, 0 },	/* YUV9 */
	{ 0x38413542, 54, 0 },	/* B5A8 */
	{ 0x32334752, 92, 0 },	/* RG32 */
	{ 0x36315659, 168, 0 },	/* YV16 */
	{ 0x38524742, 1, 0 },	/* BGR8 */
	{ 0x36313453, 181, 0 },	/* S416 */
	{ 0x32313453, 178, 0 },	/* S412 */
	{ 0x59555658, 128, 0 },	/* XVUY */
	{ 0x56555958, 126, 0 },	/* XYUV */
	{ 0x59565955, 114, 0 },	/* UYVY */
	{ 0x32335247, 93, 0 },	/* GR32 */
	{ 0x32313259, 132, 0 },	/* Y212 */
	{ 0x34325258, 32, 0 },	/* XR24 */
	{ 0x34324241, 35, 0 },	/* AB24 */
	{ 0x20323152, 88, 0 },	/* R12 */
	{ 0x38344742, 57, 0 },	/* BG48 */
	{ 0x34324742, 28, 0 },	/* BG24 */
	{ 0x39555659, 162, 0 },	/* YVU9 */
	{ 0x36315559, 167, 0 },	/* YU16 */
	{ 0x3032564e, 154, 0 },	/* NV20 */
	{ 0x34324142, 37, 0 },	/* BA24 */
	{ 0x38413552, 53, 0 },	/* R5A8 */
	{ 0x46202052, 71, 0 },	/* R  F */
	{ 0x304c3058, 141, 0 },	/* X0L0 */
	{ 0x30335852, 44, 0 },	/* RX30 */
	{ 0x34325559, 169, 0 },	/* YU24 */
	{ 0x59555956, 115, 0 },	/* VYUY */
	{ 0x36314752, 20, 0 },	/* RG16 */
	{ 0x46205247, 72, 0 },	/* GR F */
	{ 0x36313050, 158, 0 },	/* P016 */
	{ 0x36335658, 138, 0 },	/* XV36 */
	{ 0x35314241, 16, 0 },	/* AB15 */
	{ 0x30313253, 174, 0 },	/* S210 */
	{ 0x20203844, 84, 0 },	/* D8 */
	{ 0x38413852, 47, 0 },	/* R8A8 */
	{ 0x31303451, 172, 0 },	/* Q401 */
	{ 0x32315659, 166, 0 },	/* YV12 */
	{ 0x36313053, 179, 0 },	/* S016 */
	{ 0x36313259, 133, 0 },	/* Y216 */
	{ 0x30335556, 144, 0 },	/* VU30 */
	{ 0x34325241, 31, 0 },	/* AR24 */
	{ 0x38345658, 139, 0 },	/* XV48 */
	{ 0x36313459, 136, 0 },	/* Y416 */
	{ 0x30335658, 137, 0 },	/* XV30 */
	{ 0x30335842, 41, 0 },	/* BX30 */
};

const u8 pixfmt_drm_seeds[PIXFMT_DRM_BUCKETS] = {
	1, 4, 3, 0, 9, 1, 13, 10, 4, 17, 8, 2, 0, 4, 1, 0,
	0, 1, 23, 4, 3, 1, 2, 0, 0, 10, 0, 0, 4, 12, 0, 1,
	3, 0, 0, 0, 20, 4, 9, 47, 1, 0, 7, 20, 2, 11, 5, 1,
	11, 0, 0, 26, 15, 5, 37, 0, 13, 0, 0, 18, 2, 2, 25, 0,
	0, 2, 6, 12, 4, 100, 4, 3, 18,
};

/* media-bus codes, sorted by code: the formats are indexes into pixfmt_formats[] */
const struct pixfmt_media_bus pixfmt_media_bus_codes[PIXFMT_NUM_MEDIA_BUS] = {
	/* RGB565 */
	{ .macro = "MEDIA_BUS_FMT_RGB565_2X8_LE", .code = 0x1008,
	  .num_formats = 1, .formats = { 20 } },
	/* BGR888, RGB888, XRGB8888 */
	{ .macro = "MEDIA_BUS_FMT_RGB888_1X24", .code = 0x100a,
	  .csi2_dt = 0x24, .has_csi2_dt = true,
	  .num_formats = 3, .formats = { 28, 27, 32 } },
	/* RGB888, XBGR8888 */
	{ .macro = "MEDIA_BUS_FMT_BGR888_1X24", .code = 0x1013,
	  .csi2_dt = 0x24, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 27, 36 } },
	/* RGB565, RGB565_BE */
	{ .macro = "MEDIA_BUS_FMT_RGB565_1X16", .code = 0x1017,
	  .csi2_dt = 0x22, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 20, 25 } },
	/* R8 */
	{ .macro = "MEDIA_BUS_FMT_Y8_1X8", .code = 0x2001,
	  .csi2_dt = 0x2a, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 86 } },
	/* UYVY */
	{ .macro = "MEDIA_BUS_FMT_UYVY8_2X8", .code = 0x2006,
	  .csi2_dt = 0x1e, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 114 } },
	/* YUYV */
	{ .macro = "MEDIA_BUS_FMT_YUYV8_2X8", .code = 0x2008,
	  .num_formats = 1, .formats = { 112 } },
	/* R10, Y10P, IPU3_Y10 */
	{ .macro = "MEDIA_BUS_FMT_Y10_1X10", .code = 0x200a,
	  .csi2_dt = 0x2b, .has_csi2_dt = true,
	  .num_formats = 3, .formats = { 87, 100, 101 } },
	/* UYVY */
	{ .macro = "MEDIA_BUS_FMT_UYVY8_1X16", .code = 0x200f,
	  .csi2_dt = 0x1e, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 114 } },
	/* VYUY */
	{ .macro = "MEDIA_BUS_FMT_VYUY8_1X16", .code = 0x2010,
	  .csi2_dt = 0x1e, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 115 } },
	/* YUYV */
	{ .macro = "MEDIA_BUS_FMT_YUYV8_1X16", .code = 0x2011,
	  .csi2_dt = 0x1e, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 112 } },
	/* YVYU */
	{ .macro = "MEDIA_BUS_FMT_YVYU8_1X16", .code = 0x2012,
	  .csi2_dt = 0x1e, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 113 } },
	/* R12, Y12P */
	{ .macro = "MEDIA_BUS_FMT_Y12_1X12", .code = 0x2013,
	  .csi2_dt = 0x2c, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 88, 102 } },
	/* Y14, Y14P */
	{ .macro = "MEDIA_BUS_FMT_Y14_1X14", .code = 0x202d,
	  .csi2_dt = 0x2d, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 97, 103 } },
	/* R16 */
	{ .macro = "MEDIA_BUS_FMT_Y16_1X16", .code = 0x202e,
	  .csi2_dt = 0x2e, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 89 } },
	/* SBGGR8 */
	{ .macro = "MEDIA_BUS_FMT_SBGGR8_1X8", .code = 0x3001,
	  .csi2_dt = 0x2a, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 194 } },
	/* SGRBG8 */
	{ .macro = "MEDIA_BUS_FMT_SGRBG8_1X8", .code = 0x3002,
	  .csi2_dt = 0x2a, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 216 } },
	/* SBGGR10, SBGGR10P, IPU3_SBGGR10 */
	{ .macro = "MEDIA_BUS_FMT_SBGGR10_1X10", .code = 0x3007,
	  .csi2_dt = 0x2b, .has_csi2_dt = true,
	  .num_formats = 3, .formats = { 195, 196, 204 } },
	/* SBGGR12, SBGGR12P */
	{ .macro = "MEDIA_BUS_FMT_SBGGR12_1X12", .code = 0x3008,
	  .csi2_dt = 0x2c, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 199, 200 } },
	/* SGRBG10, SGRBG10P, IPU3_SGRBG10 */
	{ .macro = "MEDIA_BUS_FMT_SGRBG10_1X10", .code = 0x300a,
	  .csi2_dt = 0x2b, .has_csi2_dt = true,
	  .num_formats = 3, .formats = { 217, 218, 226 } },
	/* SGBRG10, SGBRG10P, IPU3_SGBRG10 */
	{ .macro = "MEDIA_BUS_FMT_SGBRG10_1X10", .code = 0x300e,
	  .csi2_dt = 0x2b, .has_csi2_dt = true,
	  .num_formats = 3, .formats = { 206, 207, 215 } },
	/* SRGGB10, SRGGB10P, IPU3_SRGGB10 */
	{ .macro = "MEDIA_BUS_FMT_SRGGB10_1X10", .code = 0x300f,
	  .csi2_dt = 0x2b, .has_csi2_dt = true,
	  .num_formats = 3, .formats = { 228, 229, 237 } },
	/* SGBRG12, SGBRG12P */
	{ .macro = "MEDIA_BUS_FMT_SGBRG12_1X12", .code = 0x3010,
	  .csi2_dt = 0x2c, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 210, 211 } },
	/* SGRBG12, SGRBG12P */
	{ .macro = "MEDIA_BUS_FMT_SGRBG12_1X12", .code = 0x3011,
	  .csi2_dt = 0x2c, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 221, 222 } },
	/* SRGGB12, SRGGB12P */
	{ .macro = "MEDIA_BUS_FMT_SRGGB12_1X12", .code = 0x3012,
	  .csi2_dt = 0x2c, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 232, 233 } },
	/* SGBRG8 */
	{ .macro = "MEDIA_BUS_FMT_SGBRG8_1X8", .code = 0x3013,
	  .csi2_dt = 0x2a, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 205 } },
	/* SRGGB8 */
	{ .macro = "MEDIA_BUS_FMT_SRGGB8_1X8", .code = 0x3014,
	  .csi2_dt = 0x2a, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 227 } },
	/* SBGGR14, SBGGR14P */
	{ .macro = "MEDIA_BUS_FMT_SBGGR14_1X14", .code = 0x3019,
	  .csi2_dt = 0x2d, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 201, 202 } },
	/* SGBRG14, SGBRG14P */
	{ .macro = "MEDIA_BUS_FMT_SGBRG14_1X14", .code = 0x301a,
	  .csi2_dt = 0x2d, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 212, 213 } },
	/* SGRBG14, SGRBG14P */
	{ .macro = "MEDIA_BUS_FMT_SGRBG14_1X14", .code = 0x301b,
	  .csi2_dt = 0x2d, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 223, 224 } },
	/* SRGGB14, SRGGB14P */
	{ .macro = "MEDIA_BUS_FMT_SRGGB14_1X14", .code = 0x301c,
	  .csi2_dt = 0x2d, .has_csi2_dt = true,
	  .num_formats = 2, .formats = { 234, 235 } },
	/* SBGGR16 */
	{ .macro = "MEDIA_BUS_FMT_SBGGR16_1X16", .code = 0x301d,
	  .csi2_dt = 0x2e, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 203 } },
	/* SGBRG16 */
	{ .macro = "MEDIA_BUS_FMT_SGBRG16_1X16", .code = 0x301e,
	  .csi2_dt = 0x2e, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 214 } },
	/* SGRBG16 */
	{ .macro = "MEDIA_BUS_FMT_SGRBG16_1X16", .code = 0x301f,
	  .csi2_dt = 0x2e, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 225 } },
	/* SRGGB16 */
	{ .macro = "MEDIA_BUS_FMT_SRGGB16_1X16", .code = 0x3020,
	  .csi2_dt = 0x2e, .has_csi2_dt = true,
	  .num_formats = 1, .formats = { 236 } },
	/* JPEG */
	{ .macro = "MEDIA_BUS_FMT_JPEG_1X8", .code = 0x4001,
	  .num_formats = 1, .formats = { 255 } },
};
