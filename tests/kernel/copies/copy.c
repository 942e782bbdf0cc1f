// SPDX-License-Identifier: GPL-2.0 OR MIT
/* One copy of pixfmt under its PIXFMT_PREFIX: <prefix>copy (copy.h). */
#include "copy.h"

const struct pixfmt_copy PIXFMT_SYMBOL(copy) = {
	.formats = pixfmt_formats,
	.num_formats = PIXFMT_NUM_FORMATS,
	.num_v4l2 = PIXFMT_NUM_V4L2_CODES,
	.num_drm = PIXFMT_NUM_DRM_CODES,
	.v4l2_format = pixfmt_v4l2_format,
	.drm_format = pixfmt_drm_format,
	.v4l2_mem_planes = pixfmt_v4l2_mem_planes,
	.v4l2_fill_pix_mp = pixfmt_v4l2_fill_pix_mp,
	.kernel_v4l2_fill_pix_mp = pixfmt_kernel_v4l2_fill_pix_mp,
	.kernel_drm_min_pitch = pixfmt_kernel_drm_min_pitch,
	.image_size = pixfmt_image_size,
	.media_bus = pixfmt_media_bus_codes,
	.num_media_bus = PIXFMT_NUM_MEDIA_BUS,
	.media_bus_find = pixfmt_media_bus_find,
};
