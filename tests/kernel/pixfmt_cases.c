// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Test cases of the pixfmt kernel helpers against the values the generator
 * computes in Python (pixfmt_expected.h, rendered at build time). Compiled
 * into the in-kernel test module and into the user-space sanitizer test.
 */
#include <linux/errno.h>
#include <linux/types.h>
#include <linux/videodev2.h>

#include "pixfmt.h"
#include "pixfmt_expected.h"
#include "pixfmt_test.h"
#include "xen_labels.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* failure messages printed per subtest; the rest are only counted */
#ifndef PIXFMT_TEST_MAX_REPORTS
#define PIXFMT_TEST_MAX_REPORTS 20
#endif

static bool str_eq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/**
 * pixfmt_test_log() - print one line through the runner
 * @fmt: printf format
 */
void pixfmt_test_log(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	pixfmt_test_vlog(fmt, args);
	va_end(args);
}

/**
 * pixfmt_test_check() - count one check, print the first failures of a subtest
 * @t: counters
 * @ok: the check held
 * @fmt: printf format of the failure message
 */
void pixfmt_test_check(struct pixfmt_test *t, bool ok, const char *fmt, ...)
{
	va_list args;

	if (ok) {
		t->sub_passed++;
		return;
	}
	if (++t->sub_failed > PIXFMT_TEST_MAX_REPORTS)
		return;
	va_start(args, fmt);
	pixfmt_test_vlog(fmt, args);
	va_end(args);
}

/**
 * pixfmt_test_end() - report one subtest in KTAP form, add up its counts
 * @t: counters
 * @name: subtest name
 */
void pixfmt_test_end(struct pixfmt_test *t, const char *name)
{
	t->subtest++;
	pixfmt_test_log("# %s: %u checks, %u failed", name,
			t->sub_passed + t->sub_failed, t->sub_failed);
	pixfmt_test_log("%s %u %s", t->sub_failed ? "not ok" : "ok", t->subtest, name);
	t->passed += t->sub_passed;
	t->failed += t->sub_failed;
	t->sub_passed = 0;
	t->sub_failed = 0;
}

static void test_lookups(struct pixfmt_test *t)
{
	static const u32 unknown[] = { 0, 1, 0x20202020, 0xffffffff, 0x7fffffff };
	char label[PIXFMT_XEN_LABEL_MAX + 1];
	unsigned int i, s;
	u32 code;
	int ret;

	PIXFMT_CHECK(t, COUNT(exp_v4l2) == PIXFMT_NUM_V4L2_CODES, "v4l2 count");
	PIXFMT_CHECK(t, COUNT(exp_drm) == PIXFMT_NUM_DRM_CODES, "drm count");
	for (i = 0; i < COUNT(exp_v4l2); i++) {
		const struct exp_v4l2 *e = &exp_v4l2[i];

		PIXFMT_CHECK(t, pixfmt_v4l2_format(e->code) == &pixfmt_formats[e->format],
			     "v4l2 %s", e->label);
		PIXFMT_CHECK(t, pixfmt_v4l2_mem_planes(e->code) == e->mem_planes,
			     "mem planes %s", e->label);
		PIXFMT_CHECK(t, pixfmt_v4l2_single_planar(e->code) ==
			     (e->mem_planes == 1), "single-planar %s", e->label);
		ret = pixfmt_xen_label(e->code, label);
		PIXFMT_CHECK(t, !ret && str_eq(label, e->label), "label %s", e->label);
		code = 0;
		ret = pixfmt_xen_parse_label(e->label, &code);
		PIXFMT_CHECK(t, !ret && code == e->code, "parse %s", e->label);
	}
	for (i = 0; i < COUNT(exp_drm); i++)
		PIXFMT_CHECK(t, pixfmt_drm_format(exp_drm[i].code) ==
			     &pixfmt_formats[exp_drm[i].format], "drm 0x%08x", exp_drm[i].code);
	/* every table entry is found by each of its codes, in its namespace */
	for (i = 0; i < PIXFMT_NUM_FORMATS; i++) {
		const struct pixfmt_format *f = &pixfmt_formats[i];

		for (s = 0; s < f->num_v4l2; s++) {
			PIXFMT_CHECK(t, pixfmt_v4l2_format(f->v4l2[s]) == f, "%s v4l2", f->name);
			PIXFMT_CHECK(t, pixfmt_v4l2_mem_planes(f->v4l2[s]) ==
				     f->v4l2_mem_planes[s], "%s mem planes", f->name);
		}
		if (f->has_drm)
			PIXFMT_CHECK(t, pixfmt_drm_format(f->drm) == f, "%s drm", f->name);
	}
	for (i = 0; i < COUNT(unknown); i++) {
		PIXFMT_CHECK(t, !pixfmt_v4l2_format(unknown[i]), "unknown v4l2");
		PIXFMT_CHECK(t, !pixfmt_drm_format(unknown[i]), "unknown drm");
		PIXFMT_CHECK(t, pixfmt_v4l2_mem_planes(unknown[i]) == -EINVAL, "unknown mem");
		PIXFMT_CHECK(t, !pixfmt_v4l2_single_planar(unknown[i]), "unknown single");
	}
	pixfmt_test_end(t, "lookups");
}

static void test_enum_api(struct pixfmt_test *t, enum pixfmt_v4l2_api api,
			  const u32 *expected, unsigned int count, const char *name)
{
	unsigned int i;
	u32 code;

	for (i = 0; i < count; i++) {
		code = 0;
		PIXFMT_CHECK(t, !pixfmt_v4l2_enum(exp_enum_input, COUNT(exp_enum_input), i,
						  api, &code) &&
			     code == expected[i], "%s index %u", name, i);
	}
	PIXFMT_CHECK(t, pixfmt_v4l2_enum(exp_enum_input, COUNT(exp_enum_input), i,
					 api, &code) == -EINVAL, "%s end", name);
}

static void test_enum(struct pixfmt_test *t)
{
	u32 code;

	test_enum_api(t, PIXFMT_V4L2_SINGLE_PLANAR, exp_enum_single,
		      COUNT(exp_enum_single), "single-planar");
	test_enum_api(t, PIXFMT_V4L2_MULTI_PLANAR, exp_enum_multi,
		      COUNT(exp_enum_multi), "multi-planar");
	PIXFMT_CHECK(t, pixfmt_v4l2_enum(exp_enum_input, 0, 0, PIXFMT_V4L2_MULTI_PLANAR,
					 &code) == -EINVAL, "empty list");
	pixfmt_test_end(t, "enumeration");
}

/* one exp_fill row against a single-planar and a multi-planar fill */
static void check_fill(struct pixfmt_test *t, const struct exp_fill *e, bool kernel)
{
	const char *kind = kernel ? "kernel fill" : "fill";
	struct v4l2_pix_format_mplane mp;
	struct v4l2_pix_format sp;
	unsigned int p;
	int ret;

	sp.bytesperline = 0xdead;
	sp.sizeimage = 0xbeef;
	ret = kernel ? pixfmt_kernel_v4l2_fill_pix(&sp, e->code, e->width, e->height) :
		       pixfmt_v4l2_fill_pix(&sp, e->code, e->width, e->height);
	PIXFMT_CHECK(t, ret == e->sp_ret, "%s %.4s %u x %u: %d, expected %d", kind,
		     (const char *)&e->code, e->width, e->height, ret, e->sp_ret);
	if (!ret && !e->sp_ret)
		PIXFMT_CHECK(t, sp.bytesperline == e->sp_bpl && sp.sizeimage == e->sp_size &&
			     sp.width == e->width && sp.height == e->height &&
			     sp.pixelformat == e->code,
			     "%s %.4s %u x %u: %u/%u, expected %u/%u", kind,
			     (const char *)&e->code, e->width, e->height,
			     sp.bytesperline, sp.sizeimage, e->sp_bpl, e->sp_size);
	else if (ret)
		PIXFMT_CHECK(t, sp.bytesperline == 0xdead && sp.sizeimage == 0xbeef,
			     "failed %s wrote", kind);

	mp.num_planes = 0xaa;
	ret = kernel ? pixfmt_kernel_v4l2_fill_pix_mp(&mp, e->code, e->width, e->height) :
		       pixfmt_v4l2_fill_pix_mp(&mp, e->code, e->width, e->height);
	PIXFMT_CHECK(t, ret == e->mp_ret, "%s_mp %.4s %u x %u: %d, expected %d", kind,
		     (const char *)&e->code, e->width, e->height, ret, e->mp_ret);
	if (ret || e->mp_ret) {
		if (ret)
			PIXFMT_CHECK(t, mp.num_planes == 0xaa, "failed %s_mp wrote", kind);
		return;
	}
	PIXFMT_CHECK(t, mp.num_planes == e->mp_planes && mp.pixelformat == e->code &&
		     mp.width == e->width && mp.height == e->height,
		     "%s_mp %.4s planes %u, expected %u", kind, (const char *)&e->code,
		     mp.num_planes, e->mp_planes);
	for (p = 0; p < e->mp_planes && p < PIXFMT_MAX_PLANES; p++)
		PIXFMT_CHECK(t, mp.plane_fmt[p].bytesperline == e->mp_bpl[p] &&
			     mp.plane_fmt[p].sizeimage == e->mp_size[p],
			     "%s_mp %.4s %u x %u plane %u: %u/%u, expected %u/%u", kind,
			     (const char *)&e->code, e->width, e->height, p,
			     mp.plane_fmt[p].bytesperline, mp.plane_fmt[p].sizeimage,
			     e->mp_bpl[p], e->mp_size[p]);
}

static void test_fills(struct pixfmt_test *t)
{
	struct v4l2_pix_format_mplane mp;
	struct v4l2_pix_format sp;
	unsigned int i;

	for (i = 0; i < COUNT(exp_fill); i++)
		check_fill(t, &exp_fill[i], false);
	PIXFMT_CHECK(t, pixfmt_v4l2_fill_pix(&sp, 0, 16, 16) == -EINVAL, "unknown code");
	PIXFMT_CHECK(t, pixfmt_v4l2_fill_pix_mp(&mp, 0, 16, 16) == -EINVAL, "unknown code");
	pixfmt_test_end(t, "v4l2 fills, real need");
}

/*
 * The kernel-compatible fills against the reference kernel's arithmetic
 * over the model's entries, and the real need never below them: a buffer
 * sized by pixfmt_v4l2_fill_pix_mp() also holds what the kernel reports.
 */
static void test_kernel_fills(struct pixfmt_test *t)
{
	struct v4l2_pix_format_mplane real, kern;
	struct v4l2_pix_format sp;
	unsigned int i, p, entries = 0, compared = 0;

	for (i = 0; i < COUNT(exp_kernel_fill); i++) {
		const struct exp_fill *e = &exp_kernel_fill[i];

		check_fill(t, e, true);
		if (e->mp_ret != -ENOENT && e->width == 1 && e->height == 1)
			entries++;
		if (e->mp_ret || pixfmt_v4l2_fill_pix_mp(&real, e->code, e->width, e->height) ||
		    pixfmt_kernel_v4l2_fill_pix_mp(&kern, e->code, e->width, e->height))
			continue;
		compared++;
		PIXFMT_CHECK(t, real.num_planes == kern.num_planes, "%.4s planes %u, kernel %u",
			     (const char *)&e->code, real.num_planes, kern.num_planes);
		for (p = 0; p < kern.num_planes && p < PIXFMT_MAX_PLANES; p++) {
			const struct v4l2_plane_pix_format *r = &real.plane_fmt[p];
			const struct v4l2_plane_pix_format *k = &kern.plane_fmt[p];

			PIXFMT_CHECK(t, r->bytesperline >= k->bytesperline &&
				     r->sizeimage >= k->sizeimage,
				     "%.4s %u x %u plane %u: real need %u/%u below kernel's %u/%u",
				     (const char *)&e->code, e->width, e->height, p,
				     r->bytesperline, r->sizeimage, k->bytesperline, k->sizeimage);
		}
	}
	PIXFMT_CHECK(t, pixfmt_kernel_v4l2_fill_pix(&sp, 0, 16, 16) == -EINVAL, "unknown code");
	PIXFMT_CHECK(t, pixfmt_kernel_v4l2_fill_pix_mp(&kern, 0, 16, 16) == -EINVAL,
		     "unknown code");
	PIXFMT_CHECK(t, entries > 0 && compared > 0, "no code with a kernel entry");
	pixfmt_test_log("# %u of %u V4L2 codes have a Linux %u.%u entry", entries,
			PIXFMT_NUM_V4L2_CODES, PIXFMT_KERNEL_REFERENCE >> 16,
			(PIXFMT_KERNEL_REFERENCE >> 8) & 0xff);
	pixfmt_test_log("# real need >= kernel-compatible at %u fills", compared);
	pixfmt_test_end(t, "v4l2 fills, kernel-compatible");
}

static void test_planes(struct pixfmt_test *t)
{
	unsigned int i;
	u32 pw, lines;
	u64 pitch;
	int ret;

	for (i = 0; i < COUNT(exp_plane); i++) {
		const struct exp_plane *e = &exp_plane[i];
		const struct pixfmt_format *f = &pixfmt_formats[e->format];

		pw = 0;
		ret = pixfmt_plane_width(f, e->plane, e->width, &pw);
		PIXFMT_CHECK(t, ret == e->w_ret && (ret || pw == e->pw),
			     "%s plane %u width at %u: %d %u, expected %d %u",
			     f->name, e->plane, e->width, ret, pw, e->w_ret, e->pw);
		pitch = 0;
		ret = pixfmt_min_pitch(f, e->plane, e->width, &pitch);
		PIXFMT_CHECK(t, ret == e->w_ret && (ret || pitch == e->pitch),
			     "%s plane %u pitch at %u: %d %llu, expected %d %llu",
			     f->name, e->plane, e->width, ret, pitch, e->w_ret, e->pitch);
		lines = 0;
		ret = pixfmt_plane_height(f, e->plane, e->height, &lines);
		PIXFMT_CHECK(t, ret == e->h_ret && (ret || lines == e->lines),
			     "%s plane %u lines at %u: %d %u, expected %d %u",
			     f->name, e->plane, e->height, ret, lines, e->h_ret, e->lines);
	}
	PIXFMT_CHECK(t, pixfmt_min_pitch(NULL, 0, 16, &pitch) == -EINVAL, "NULL format");
	pixfmt_test_end(t, "plane geometry, real need");
}

static void test_kernel_drm(struct pixfmt_test *t)
{
	unsigned int i, entries = 0;
	u32 pw, ph;
	u64 pitch;
	int ret;

	for (i = 0; i < COUNT(exp_kernel_drm); i++) {
		const struct exp_kernel_drm *e = &exp_kernel_drm[i];

		pw = 0;
		ret = pixfmt_kernel_drm_plane_width(e->code, e->plane, e->width, &pw);
		PIXFMT_CHECK(t, ret == e->ret && (ret || pw == e->pw),
			     "%.4s plane %u width %u: %d %u, expected %d %u",
			     (const char *)&e->code, e->plane, e->width, ret, pw, e->ret, e->pw);
		ph = 0;
		ret = pixfmt_kernel_drm_plane_height(e->code, e->plane, e->height, &ph);
		PIXFMT_CHECK(t, ret == e->ret && (ret || ph == e->ph),
			     "%.4s plane %u height %u: %d %u, expected %d %u",
			     (const char *)&e->code, e->plane, e->height, ret, ph, e->ret, e->ph);
		pitch = 0;
		ret = pixfmt_kernel_drm_min_pitch(e->code, e->plane, e->pw, &pitch);
		PIXFMT_CHECK(t, ret == e->ret && (ret || pitch == e->pitch),
			     "%.4s plane %u pitch at %u: %d %llu, expected %d %llu",
			     (const char *)&e->code, e->plane, e->pw, ret, pitch, e->ret, e->pitch);
		if (!e->ret && !e->plane && e->width == 1)
			entries++;
	}
	for (i = 0; i < COUNT(exp_kernel_pitch); i++) {
		const struct exp_kernel_pitch *e = &exp_kernel_pitch[i];

		pitch = 0;
		ret = pixfmt_kernel_drm_min_pitch(e->code, e->plane, e->buffer_width, &pitch);
		PIXFMT_CHECK(t, ret == e->ret && (ret || pitch == e->pitch),
			     "%.4s plane %u pitch at %u: %d %llu, expected %d %llu",
			     (const char *)&e->code, e->plane, e->buffer_width, ret, pitch,
			     e->ret, e->pitch);
	}
	PIXFMT_CHECK(t, pixfmt_kernel_drm_min_pitch(0, 0, 16, &pitch) == -EINVAL, "unknown code");
	PIXFMT_CHECK(t, pixfmt_kernel_drm_plane_width(0, 0, 16, &pw) == -EINVAL, "unknown code");
	PIXFMT_CHECK(t, pixfmt_kernel_drm_plane_height(0, 0, 16, &ph) == -EINVAL, "unknown code");
	PIXFMT_CHECK(t, entries > 0, "no DRM code with a kernel entry");
	pixfmt_test_log("# %u of %u DRM codes have a Linux %u.%u entry", entries,
			PIXFMT_NUM_DRM_CODES, PIXFMT_KERNEL_REFERENCE >> 16,
			(PIXFMT_KERNEL_REFERENCE >> 8) & 0xff);
	pixfmt_test_end(t, "drm plane sizes and pitches, kernel-compatible");
}

/* the documentation's worked examples: checked, and printed with their values */
static void test_figures(struct pixfmt_test *t)
{
	struct v4l2_pix_format_mplane mp;
	unsigned int i, p;
	u64 pitch, size;
	u32 bpl, sum;
	int ret;

	for (i = 0; i < COUNT(exp_figure); i++) {
		const struct exp_figure *e = &exp_figure[i];
		const struct pixfmt_format *f = pixfmt_v4l2_format(e->code);

		pitch = 0;
		size = 0;
		PIXFMT_CHECK(t, !pixfmt_min_pitch(f, 0, e->width, &pitch) && pitch == e->pitch,
			     "%s: pitch %llu, expected %llu", e->what, pitch, e->pitch);
		PIXFMT_CHECK(t, !pixfmt_image_size(f, e->width, e->height, &size) &&
			     size == e->size, "%s: size %llu, expected %llu", e->what, size,
			     e->size);
		ret = pixfmt_kernel_v4l2_fill_pix_mp(&mp, e->code, e->width, e->height);
		PIXFMT_CHECK(t, ret == e->kernel_ret, "%s: kernel fill %d, expected %d", e->what,
			     ret, e->kernel_ret);
		if (ret) {
			pixfmt_test_log("# %s: pitch %llu, image %llu (kernel: no entry)", e->what,
					pitch, size);
			continue;
		}
		for (p = 0, sum = 0; p < mp.num_planes && p < PIXFMT_MAX_PLANES; p++)
			sum += mp.plane_fmt[p].sizeimage;
		bpl = mp.plane_fmt[0].bytesperline;
		PIXFMT_CHECK(t, bpl == e->kernel_bpl && sum == e->kernel_size,
			     "%s: kernel %u/%u, expected %u/%u", e->what, bpl, sum,
			     e->kernel_bpl, e->kernel_size);
		pixfmt_test_log("# %s: pitch %llu, image %llu (kernel: %u, %u)", e->what, pitch,
				size, bpl, sum);
	}
	pixfmt_test_end(t, "worked examples");
}

static void test_pages(struct pixfmt_test *t)
{
	unsigned int i;
	u64 size, pages;
	int ret;

	for (i = 0; i < COUNT(exp_pages); i++) {
		const struct exp_pages *e = &exp_pages[i];
		const struct pixfmt_format *f = &pixfmt_formats[e->format];

		size = 0;
		ret = pixfmt_image_size(f, e->width, e->height, &size);
		PIXFMT_CHECK(t, ret == e->ret && (ret || size == e->size),
			     "%s %u x %u size: %d %llu, expected %d %llu", f->name,
			     e->width, e->height, ret, size, e->ret, e->size);
		pages = 0;
		ret = pixfmt_image_pages(f, e->width, e->height, 4096, &pages);
		PIXFMT_CHECK(t, ret == e->ret && (ret || pages == e->pages),
			     "%s %u x %u pages: %d %llu, expected %d %llu", f->name,
			     e->width, e->height, ret, pages, e->ret, e->pages);
	}
	PIXFMT_CHECK(t, pixfmt_image_pages(&pixfmt_formats[0], 1, 1, 0, &pages) == -EINVAL,
		     "page size 0");
	PIXFMT_CHECK(t, pixfmt_image_pages(&pixfmt_formats[0], 1, 1, 4095, &pages) == -EINVAL,
		     "page size 4095");
	pixfmt_test_end(t, "image sizes and pages");
}

static void test_buffers(struct pixfmt_test *t)
{
	const struct pixfmt_format *mjpeg = pixfmt_v4l2_format(v4l2_fourcc('M', 'J', 'P', 'G'));
	const struct pixfmt_format *nv12 = pixfmt_drm_format(0x3231564e);
	const char *why;
	unsigned int i;
	int ret;

	for (i = 0; i < COUNT(exp_buffer); i++) {
		const struct exp_buffer *e = &exp_buffer[i];

		why = NULL;
		ret = pixfmt_check_buffer(&pixfmt_formats[e->format], e->width, e->height,
					  e->has_pitches ? e->pitches : NULL,
					  e->has_offsets ? e->offsets : NULL,
					  e->pages, e->page_size, &why);
		PIXFMT_CHECK(t, ret == e->ret, "%s: %d (%s), expected %d", e->what, ret,
			     why ? why : "-", e->ret);
		PIXFMT_CHECK(t, !ret == !why, "%s: reason %s", e->what, why ? why : "-");
	}
	PIXFMT_CHECK(t, mjpeg && mjpeg->compressed, "MJPG is compressed");
	PIXFMT_CHECK(t, pixfmt_check_buffer(mjpeg, 16, 16, NULL, NULL, 1, 4096, NULL) == -EINVAL,
		     "compressed");
	PIXFMT_CHECK(t, pixfmt_check_buffer(NULL, 16, 16, NULL, NULL, 1, 4096, NULL) == -EINVAL,
		     "NULL format");
	PIXFMT_CHECK(t, pixfmt_check_buffer(nv12, 0, 16, NULL, NULL, 1, 4096, NULL) == -EINVAL,
		     "zero width");
	PIXFMT_CHECK(t, pixfmt_check_buffer(nv12, 16, 16, NULL, NULL, 1, 0, NULL) == -EINVAL,
		     "zero page size");
	pixfmt_test_end(t, "buffer checks");
}

static void test_xen(struct pixfmt_test *t)
{
	static const struct pixfmt_xen_layout mjpeg = {
		.num_planes = 1, .size = 10000, .plane_size = { 9000 }, .plane_offset = { 1000 },
	};
	const u32 mjpg = v4l2_fourcc('M', 'J', 'P', 'G');
	struct pixfmt_xen_layout l;
	char label[PIXFMT_XEN_LABEL_MAX + 1];
	const char *why;
	unsigned int i;
	u32 code;
	int ret;

	for (i = 0; i < COUNT(exp_xen); i++) {
		const struct exp_xen *e = &exp_xen[i];

		why = NULL;
		ret = pixfmt_xen_check_layout(e->code, e->width, e->height, &e->layout,
					      e->grefs, &why);
		PIXFMT_CHECK(t, ret == e->ret, "%s: %d (%s), expected %d", e->what, ret,
			     why ? why : "-", e->ret);
	}
	/* the label rule, with the vectors the C++ tests use */
	for (i = 0; i < COUNT(xen_label_vectors); i++) {
		const struct xen_label_vector *e = &xen_label_vectors[i];

		code = 0;
		ret = pixfmt_xen_parse_label(e->label, &code);
		PIXFMT_CHECK(t, e->valid ? !ret && code == e->code : ret == -EINVAL,
			     "parse label vector %u: %d 0x%08x", i, ret, code);
	}
	for (i = 0; i < COUNT(xen_code_vectors); i++) {
		const struct xen_code_vector *e = &xen_code_vectors[i];

		ret = pixfmt_xen_label(e->code, label);
		PIXFMT_CHECK(t, e->label ? !ret && str_eq(label, e->label) : ret == -EINVAL,
			     "label of 0x%08x: %d", e->code, ret);
	}

	/* compressed: counts, offsets and bounds only */
	PIXFMT_CHECK(t, !pixfmt_xen_check_layout(mjpg, 640, 480, &mjpeg, 3, NULL), "MJPG");
	PIXFMT_CHECK(t, pixfmt_xen_check_layout(mjpg, 640, 480, &mjpeg, 2, NULL) == -ERANGE,
		     "MJPG grants");
	l = mjpeg;
	l.plane_offset[0] = 1001;
	PIXFMT_CHECK(t, pixfmt_xen_check_layout(mjpg, 640, 480, &l, 3, NULL) == -ERANGE,
		     "MJPG beyond");
	l = mjpeg;
	l.num_planes = 2;
	PIXFMT_CHECK(t, pixfmt_xen_check_layout(mjpg, 640, 480, &l, 3, NULL) == -EINVAL,
		     "MJPG planes");
	PIXFMT_CHECK(t, pixfmt_xen_check_layout(0, 640, 480, &mjpeg, 3, NULL) == -EINVAL,
		     "unknown code");
	PIXFMT_CHECK(t, pixfmt_xen_check_layout(mjpg, 0, 480, &mjpeg, 3, NULL) == -EINVAL,
		     "zero width");
	l = mjpeg;
	l.size = 0;
	PIXFMT_CHECK(t, pixfmt_xen_check_layout(mjpg, 640, 480, &l, 0, NULL) == -EINVAL,
		     "empty");
	pixfmt_test_end(t, "xen camera");
}

/* media-bus lookups: by code, the formats of each code, the codes of each format */
static void test_media_bus(struct pixfmt_test *t)
{
	static const u32 unknown[] = { 0, 1, 0x1000, 0x3000, 0x300f0000, 0xffffffff };
	const struct pixfmt_media_bus *m;
	unsigned int i, j;

	PIXFMT_CHECK(t, COUNT(exp_media_bus) == PIXFMT_NUM_MEDIA_BUS, "media-bus count");
	for (i = 0; i < COUNT(exp_media_bus); i++) {
		const struct exp_media_bus *e = &exp_media_bus[i];

		m = pixfmt_media_bus_find(e->code);
		PIXFMT_CHECK(t, m && m->code == e->code && str_eq(m->macro, e->macro),
			     "find %s", e->macro);
		if (!m)
			continue;
		PIXFMT_CHECK(t, m->has_csi2_dt == (e->csi2_dt >= 0) &&
			     (!m->has_csi2_dt || m->csi2_dt == e->csi2_dt),
			     "%s csi2_dt", e->macro);
		PIXFMT_CHECK(t, m->num_formats == e->num_formats, "%s formats", e->macro);
		for (j = 0; j < e->num_formats; j++)
			PIXFMT_CHECK(t, pixfmt_media_bus_format(m, j) ==
				     &pixfmt_formats[e->formats[j]], "%s format %u", e->macro, j);
		PIXFMT_CHECK(t, !pixfmt_media_bus_format(m, e->num_formats),
			     "%s format past the end", e->macro);
	}
	for (i = 0; i < COUNT(unknown); i++)
		PIXFMT_CHECK(t, !pixfmt_media_bus_find(unknown[i]), "unknown 0x%x", unknown[i]);
	for (i = 0; i < COUNT(exp_media_bus_carriers); i++) {
		const struct exp_media_bus_carrier *e = &exp_media_bus_carriers[i];
		const struct pixfmt_format *f = &pixfmt_formats[e->format];

		m = pixfmt_media_bus_enum(f, e->index);
		PIXFMT_CHECK(t, m && m->code == e->code, "%s code %u", f->name, e->index);
		/* the run ends where the next entry is another format's */
		if (i + 1 == COUNT(exp_media_bus_carriers) ||
		    exp_media_bus_carriers[i + 1].format != e->format)
			PIXFMT_CHECK(t, !pixfmt_media_bus_enum(f, e->index + 1),
				     "%s past its codes", f->name);
	}
	/* a format no code carries: NV12 */
	PIXFMT_CHECK(t, !pixfmt_media_bus_enum(pixfmt_v4l2_format(V4L2_PIX_FMT_NV12), 0),
		     "NV12 carried by no code");
	pixfmt_test_end(t, "media-bus codes");
}

/**
 * pixfmt_test_cases() - run every shared subtest
 * @t: counters, zeroed by the caller
 */
void pixfmt_test_cases(struct pixfmt_test *t)
{
	test_lookups(t);
	test_enum(t);
	test_fills(t);
	test_kernel_fills(t);
	test_planes(t);
	test_kernel_drm(t);
	test_figures(t);
	test_pages(t);
	test_buffers(t);
	test_xen(t);
	test_media_bus(t);
}
