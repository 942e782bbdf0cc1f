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
 */
#include <limits.h>
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

int main(void)
{
	return dumper_main();
}
