/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * pixfmt: pixel-format facts and checked size arithmetic for V4L2 and DRM
 * drivers, over the table generated from formats.yaml (pixfmt_table.c).
 *
 * V4L2 and DRM codes are separate namespaces: every lookup says which one it
 * searches. Functions return 0 or a negative errno:
 *   -EINVAL     unknown code, format without per-pixel layout (compressed),
 *               zero width or height, bad plane index or page size
 *   -EOVERFLOW  a result does not fit its type (u32 for the V4L2 uapi
 *               fields, u64 elsewhere)
 *   -ERANGE     a buffer or layout is too small for the format and size
 *   -ENOENT     (pixfmt_kernel_*() only) the kernel's table has no entry for
 *               the code, so its helper rejects it
 *
 * Two kinds of size, never mixed up:
 *
 * The real need (every function but pixfmt_kernel_*()): the memory a W x H
 * frame of the format occupies, what buffer checks must use. For plane i
 * (hsub_i = vsub_i = 1 for plane 0, the format's chroma subsampling for
 * planes 1..3):
 *   pw        = DIV_ROUND_UP(roundup(W, align_w), hsub_i)
 *   lines     = roundup(DIV_ROUND_UP(roundup(H, align_h), vsub_i), block_h)
 *   min_pitch = roundup(DIV_ROUND_UP(DIV_ROUND_UP(pw, block_w) *
 *               bytes_per_block, block_h), pitch_align)
 *   size      = pitch * lines
 * A line holds whole blocks (a partial CSI-2 group takes all its bytes),
 * align_w/align_h and pitch_align carry the tile and stride alignment the
 * format's documentation requires and whole YUYV-style macropixels;
 * roundup() is to any multiple. A V4L2 code with one memory plane has
 * bytesperline = min_pitch of plane 0 and sizeimage = the sum of
 * min_pitch_i * lines_i; a code with one memory plane per colour plane has
 * bytesperline_i = min_pitch_i and sizeimage_i = min_pitch_i * lines_i.
 *
 * Kernel-compatible (pixfmt_kernel_*()): exactly what Linux's
 * v4l2_fill_pixfmt(_mp)() and drm_format_info_min_pitch() / _plane_width() /
 * _plane_height() return (PIXFMT_KERNEL_REFERENCE), from the kernel's own
 * table entries, its rounding down of a partial pixel group included;
 * -ENOENT where the kernel's table has no entry for the code.
 *
 * Everything is computed in u64 with overflow checks; the V4L2 fills then
 * require each value to fit in u32.
 */
#ifndef _PIXFMT_H
#define _PIXFMT_H

#include <linux/types.h>
#include <linux/videodev2.h>

#include "pixfmt_table.h"

/* Xen grants are 4 KiB pages whatever the kernel's PAGE_SIZE */
#define PIXFMT_XEN_PAGE_SIZE	4096U
/* longest XenStore format label: four characters and "-BE" */
#define PIXFMT_XEN_LABEL_MAX	7

/**
 * enum pixfmt_v4l2_api - the V4L2 buffer API a device exposes
 * @PIXFMT_V4L2_SINGLE_PLANAR: V4L2_BUF_TYPE_VIDEO_CAPTURE/OUTPUT, struct
 *	v4l2_pix_format: only codes with one memory plane
 * @PIXFMT_V4L2_MULTI_PLANAR: V4L2_BUF_TYPE_VIDEO_CAPTURE/OUTPUT_MPLANE,
 *	struct v4l2_pix_format_mplane: every code
 */
enum pixfmt_v4l2_api {
	PIXFMT_V4L2_SINGLE_PLANAR,
	PIXFMT_V4L2_MULTI_PLANAR,
};

/* each module's own copy: see PIXFMT_SYMBOL() in pixfmt_table.h */
#ifdef PIXFMT_PREFIX
#define pixfmt_v4l2_format		PIXFMT_SYMBOL(pixfmt_v4l2_format)
#define pixfmt_drm_format		PIXFMT_SYMBOL(pixfmt_drm_format)
#define pixfmt_v4l2_mem_planes		PIXFMT_SYMBOL(pixfmt_v4l2_mem_planes)
#define pixfmt_v4l2_single_planar	PIXFMT_SYMBOL(pixfmt_v4l2_single_planar)
#define pixfmt_v4l2_enum		PIXFMT_SYMBOL(pixfmt_v4l2_enum)
#define pixfmt_plane_width		PIXFMT_SYMBOL(pixfmt_plane_width)
#define pixfmt_plane_height		PIXFMT_SYMBOL(pixfmt_plane_height)
#define pixfmt_min_pitch		PIXFMT_SYMBOL(pixfmt_min_pitch)
#define pixfmt_image_size		PIXFMT_SYMBOL(pixfmt_image_size)
#define pixfmt_image_pages		PIXFMT_SYMBOL(pixfmt_image_pages)
#define pixfmt_check_buffer		PIXFMT_SYMBOL(pixfmt_check_buffer)
#define pixfmt_v4l2_fill_pix		PIXFMT_SYMBOL(pixfmt_v4l2_fill_pix)
#define pixfmt_v4l2_fill_pix_mp		PIXFMT_SYMBOL(pixfmt_v4l2_fill_pix_mp)
#define pixfmt_kernel_v4l2_fill_pix	PIXFMT_SYMBOL(pixfmt_kernel_v4l2_fill_pix)
#define pixfmt_kernel_v4l2_fill_pix_mp	PIXFMT_SYMBOL(pixfmt_kernel_v4l2_fill_pix_mp)
#define pixfmt_kernel_drm_plane_width	PIXFMT_SYMBOL(pixfmt_kernel_drm_plane_width)
#define pixfmt_kernel_drm_plane_height	PIXFMT_SYMBOL(pixfmt_kernel_drm_plane_height)
#define pixfmt_kernel_drm_min_pitch	PIXFMT_SYMBOL(pixfmt_kernel_drm_min_pitch)
#define pixfmt_xen_parse_label		PIXFMT_SYMBOL(pixfmt_xen_parse_label)
#define pixfmt_xen_label		PIXFMT_SYMBOL(pixfmt_xen_label)
#define pixfmt_xen_check_layout		PIXFMT_SYMBOL(pixfmt_xen_check_layout)
#define pixfmt_media_bus_find		PIXFMT_SYMBOL(pixfmt_media_bus_find)
#define pixfmt_media_bus_format		PIXFMT_SYMBOL(pixfmt_media_bus_format)
#define pixfmt_media_bus_enum		PIXFMT_SYMBOL(pixfmt_media_bus_enum)
#endif

const struct pixfmt_format *pixfmt_v4l2_format(u32 code);
const struct pixfmt_format *pixfmt_drm_format(u32 code);
int pixfmt_v4l2_mem_planes(u32 code);
bool pixfmt_v4l2_single_planar(u32 code);
int pixfmt_v4l2_enum(const u32 *codes, unsigned int count, unsigned int index,
		     enum pixfmt_v4l2_api api, u32 *code);

int pixfmt_plane_width(const struct pixfmt_format *fmt, unsigned int plane,
		       u32 width, u32 *plane_width);
int pixfmt_plane_height(const struct pixfmt_format *fmt, unsigned int plane,
			u32 height, u32 *plane_height);
int pixfmt_min_pitch(const struct pixfmt_format *fmt, unsigned int plane,
		     u32 width, u64 *pitch);
int pixfmt_image_size(const struct pixfmt_format *fmt, u32 width, u32 height,
		      u64 *size);
int pixfmt_image_pages(const struct pixfmt_format *fmt, u32 width, u32 height,
		       u32 page_size, u64 *pages);
int pixfmt_check_buffer(const struct pixfmt_format *fmt, u32 width, u32 height,
			const u32 *pitches, const u64 *offsets, u64 num_pages,
			u32 page_size, const char **why);

int pixfmt_v4l2_fill_pix(struct v4l2_pix_format *pix, u32 code, u32 width,
			 u32 height);
int pixfmt_v4l2_fill_pix_mp(struct v4l2_pix_format_mplane *pix, u32 code,
			    u32 width, u32 height);

int pixfmt_kernel_v4l2_fill_pix(struct v4l2_pix_format *pix, u32 code,
				u32 width, u32 height);
int pixfmt_kernel_v4l2_fill_pix_mp(struct v4l2_pix_format_mplane *pix,
				   u32 code, u32 width, u32 height);
int pixfmt_kernel_drm_plane_width(u32 code, unsigned int plane, u32 width,
				  u32 *plane_width);
int pixfmt_kernel_drm_plane_height(u32 code, unsigned int plane, u32 height,
				   u32 *plane_height);
int pixfmt_kernel_drm_min_pitch(u32 code, unsigned int plane, u32 buffer_width,
				u64 *pitch);

/**
 * struct pixfmt_xen_layout - a Xen camera buffer layout to check
 * @num_planes: from the backend's XENCAMERA_OP_BUF_GET_LAYOUT response
 * @size: whole buffer size in bytes, from the same response
 * @plane_size: size in bytes of each memory plane, from the same response
 * @plane_stride: bytes per line of each memory plane, from the same response
 * @plane_offset: offset of each memory plane in the buffer, as the frontend
 *	sends it in XENCAMERA_OP_BUF_CREATE
 *
 * Only the first @num_planes entries of the arrays are read.
 */
struct pixfmt_xen_layout {
	u32 num_planes;
	u32 size;
	u32 plane_size[PIXFMT_MAX_PLANES];
	u32 plane_stride[PIXFMT_MAX_PLANES];
	u32 plane_offset[PIXFMT_MAX_PLANES];
};

int pixfmt_xen_parse_label(const char *label, u32 *code);
int pixfmt_xen_label(u32 code, char label[PIXFMT_XEN_LABEL_MAX + 1]);
int pixfmt_xen_check_layout(u32 code, u32 width, u32 height,
			    const struct pixfmt_xen_layout *layout,
			    u32 num_grefs, const char **why);

/*
 * Media-bus codes (MEDIA_BUS_FMT_*): what a sensor sends, its MIPI CSI-2
 * data type and the formats a receiver writes from it (pixfmt_table.h).
 */
const struct pixfmt_media_bus *pixfmt_media_bus_find(u32 code);
const struct pixfmt_format *
pixfmt_media_bus_format(const struct pixfmt_media_bus *mbus, unsigned int index);
const struct pixfmt_media_bus *
pixfmt_media_bus_enum(const struct pixfmt_format *fmt, unsigned int index);

#endif /* _PIXFMT_H */
