/*
 * ffmpeg_layout: image layouts as FFmpeg's libavutil computes them.
 *
 * stdin:  lines "AVPIXFMT_NAME WIDTH HEIGHT ALIGN"
 * stdout: one JSON object per line,
 *         {"planes": [{"pitch": N, "height": N, "size": N, "offset": N}, ...], "total": N}
 *         or {"error": "..."}
 *
 * What av_image_get_buffer_size() and av_image_fill_arrays() do with an
 * alignment: av_image_fill_linesizes() at the width, every linesize rounded
 * up to ALIGN (FFALIGN), av_image_fill_plane_sizes() for the plane sizes,
 * planes one after another in plane order. Plane heights are the image
 * height, shifted by log2_chroma_h (rounding up) for planes 1 and 2, as
 * av_image_fill_plane_sizes() sizes them. "total" is av_image_get_buffer_size(),
 * which for palette formats includes the 1024-byte palette.
 *
 * --names: av_pix_fmt_desc_next() over every descriptor, its name.
 * --facts: for a name, what av_get_pix_fmt() finds and its AVPixFmtDescriptor:
 *         {"name": the descriptor's name, "alias": ..., "planes":
 *         av_pix_fmt_count_planes(), "log2_chroma_w", "log2_chroma_h",
 *         "components", "bits_per_pixel": av_get_bits_per_pixel(), "flags":
 *         [the AV_PIX_FMT_FLAG_* names set], "comp": [{"plane", "step",
 *         "offset", "shift", "depth"} per component]}
 *         check_facts.py reads the facts; check_components.py (ctest
 *         peer_components) reads comp[] and the BE, BITSTREAM, RGB and PAL
 *         flags, against the components' bits in formats.yaml.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

#include <libavutil/common.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>

#include "dumper.h"

static void dump(const char *name, unsigned long width, unsigned long height, unsigned long align)
{
	enum AVPixelFormat fmt = av_get_pix_fmt(name);
	const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(fmt);
	int linesize[4];
	ptrdiff_t aligned[4];
	size_t sizes[4];
	size_t offset = 0;
	int planes, total, i;

	if (fmt == AV_PIX_FMT_NONE || !desc) {
		error("unknown format");
		return;
	}
	if (desc->flags & AV_PIX_FMT_FLAG_HWACCEL) {
		error("hardware format has no layout");
		return;
	}
	if (av_image_check_size((unsigned)width, (unsigned)height, 0, NULL) < 0) {
		error("size rejected by av_image_check_size");
		return;
	}
	if (av_image_fill_linesizes(linesize, fmt, (int)width) < 0) {
		error("av_image_fill_linesizes failed");
		return;
	}
	for (i = 0; i < 4; i++) {
		if (linesize[i] > INT_MAX - (int)align) {
			error("linesize overflows");
			return;
		}
		aligned[i] = FFALIGN(linesize[i], (int)align);
	}
	if (av_image_fill_plane_sizes(sizes, fmt, (int)height, aligned) < 0) {
		error("av_image_fill_plane_sizes failed");
		return;
	}
	total = av_image_get_buffer_size(fmt, (int)width, (int)height, (int)align);
	if (total < 0) {
		error("av_image_get_buffer_size failed");
		return;
	}

	planes = av_pix_fmt_count_planes(fmt);
	printf("{\"planes\": [");
	for (i = 0; i < planes; i++) {
		int shift = (i == 1 || i == 2) ? desc->log2_chroma_h : 0;
		unsigned long plane_height = (height + (1ul << shift) - 1) >> shift;

		printf("%s{\"pitch\": %ld, \"height\": %lu, \"size\": %zu, \"offset\": %zu}",
		       i ? ", " : "", (long)aligned[i], plane_height, sizes[i], offset);
		offset += sizes[i];
	}
	printf("], \"total\": %d}\n", total);
}

static const struct {
	uint64_t flag;
	const char *name;
} flag_names[] = {
	{ AV_PIX_FMT_FLAG_BE, "be" },
	{ AV_PIX_FMT_FLAG_PAL, "pal" },
	{ AV_PIX_FMT_FLAG_BITSTREAM, "bitstream" },
	{ AV_PIX_FMT_FLAG_HWACCEL, "hwaccel" },
	{ AV_PIX_FMT_FLAG_PLANAR, "planar" },
	{ AV_PIX_FMT_FLAG_RGB, "rgb" },
	{ AV_PIX_FMT_FLAG_ALPHA, "alpha" },
	{ AV_PIX_FMT_FLAG_BAYER, "bayer" },
	{ AV_PIX_FMT_FLAG_FLOAT, "float" },
};

static void facts(const char *name)
{
	enum AVPixelFormat fmt = av_get_pix_fmt(name);
	const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(fmt);
	size_t i;
	int first = 1;

	if (fmt == AV_PIX_FMT_NONE || !desc) {
		error("unknown format");
		return;
	}
	printf("{\"name\": \"%s\", \"alias\": ", desc->name);
	if (desc->alias)
		printf("\"%s\"", desc->alias);
	else
		printf("null");
	printf(", \"planes\": %d, \"log2_chroma_w\": %d, \"log2_chroma_h\": %d, "
	       "\"components\": %d, \"bits_per_pixel\": %d, \"flags\": [",
	       av_pix_fmt_count_planes(fmt), desc->log2_chroma_w, desc->log2_chroma_h,
	       desc->nb_components, av_get_bits_per_pixel(desc));
	for (i = 0; i < sizeof(flag_names) / sizeof(flag_names[0]); i++) {
		if (desc->flags & flag_names[i].flag) {
			printf("%s\"%s\"", first ? "" : ", ", flag_names[i].name);
			first = 0;
		}
	}
	printf("], \"comp\": [");
	for (i = 0; i < desc->nb_components; i++) {
		const AVComponentDescriptor *c = &desc->comp[i];

		printf("%s{\"plane\": %d, \"step\": %d, \"offset\": %d, \"shift\": %d, "
		       "\"depth\": %d}", i ? ", " : "", c->plane, c->step, c->offset, c->shift,
		       c->depth);
	}
	printf("]}\n");
}

static void list_names(void)
{
	const AVPixFmtDescriptor *desc = NULL;

	while ((desc = av_pix_fmt_desc_next(desc)))
		printf("%s\n", desc->name);
}

int main(int argc, char **argv)
{
	return dumper_run(argc, argv);
}
