/* generated from formats.yaml by gen/pixfmt_gen.py, do not edit */
/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The pixfmt format table: facts only. Sizes and lookups are computed by the
 * hand-written helpers in pixfmt.c. 314 formats: 240 with V4L2 codes
 * (250 codes), 145 with a DRM code, 71 with both.
 */
#ifndef _PIXFMT_TABLE_H
#define _PIXFMT_TABLE_H

#include <linux/bits.h>
#include <linux/version.h>
#include <linux/types.h>

/*
 * Every global symbol of pixfmt is named PIXFMT_SYMBOL(name): the driver's
 * code still calls pixfmt_*(), but each module links in a copy under its own
 * names, so two drivers built into one kernel do not collide. The prefix is
 * PIXFMT_PREFIX if the driver's Kbuild sets it (ccflags-y +=
 * -DPIXFMT_PREFIX=mydrv_), else the module's name as Kbuild gives it in
 * __KBUILD_MODNAME (kmod_mydrv_), the token <linux/init.h> makes unique
 * initcall names with; outside Kbuild, no prefix.
 */
#if !defined(PIXFMT_PREFIX) && defined(__KBUILD_MODNAME)
#define PIXFMT_PREFIX	PIXFMT_PASTE(__KBUILD_MODNAME, _)
#endif
#ifdef PIXFMT_PREFIX
#define __PIXFMT_PASTE(a, b)	a##b
#define PIXFMT_PASTE(a, b)	__PIXFMT_PASTE(a, b)
#define PIXFMT_SYMBOL(name)	PIXFMT_PASTE(PIXFMT_PREFIX, name)
#define pixfmt_formats		PIXFMT_SYMBOL(pixfmt_formats)
#define pixfmt_v4l2_index	PIXFMT_SYMBOL(pixfmt_v4l2_index)
#define pixfmt_v4l2_seeds	PIXFMT_SYMBOL(pixfmt_v4l2_seeds)
#define pixfmt_drm_index	PIXFMT_SYMBOL(pixfmt_drm_index)
#define pixfmt_drm_seeds	PIXFMT_SYMBOL(pixfmt_drm_seeds)
#endif

#define PIXFMT_MAX_PLANES	4
#define PIXFMT_MAX_V4L2_CODES	2
#define PIXFMT_NUM_FORMATS	314
#define PIXFMT_NUM_V4L2_CODES	250
#define PIXFMT_NUM_DRM_CODES	145
/* seeds of the code indexes' perfect hashes (pixfmt_table.c) */
#define PIXFMT_V4L2_BUCKETS	125
#define PIXFMT_DRM_BUCKETS	73
/* bit 31 of a code: the big-endian variant of a format */
#define PIXFMT_BIG_ENDIAN	BIT(31)
/* the kernel whose helpers the pixfmt_kernel_*() functions reproduce */
#define PIXFMT_KERNEL_REFERENCE	KERNEL_VERSION(6, 12, 0)
/*
 * Xen camera XenStore format labels (xen/io/cameraif.h): characters a label
 * may not hold (besides those outside 0x21..0x7e), and the big-endian suffix
 */
#define PIXFMT_XEN_LABEL_FORBIDDEN	"/\\ <>:\"|?*"
#define PIXFMT_XEN_LABEL_BIG_ENDIAN	"-BE"

/**
 * enum pixfmt_encoding - how a format's samples encode colour (compressed, opaque: no layout)
 * @PIXFMT_ENC_RGB: red, green, blue (and alpha)
 * @PIXFMT_ENC_YUV: luma and chroma
 * @PIXFMT_ENC_BAYER: raw colour-filter-array samples
 * @PIXFMT_ENC_GREY: luma only
 * @PIXFMT_ENC_INDEXED: palette indices
 * @PIXFMT_ENC_HSV: hue, saturation, value
 * @PIXFMT_ENC_DEPTH: distance samples
 * @PIXFMT_ENC_COMPRESSED: a bitstream, no per-pixel layout
 * @PIXFMT_ENC_OPAQUE: a vendor layout not described per pixel
 */
enum pixfmt_encoding {
	PIXFMT_ENC_RGB,
	PIXFMT_ENC_YUV,
	PIXFMT_ENC_BAYER,
	PIXFMT_ENC_GREY,
	PIXFMT_ENC_INDEXED,
	PIXFMT_ENC_HSV,
	PIXFMT_ENC_DEPTH,
	PIXFMT_ENC_COMPRESSED,
	PIXFMT_ENC_OPAQUE,
};

/**
 * enum pixfmt_cfa - the 2x2 colour-filter array of a raw format
 * @PIXFMT_CFA_NONE: not a colour-filter array
 * @PIXFMT_CFA_RGGB: red, green / green, blue
 * @PIXFMT_CFA_GRBG: green, red / blue, green
 * @PIXFMT_CFA_GBRG: green, blue / red, green
 * @PIXFMT_CFA_BGGR: blue, green / green, red
 * @PIXFMT_CFA_UNSPECIFIED: raw samples whose order the format does not fix
 *	(the sensor's)
 */
enum pixfmt_cfa {
	PIXFMT_CFA_NONE,
	PIXFMT_CFA_RGGB,
	PIXFMT_CFA_GRBG,
	PIXFMT_CFA_GBRG,
	PIXFMT_CFA_BGGR,
	PIXFMT_CFA_UNSPECIFIED,
};

/**
 * enum pixfmt_companding - how a stored sample code maps to the sample's value
 * @PIXFMT_COMPANDING_NONE: the code is the value
 * @PIXFMT_COMPANDING_ALAW: an A-law code of a wider sample
 * @PIXFMT_COMPANDING_DPCM: a DPCM code: a wider sample's difference from its
 *	prediction
 */
enum pixfmt_companding {
	PIXFMT_COMPANDING_NONE,
	PIXFMT_COMPANDING_ALAW,
	PIXFMT_COMPANDING_DPCM,
};

/**
 * enum pixfmt_tile_order - the order of a tiled format's tiles in memory
 * @PIXFMT_TILE_ORDER_LINEAR: one after another, left to right, top to bottom
 * @PIXFMT_TILE_ORDER_ZFLIPZ: 2x2 groups of tiles in Z order, every other group
 *	flipped upside down; an odd last row of tiles linear (V4L2 NV12MT)
 */
enum pixfmt_tile_order {
	PIXFMT_TILE_ORDER_LINEAR,
	PIXFMT_TILE_ORDER_ZFLIPZ,
};

/**
 * struct pixfmt_plane - one colour plane of a format
 * @bytes_per_block: bytes holding one block of @block_w x @block_h pixels of
 *	the plane (pixels counted after subsampling); a line holds whole blocks
 * @block_w: block width in pixels
 * @block_h: block height in pixels
 * @align_w: the image width is rounded up to a multiple of this before the
 *	plane is sized (may be a non-power-of-two): the documented tile or line
 *	alignment, and whole macropixels
 * @align_h: the same for the image height
 * @kernel_align_w: the kernel V4L2 table's block_w (used by the
 *	kernel-compatible helpers only)
 * @kernel_align_h: the kernel V4L2 table's block_h
 * @kernel_bpp: the kernel V4L2 table's bpp: bytes per @kernel_bpp_div pixels
 * @kernel_bpp_div: its bpp_div, one divisor for all planes of a format
 * @pitch_align: the plane's pitch is rounded up to a multiple of this many
 *	bytes (the documented line stride alignment)
 * @hsub: horizontal subsampling of this plane (1 for plane 0)
 * @vsub: vertical subsampling of this plane (1 for plane 0)
 * @pow2: every step above (block, alignment, subsampling) is a power of
 *	two, so sizes take shifts and masks instead of divisions
 */
struct pixfmt_plane {
	u8 bytes_per_block;
	u8 block_w;
	u8 block_h;
	u16 align_w;
	u16 align_h;
	u16 kernel_align_w;
	u16 kernel_align_h;
	u8 kernel_bpp;
	u8 kernel_bpp_div;
	u8 pitch_align;
	u8 hsub;
	u8 vsub;
	bool pow2;
};

/**
 * struct pixfmt_format - one memory layout and the codes that name it
 * @name: canonical name (the DRM name when there is a DRM code)
 * @v4l2: V4L2 codes of this layout (bit 31 set for big-endian variants);
 *	the first @num_v4l2 entries are valid
 * @v4l2_mem_planes: memory planes (buffers) of each V4L2 code: 1 when all
 *	colour planes share one buffer, @num_planes when each has its own
 * @v4l2_kernel: first recorded kernel version (KERNEL_VERSION-style, major <<
 *	16 | minor << 8) whose v4l2_format_info table has each V4L2 code, 0 for none
 * @drm_kernel: the same for the DRM code and drm_format_info
 * @drm_depth: drm_format_info.depth of the DRM code (0 where the kernel gives none)
 * @num_v4l2: number of V4L2 codes (0 to %PIXFMT_MAX_V4L2_CODES)
 * @drm: DRM code, valid when @has_drm is set
 * @has_drm: the layout has a DRM code
 * @encoding: an &enum pixfmt_encoding: how samples encode colour (the encodings
 *	and their meanings: docs/formats.md)
 * @compressed: no per-pixel layout; implied by the encodings compressed and
 *	opaque, set explicitly for layouts only usable with a compression
 *	modifier (DRM YUV420_8BIT)
 * @component_bits: bits of the widest colour component (XRGB8888: 8); required unless
 *	compressed. Not the kernel's drm_format_info.depth: that is
 *	drm.depth
 * @hsub: formats.yaml subsampling[0]: [h, v] divisors of the chroma planes
 *	(planes after the first); for one-plane YUV layouts the chroma
 *	subsampling inside the plane: a line then holds whole macropixels
 *	of h pixels
 * @vsub: formats.yaml subsampling[1]: see @hsub
 * @tile_w: formats.yaml tile[0]: [w, h] tile of a tiled layout, in pixels
 *	(informational: the sizes come from the planes' align and
 *	pitch_align)
 * @tile_h: formats.yaml tile[1]: see @tile_w
 * @tile_order: an &enum pixfmt_tile_order: the order of a tiled format's tiles in
 *	memory (the planes' `tile` gives their size)
 * @has_alpha: the layout carries alpha
 * @big_endian: the layout stores 16-bit or wider words big-endian
 * @cfa: an &enum pixfmt_cfa: the colour-filter array of a raw (bayer)
 *	format: the colours of its 2x2 cells, left to right, top to
 *	bottom; required for bayer, none otherwise
 * @companding: an &enum pixfmt_companding: how a sample's stored code maps to its
 *	value: none (the code is the value), or A-law or DPCM codes of
 *	wider samples (V4L2's ALAW8 and DPCM8 raw formats); the pixel
 *	readers give the codes
 * @num_planes: number of colour planes (0 to %PIXFMT_MAX_PLANES)
 * @planes: the colour planes; the first @num_planes entries are valid
 */
struct pixfmt_format {
	const char *name;
	u32 v4l2[PIXFMT_MAX_V4L2_CODES];
	u8 v4l2_mem_planes[PIXFMT_MAX_V4L2_CODES];
	u32 v4l2_kernel[PIXFMT_MAX_V4L2_CODES];
	u8 num_v4l2;
	bool has_drm;
	u32 drm;
	u32 drm_kernel;
	u8 drm_depth;
	u8 encoding;
	bool compressed;
	u8 component_bits;
	u8 hsub;
	u8 vsub;
	u8 tile_w;
	u8 tile_h;
	u8 tile_order;
	bool has_alpha;
	bool big_endian;
	u8 cfa;
	u8 companding;
	u8 num_planes;
	struct pixfmt_plane planes[PIXFMT_MAX_PLANES];
};

/**
 * struct pixfmt_code_index - one entry of a code index, at the position its
 *	code hashes to (pixfmt_table.c)
 * @code: a V4L2 or DRM code
 * @format: index of the format in pixfmt_formats[]
 * @slot: for V4L2, which entry of &pixfmt_format.v4l2 holds @code; 0 for DRM
 */
struct pixfmt_code_index {
	u32 code;
	u16 format;
	u8 slot;
};

extern const struct pixfmt_format pixfmt_formats[PIXFMT_NUM_FORMATS];
extern const struct pixfmt_code_index pixfmt_v4l2_index[PIXFMT_NUM_V4L2_CODES];
extern const u8 pixfmt_v4l2_seeds[PIXFMT_V4L2_BUCKETS];
extern const struct pixfmt_code_index pixfmt_drm_index[PIXFMT_NUM_DRM_CODES];
extern const u8 pixfmt_drm_seeds[PIXFMT_DRM_BUCKETS];

/*
 * Media-bus codes (MEDIA_BUS_FMT_*) and the formats a receiver writes from
 * each: 36 codes.
 */
#ifdef PIXFMT_PREFIX
#define pixfmt_media_bus_codes	PIXFMT_SYMBOL(pixfmt_media_bus_codes)
#endif

#define PIXFMT_NUM_MEDIA_BUS	36
#define PIXFMT_MEDIA_BUS_MAX_FORMATS	3

/**
 * struct pixfmt_media_bus - one media-bus code and the formats it carries
 * @macro: the macro ("MEDIA_BUS_FMT_SRGGB10_1X10")
 * @code: the MEDIA_BUS_FMT_* value
 * @csi2_dt: the MIPI CSI-2 data type that carries it, valid when
 *	@has_csi2_dt is set
 * @has_csi2_dt: a CSI-2 data type is recorded
 * @num_formats: number of valid entries of @formats (1 to
 *	%PIXFMT_MEDIA_BUS_MAX_FORMATS)
 * @formats: indexes into pixfmt_formats[] of the formats a receiver writes
 *	from this code
 */
struct pixfmt_media_bus {
	const char *macro;
	u32 code;
	u8 csi2_dt;
	bool has_csi2_dt;
	u8 num_formats;
	u16 formats[PIXFMT_MEDIA_BUS_MAX_FORMATS];
};

/* sorted by code (pixfmt_media_bus_find() searches it) */
extern const struct pixfmt_media_bus pixfmt_media_bus_codes[PIXFMT_NUM_MEDIA_BUS];

#endif /* _PIXFMT_TABLE_H */
