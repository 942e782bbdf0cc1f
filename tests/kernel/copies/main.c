// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Several copies of pixfmt in one program, as two drivers built into one
 * kernel: the full table and subsets made by gen/pixfmt_gen.py --kernel-only,
 * each with the unchanged helpers under its own PIXFMT_PREFIX. That this
 * links at all is the first check (a symbol without the prefix would be
 * defined twice). Then each subset must answer for exactly the formats
 * listed below, the ones tests/kernel/CMakeLists.txt names (spelt as names,
 * macros and fourcc labels), as the full copy answers, and reject every
 * other code.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "copy.h"

extern const struct pixfmt_copy full_copy, sub_copy, raw_copy, drm_copy;

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static unsigned int passed, failed;

static void check(bool ok, const char *copy, const char *what, const char *name, u32 code)
{
	if (ok) {
		passed++;
		return;
	}
	if (++failed <= 50)
		printf("FAIL %s: %s: %s 0x%08x\n", copy, what, name, code);
}

/**
 * struct subset - a copy and the formats it must have
 * @what: the copy's prefix
 * @copy: the copy
 * @names: its formats, as the full table names them
 * @count: entries in @names
 */
struct subset {
	const char *what;
	const struct pixfmt_copy *copy;
	const char *const *names;
	unsigned int count;
};

static const char *const sub_names[] = {
	"NV12", "YUYV", "SRGGB10P", "Y16_BE", "XRGB8888", "XRGB1555_BE", "BGR888",
	"MJPEG", "NV12MT", "YUV420",
};
/* one V4L2-only format: no DRM code at all */
static const char *const raw_names[] = { "SRGGB10P" };
/* DRM-only formats: no V4L2 code at all */
static const char *const drm_names[] = { "BGR233", "XRGB2101010" };

static const struct subset subsets[] = {
	{ "sub", &sub_copy, sub_names, COUNT(sub_names) },
	{ "raw", &raw_copy, raw_names, COUNT(raw_names) },
	{ "drm", &drm_copy, drm_names, COUNT(drm_names) },
};

static const u32 sizes[][2] = {
	{ 1, 1 }, { 7, 5 }, { 175, 143 }, { 1366, 767 }, { 1920, 1080 },
	{ 65535, 65537 }, { 0xffffffff, 0xffffffff }, { 0, 16 },
};

static bool named(const struct subset *s, const char *name)
{
	unsigned int i;

	for (i = 0; i < s->count; i++)
		if (!strcmp(s->names[i], name))
			return true;
	return false;
}

static bool same_fill(int ra, int rb, const struct v4l2_pix_format_mplane *a,
		      const struct v4l2_pix_format_mplane *b)
{
	unsigned int p;

	if (ra != rb)
		return false;
	if (ra)
		return true;
	if (a->num_planes != b->num_planes)
		return false;
	for (p = 0; p < a->num_planes; p++)
		if (a->plane_fmt[p].bytesperline != b->plane_fmt[p].bytesperline ||
		    a->plane_fmt[p].sizeimage != b->plane_fmt[p].sizeimage)
			return false;
	return true;
}

/* a subset's answers for V4L2 code @code of the full table's format @f */
static void check_v4l2(const struct subset *s, const struct pixfmt_format *f, u32 code)
{
	const struct pixfmt_copy *sub = s->copy, *full = &full_copy;
	const struct pixfmt_format *g = sub->v4l2_format(code);
	struct v4l2_pix_format_mplane a, b;
	unsigned int i;
	u64 x, y;
	int ra, rb;

	check(!!g == named(s, f->name), s->what, "v4l2 lookup", f->name, code);
	if (!g) {
		check(sub->v4l2_mem_planes(code) == -EINVAL &&
		      sub->v4l2_fill_pix_mp(&a, code, 16, 16) == -EINVAL &&
		      sub->kernel_v4l2_fill_pix_mp(&a, code, 16, 16) == -EINVAL,
		      s->what, "v4l2 code outside the subset", f->name, code);
		return;
	}
	check(g >= sub->formats && g < sub->formats + sub->num_formats &&
	      !strcmp(g->name, f->name), s->what, "v4l2 format", f->name, code);
	check(sub->v4l2_mem_planes(code) == full->v4l2_mem_planes(code), s->what,
	      "mem planes", f->name, code);
	for (i = 0; i < COUNT(sizes); i++) {
		u32 w = sizes[i][0], h = sizes[i][1];

		memset(&a, 0, sizeof(a));
		memset(&b, 0, sizeof(b));
		ra = sub->v4l2_fill_pix_mp(&a, code, w, h);
		rb = full->v4l2_fill_pix_mp(&b, code, w, h);
		check(same_fill(ra, rb, &a, &b), s->what, "fill", f->name, code);
		ra = sub->kernel_v4l2_fill_pix_mp(&a, code, w, h);
		rb = full->kernel_v4l2_fill_pix_mp(&b, code, w, h);
		check(same_fill(ra, rb, &a, &b), s->what, "kernel fill", f->name, code);
		x = y = 0;
		ra = sub->image_size(g, w, h, &x);
		rb = full->image_size(f, w, h, &y);
		check(ra == rb && x == y, s->what, "image size", f->name, code);
	}
}

/* a subset's answers for the DRM code of the full table's format @f */
static void check_drm(const struct subset *s, const struct pixfmt_format *f)
{
	const struct pixfmt_format *g = s->copy->drm_format(f->drm);
	unsigned int p, i;
	u64 x, y;
	int ra, rb;

	check(!!g == named(s, f->name), s->what, "drm lookup", f->name, f->drm);
	if (g)
		check(g >= s->copy->formats && g < s->copy->formats + s->copy->num_formats &&
		      !strcmp(g->name, f->name), s->what, "drm format", f->name, f->drm);
	for (p = 0; p <= PIXFMT_MAX_PLANES; p++) {
		for (i = 0; i < COUNT(sizes); i++) {
			x = y = 0;
			ra = s->copy->kernel_drm_min_pitch(f->drm, p, sizes[i][0], &x);
			rb = g ? full_copy.kernel_drm_min_pitch(f->drm, p, sizes[i][0], &y) :
				 -EINVAL;
			check(ra == rb && x == y, s->what, "drm min pitch", f->name, f->drm);
		}
	}
}

/*
 * A subset's media-bus codes: those of the full table that carry one of its
 * formats, each with only those formats, in the full table's order.
 */
static unsigned int check_media_bus(const struct subset *s)
{
	const struct pixfmt_copy *sub = s->copy;
	unsigned int i, j, k, kept, found = 0;

	for (i = 0; i < full_copy.num_media_bus; i++) {
		const struct pixfmt_media_bus *e = &full_copy.media_bus[i];
		const struct pixfmt_media_bus *m = sub->media_bus_find(e->code);

		for (j = 0, kept = 0; j < e->num_formats; j++)
			kept += named(s, full_copy.formats[e->formats[j]].name);
		check(!!m == !!kept, s->what, "media-bus lookup", e->macro, e->code);
		if (!m)
			continue;
		found++;
		check(!strcmp(m->macro, e->macro) && m->has_csi2_dt == e->has_csi2_dt &&
		      m->csi2_dt == e->csi2_dt && m->num_formats == kept, s->what,
		      "media-bus entry", e->macro, e->code);
		for (j = 0, k = 0; j < e->num_formats && k < m->num_formats; j++) {
			const char *name = full_copy.formats[e->formats[j]].name;

			if (!named(s, name))
				continue;
			check(m->formats[k] < sub->num_formats &&
			      !strcmp(sub->formats[m->formats[k]].name, name), s->what,
			      "media-bus format", e->macro, e->code);
			k++;
		}
	}
	check(sub->num_media_bus == found, s->what, "media-bus count", "", sub->num_media_bus);
	return found;
}

static void check_subset(const struct subset *s)
{
	static const u32 unknown[] = { 0, 1, 0x20202020, 0x7fffffff, 0xffffffff };
	const struct pixfmt_copy *sub = s->copy;
	unsigned int i, j, n, v4l2 = 0, drm = 0;

	check(sub->num_formats == s->count, s->what, "format count", "", sub->num_formats);
	for (i = 0; i < s->count; i++) {
		for (j = 0, n = 0; j < sub->num_formats; j++)
			n += !strcmp(sub->formats[j].name, s->names[i]);
		check(n == 1, s->what, "format in the subset", s->names[i], n);
	}
	for (i = 0; i < full_copy.num_formats; i++) {
		const struct pixfmt_format *f = &full_copy.formats[i];

		for (j = 0; j < f->num_v4l2; j++) {
			check_v4l2(s, f, f->v4l2[j]);
			v4l2 += named(s, f->name);
		}
		if (f->has_drm) {
			check_drm(s, f);
			drm += named(s, f->name);
		}
	}
	check(sub->num_v4l2 == v4l2 && sub->num_drm == drm, s->what, "code counts", "",
	      sub->num_v4l2 << 16 | sub->num_drm);
	for (i = 0; i < COUNT(unknown); i++)
		check(!sub->v4l2_format(unknown[i]) && !sub->drm_format(unknown[i]),
		      s->what, "unknown code", "", unknown[i]);
	printf("%s: %u formats, %u V4L2 and %u DRM codes, %u media-bus codes; every code of the "
	       "full table asked\n", s->what, sub->num_formats, sub->num_v4l2, sub->num_drm,
	       check_media_bus(s));
}

int main(void)
{
	unsigned int i;

	/* the full copy is another copy, and has every format */
	check(full_copy.v4l2_format != sub_copy.v4l2_format &&
	      full_copy.formats != sub_copy.formats, "full", "a copy of its own", "", 0);
	check(full_copy.num_formats == PIXFMT_NUM_FORMATS, "full", "format count", "",
	      full_copy.num_formats);
	for (i = 0; i < COUNT(subsets); i++)
		check_subset(&subsets[i]);
	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
