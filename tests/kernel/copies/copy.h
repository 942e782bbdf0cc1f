/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * One copy of the pixfmt helpers and a table, as the copies test reaches it:
 * copy.c, compiled once per copy with that copy's PIXFMT_PREFIX, defines
 * <prefix>copy. Every copy's struct pixfmt_format is the same type (one
 * template), so the test compares their answers through these pointers.
 */
#ifndef _PIXFMT_COPY_H
#define _PIXFMT_COPY_H

#include "pixfmt.h"

/**
 * struct pixfmt_copy - one copy of pixfmt
 * @formats: its pixfmt_formats[]
 * @num_formats: its PIXFMT_NUM_FORMATS
 * @num_v4l2: its PIXFMT_NUM_V4L2_CODES
 * @num_drm: its PIXFMT_NUM_DRM_CODES
 * @v4l2_format: its pixfmt_v4l2_format()
 * @drm_format: its pixfmt_drm_format()
 * @v4l2_mem_planes: its pixfmt_v4l2_mem_planes()
 * @v4l2_fill_pix_mp: its pixfmt_v4l2_fill_pix_mp()
 * @kernel_v4l2_fill_pix_mp: its pixfmt_kernel_v4l2_fill_pix_mp()
 * @kernel_drm_min_pitch: its pixfmt_kernel_drm_min_pitch()
 * @image_size: its pixfmt_image_size()
 * @media_bus: its pixfmt_media_bus_codes[]
 * @num_media_bus: its PIXFMT_NUM_MEDIA_BUS
 * @media_bus_find: its pixfmt_media_bus_find()
 */
struct pixfmt_copy {
	const struct pixfmt_format *formats;
	unsigned int num_formats;
	unsigned int num_v4l2;
	unsigned int num_drm;
	const struct pixfmt_format *(*v4l2_format)(u32 code);
	const struct pixfmt_format *(*drm_format)(u32 code);
	int (*v4l2_mem_planes)(u32 code);
	int (*v4l2_fill_pix_mp)(struct v4l2_pix_format_mplane *pix, u32 code,
				u32 width, u32 height);
	int (*kernel_v4l2_fill_pix_mp)(struct v4l2_pix_format_mplane *pix,
				       u32 code, u32 width, u32 height);
	int (*kernel_drm_min_pitch)(u32 code, unsigned int plane,
				    u32 buffer_width, u64 *pitch);
	int (*image_size)(const struct pixfmt_format *fmt, u32 width, u32 height,
			  u64 *size);
	const struct pixfmt_media_bus *media_bus;
	unsigned int num_media_bus;
	const struct pixfmt_media_bus *(*media_bus_find)(u32 code);
};

#endif /* _PIXFMT_COPY_H */
