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
 *
 * --names: every value of the GstVideoFormat enum type (GEnumClass) but
 *         UNKNOWN and ENCODED, as gst_video_format_to_string() names it.
 * --facts: for a name, gst_video_format_from_string() and its
 *         GstVideoFormatInfo: {"name": gst_video_format_to_string(), "flags":
 *         [the GST_VIDEO_FORMAT_FLAG_* names set], "bits", "n_planes",
 *         "n_components", "depth", "pixel_stride", "plane", "poffset", "shift", "w_sub",
 *         "h_sub" (one entry per component), "fourcc":
 *         gst_video_format_to_fourcc() (0: none), and from GStreamer 1.24
 *         "drm_fourcc": gst_video_dma_drm_fourcc_from_format() (0: none)}
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

static const struct {
	GstVideoFormatFlags flag;
	const char *name;
} flag_names[] = {
	{ GST_VIDEO_FORMAT_FLAG_YUV, "yuv" },
	{ GST_VIDEO_FORMAT_FLAG_RGB, "rgb" },
	{ GST_VIDEO_FORMAT_FLAG_GRAY, "gray" },
	{ GST_VIDEO_FORMAT_FLAG_ALPHA, "alpha" },
	{ GST_VIDEO_FORMAT_FLAG_LE, "le" },
	{ GST_VIDEO_FORMAT_FLAG_PALETTE, "palette" },
	{ GST_VIDEO_FORMAT_FLAG_COMPLEX, "complex" },
	{ GST_VIDEO_FORMAT_FLAG_UNPACK, "unpack" },
	{ GST_VIDEO_FORMAT_FLAG_TILED, "tiled" },
};

static void print_array(const char *key, const guint *values, guint n)
{
	guint i;

	printf(", \"%s\": [", key);
	for (i = 0; i < n; i++)
		printf("%s%u", i ? ", " : "", values[i]);
	printf("]");
}

static void print_int_array(const char *key, const gint *values, guint n)
{
	guint i;

	printf(", \"%s\": [", key);
	for (i = 0; i < n; i++)
		printf("%s%d", i ? ", " : "", values[i]);
	printf("]");
}

static void facts(const char *name)
{
	GstVideoFormat fmt = gst_video_format_from_string(name);
	const GstVideoFormatInfo *finfo;
	size_t i;
	int first = 1;

	if (fmt == GST_VIDEO_FORMAT_UNKNOWN || fmt == GST_VIDEO_FORMAT_ENCODED) {
		error("unknown format");
		return;
	}
	finfo = gst_video_format_get_info(fmt);
	printf("{\"name\": \"%s\", \"flags\": [", gst_video_format_to_string(fmt));
	for (i = 0; i < sizeof(flag_names) / sizeof(flag_names[0]); i++) {
		if (finfo->flags & flag_names[i].flag) {
			printf("%s\"%s\"", first ? "" : ", ", flag_names[i].name);
			first = 0;
		}
	}
	printf("], \"bits\": %u, \"n_planes\": %u, \"n_components\": %u", finfo->bits,
	       finfo->n_planes, finfo->n_components);
	print_array("depth", finfo->depth, finfo->n_components);
	print_int_array("pixel_stride", finfo->pixel_stride, finfo->n_components);
	print_array("plane", finfo->plane, finfo->n_components);
	print_array("poffset", finfo->poffset, finfo->n_components);
	print_array("shift", finfo->shift, finfo->n_components);
	print_array("w_sub", finfo->w_sub, finfo->n_components);
	print_array("h_sub", finfo->h_sub, finfo->n_components);
	printf(", \"fourcc\": %u", (unsigned)gst_video_format_to_fourcc(fmt));
#if GST_CHECK_VERSION(1, 24, 0)
	printf(", \"drm_fourcc\": %u", (unsigned)gst_video_dma_drm_fourcc_from_format(fmt));
#endif
	printf("}\n");
}

static void list_names(void)
{
	GEnumClass *klass = g_type_class_ref(GST_TYPE_VIDEO_FORMAT);
	guint i;

	for (i = 0; i < klass->n_values; i++) {
		GstVideoFormat fmt = (GstVideoFormat)klass->values[i].value;

		if (fmt != GST_VIDEO_FORMAT_UNKNOWN && fmt != GST_VIDEO_FORMAT_ENCODED)
			printf("%s\n", gst_video_format_to_string(fmt));
	}
	g_type_class_unref(klass);
}

int main(int argc, char **argv)
{
	gst_init(&argc, &argv);
	return dumper_run(argc, argv);
}
