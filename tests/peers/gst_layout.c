/*
 * gst_layout: image layouts as GStreamer's video library computes them.
 *
 * stdin:  lines "GST_VIDEO_FORMAT_NAME WIDTH HEIGHT ALIGN"
 * stdout: one JSON object per line,
 *         {"planes": [{"pitch": N, "height": N, "size": N, "offset": N}, ...], "total": N}
 *         or {"error": "..."}
 *
 * gst_video_info_set_format(), then gst_video_info_align_full() with
 * stride_align[i] = ALIGN - 1 for every plane (zero when ALIGN is 1: no
 * change, but it reports the plane sizes). Per plane: the stride and offset
 * of the GstVideoInfo; the height GST_VIDEO_FORMAT_INFO_SCALE_HEIGHT() of the
 * plane's first component; the size align_full() reports (height * stride).
 * Tiled formats keep tile counts in the stride (GST_VIDEO_TILE_MAKE_STRIDE):
 * pitch = x tiles * bytes per tile row, height = y tiles * tile height,
 * size = x tiles * y tiles * tile size, from the format's tile_info.
 * A palette plane (RGB8P) is not reported as a plane; its 1024 bytes are in
 * "total", which is the GstVideoInfo size.
 */
#include <limits.h>
#include <stdio.h>

#include <gst/video/video.h>

#include "dumper.h"

static void dump(const char *name, unsigned long width, unsigned long height, unsigned long align)
{
	GstVideoFormat fmt = gst_video_format_from_string(name);
	const GstVideoFormatInfo *finfo;
	GstVideoInfo info;
	GstVideoAlignment alignment;
	gsize plane_size[GST_VIDEO_MAX_PLANES] = { 0 };
	guint planes, i;

	if (fmt == GST_VIDEO_FORMAT_UNKNOWN || fmt == GST_VIDEO_FORMAT_ENCODED) {
		error("unknown format");
		return;
	}
	finfo = gst_video_format_get_info(fmt);

	gst_video_info_init(&info);
	if (!gst_video_info_set_format(&info, fmt, (guint)width, (guint)height)) {
		error("gst_video_info_set_format failed");
		return;
	}
	gst_video_alignment_reset(&alignment);
	for (i = 0; i < GST_VIDEO_MAX_PLANES; i++)
		alignment.stride_align[i] = (guint)(align - 1);
	if (!gst_video_info_align_full(&info, &alignment, plane_size)) {
		error("gst_video_info_align_full failed");
		return;
	}

	planes = GST_VIDEO_INFO_N_PLANES(&info);
	if (GST_VIDEO_FORMAT_INFO_HAS_PALETTE(finfo))
		planes--;

	printf("{\"planes\": [");
	for (i = 0; i < planes; i++) {
		gint stride = GST_VIDEO_INFO_PLANE_STRIDE(&info, i);
		unsigned long pitch, plane_height;

		if (GST_VIDEO_FORMAT_INFO_IS_TILED(finfo)) {
			pitch = (unsigned long)GST_VIDEO_TILE_X_TILES(stride) *
				GST_VIDEO_FORMAT_INFO_TILE_STRIDE(finfo, i);
			plane_height = (unsigned long)GST_VIDEO_TILE_Y_TILES(stride) *
				       GST_VIDEO_FORMAT_INFO_TILE_HEIGHT(finfo, i);
		} else {
			gint comp[GST_VIDEO_MAX_COMPONENTS];

			gst_video_format_info_component(finfo, i, comp);
			pitch = (unsigned long)stride;
			plane_height = (unsigned long)GST_VIDEO_FORMAT_INFO_SCALE_HEIGHT(
				finfo, comp[0], (guint)height);
		}
		printf("%s{\"pitch\": %lu, \"height\": %lu, \"size\": %zu, \"offset\": %zu}",
		       i ? ", " : "", pitch, plane_height, (size_t)plane_size[i],
		       (size_t)GST_VIDEO_INFO_PLANE_OFFSET(&info, i));
	}
	printf("], \"total\": %zu}\n", (size_t)GST_VIDEO_INFO_SIZE(&info));
}

int main(int argc, char **argv)
{
	gst_init(&argc, &argv);
	return dumper_main();
}
