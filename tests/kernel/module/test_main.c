// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * pixfmt test module: at load time, runs the shared test cases against the
 * values the generator computed in Python, then differential tests against
 * the booted kernel's own v4l2_fill_pixfmt(), v4l2_fill_pixfmt_mp(),
 * drm_format_info_plane_width/height() and drm_format_info_min_pitch().
 *
 * The pixfmt_kernel_*() helpers reproduce PIXFMT_KERNEL_REFERENCE; the booted
 * kernel may be older. Where it must differ, by rule and never silently:
 *  - a code whose first kernel (v4l2_kernel, drm_kernel) is newer than the
 *    booted one: the booted kernel must not know it; a named skip;
 *  - a code whose entry in the booted (older) kernel's table formats.yaml
 *    records as different from the reference's (kernel.v4l2.<version>):
 *    each result that differs is a counted, named deviation;
 *  - a big-endian DRM code on a little-endian kernel: drm_fourcc.c has those
 *    entries only #ifdef __BIG_ENDIAN; a named skip;
 *  - a size where pixfmt reports -EOVERFLOW: the booted kernel's 32-bit
 *    arithmetic wraps there; counted.
 * Every other result must be equal. The real-need helpers must never be
 * below what the booted kernel reports. Prints KTAP-style results ending in
 * "N passed, M failed".
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <linux/utsname.h>
#include <linux/videodev2.h>
#include <drm/drm_fourcc.h>
#include <media/v4l2-common.h>

#include "pixfmt.h"
#include "pixfmt_test.h"
/* the codes of the booted kernel's tables, listed from its source */
#include "pixfmt_known.h"
/* the codes formats.yaml records as different in the booted kernel */
#include "pixfmt_deviations.h"

static const u32 oracle_sizes[][2] = {
	{ 1, 1 }, { 2, 2 }, { 3, 3 }, { 7, 5 }, { 175, 143 }, { 641, 481 },
	{ 1366, 767 }, { 1366, 768 }, { 1920, 1080 }, { 4096, 2160 },
	{ 0, 1 }, { 1, 0 }, { 65535, 65537 },
};

/* skips and deviations are each named on one line, at most this many */
#define PIXFMT_ORACLE_NAMED 40

/* the running kernel's version, KERNEL_VERSION(major, minor, 0), from uname */
static u32 booted;

static unsigned int major_of(u32 version)
{
	return version >> 16;
}

static unsigned int minor_of(u32 version)
{
	return (version >> 8) & 0xff;
}

void pixfmt_test_vlog(const char *fmt, va_list args)
{
	struct va_format vaf;
	va_list copy;

	/* a va_list parameter is a pointer on x86-64: %pV wants the array */
	va_copy(copy, args);
	vaf.fmt = fmt;
	vaf.va = &copy;
	pr_info("%pV\n", &vaf);
	va_end(copy);
}

static bool in_list(const u32 *codes, unsigned int count, u32 code)
{
	unsigned int i;

	for (i = 0; i < count; i++)
		if (codes[i] == code)
			return true;
	return false;
}

/* a known deviation of an older kernel's table, or NULL */
static const char *deviation(u32 code, bool drm)
{
	unsigned int i;

	if (booted >= PIXFMT_KERNEL_REFERENCE)
		return NULL;
	for (i = 0; pixfmt_deviations[i].macro; i++)
		if (pixfmt_deviations[i].code == code && pixfmt_deviations[i].drm == drm)
			return pixfmt_deviations[i].macro;
	return NULL;
}

static __printf(2, 3) void named(unsigned int *count, const char *fmt, ...)
{
	va_list args;

	if (++*count > PIXFMT_ORACLE_NAMED)
		return;
	va_start(args, fmt);
	pixfmt_test_vlog(fmt, args);
	va_end(args);
}

/**
 * struct oracle_counts - what the differential tests compared and skipped
 * @codes: codes whose results were compared
 * @results: single results (one fill's fields, one plane's answers) compared
 * @newer: codes skipped because the booted kernel predates their first kernel
 * @deviations: results that differ as tests/kernel_deviations.yaml records
 * @overflows: fills pixfmt reports as -EOVERFLOW (the kernel's arithmetic wraps)
 * @big_endian: big-endian DRM codes on a little-endian kernel
 * @none: codes no recorded kernel has (pixfmt -ENOENT, booted kernel unaware)
 */
struct oracle_counts {
	unsigned int codes;
	unsigned int results;
	unsigned int newer;
	unsigned int deviations;
	unsigned int overflows;
	unsigned int big_endian;
	unsigned int none;
};

/* a result pair that must be equal, unless the code is a listed deviation */
static void compare(struct pixfmt_test *t, struct oracle_counts *n, const char *dev,
		    bool same, const char *what, u32 code, u32 w, u32 h, u64 ours, u64 theirs)
{
	n->results++;
	if (dev && !same) {
		named(&n->deviations, "# DEVIATION %s %ux%u %s: pixfmt %llu, kernel %llu",
		      dev, w, h, what, ours, theirs);
		return;
	}
	PIXFMT_CHECK(t, same, "%p4cc %ux%u %s: pixfmt %llu, booted kernel %llu", &code, w, h,
		     what, ours, theirs);
}

static void oracle_v4l2_code(struct pixfmt_test *t, struct oracle_counts *n, u32 code,
			     const char *dev)
{
	struct v4l2_pix_format_mplane a_mp, b_mp, real;
	struct v4l2_pix_format a, b;
	unsigned int s, p;
	int ra, rb;

	for (s = 0; s < ARRAY_SIZE(oracle_sizes); s++) {
		u32 w = oracle_sizes[s][0], h = oracle_sizes[s][1];

		memset(&a, 0, sizeof(a));
		memset(&b, 0, sizeof(b));
		ra = pixfmt_kernel_v4l2_fill_pix(&a, code, w, h);
		rb = v4l2_fill_pixfmt(&b, code, w, h);
		if (ra == -EOVERFLOW) {
			n->overflows++;
		} else {
			PIXFMT_CHECK(t, ra == rb, "%p4cc %ux%u fill: %d, booted kernel %d",
				     &code, w, h, ra, rb);
			if (!ra && !rb) {
				compare(t, n, dev, a.bytesperline == b.bytesperline, "bytesperline",
					code, w, h, a.bytesperline, b.bytesperline);
				compare(t, n, dev, a.sizeimage == b.sizeimage, "sizeimage",
					code, w, h, a.sizeimage, b.sizeimage);
			}
		}

		memset(&a_mp, 0, sizeof(a_mp));
		memset(&b_mp, 0, sizeof(b_mp));
		ra = pixfmt_kernel_v4l2_fill_pix_mp(&a_mp, code, w, h);
		rb = v4l2_fill_pixfmt_mp(&b_mp, code, w, h);
		if (ra == -EOVERFLOW) {
			n->overflows++;
			continue;
		}
		PIXFMT_CHECK(t, !ra && !rb, "%p4cc %ux%u fill_mp: %d, booted kernel %d",
			     &code, w, h, ra, rb);
		if (ra || rb)
			continue;
		PIXFMT_CHECK(t, a_mp.num_planes == b_mp.num_planes,
			     "%p4cc fill_mp planes %u, booted kernel %u", &code,
			     a_mp.num_planes, b_mp.num_planes);
		for (p = 0; p < b_mp.num_planes && p < VIDEO_MAX_PLANES; p++) {
			compare(t, n, dev, a_mp.plane_fmt[p].bytesperline ==
				b_mp.plane_fmt[p].bytesperline, "mp bytesperline", code, w, h,
				a_mp.plane_fmt[p].bytesperline, b_mp.plane_fmt[p].bytesperline);
			compare(t, n, dev,
				a_mp.plane_fmt[p].sizeimage == b_mp.plane_fmt[p].sizeimage,
				"mp sizeimage", code, w, h, a_mp.plane_fmt[p].sizeimage,
				b_mp.plane_fmt[p].sizeimage);
		}

		/* the real need holds what the booted kernel reports */
		if (pixfmt_v4l2_fill_pix_mp(&real, code, w, h))
			continue;
		for (p = 0; p < b_mp.num_planes && p < real.num_planes; p++) {
			const struct v4l2_plane_pix_format *x = &real.plane_fmt[p];
			const struct v4l2_plane_pix_format *y = &b_mp.plane_fmt[p];

			PIXFMT_CHECK(t, x->bytesperline >= y->bytesperline &&
				     x->sizeimage >= y->sizeimage,
				     "%p4cc %ux%u plane %u: real need %u/%u below kernel's %u/%u",
				     &code, w, h, p, x->bytesperline, x->sizeimage,
				     y->bytesperline, y->sizeimage);
		}
	}
}

/* the index entry of a V4L2 code, or NULL */
static const struct pixfmt_code_index *v4l2_entry(u32 code)
{
	unsigned int i;

	for (i = 0; i < PIXFMT_NUM_V4L2_CODES; i++)
		if (pixfmt_v4l2_index[i].code == code)
			return &pixfmt_v4l2_index[i];
	return NULL;
}

static void test_oracle_v4l2(struct pixfmt_test *t)
{
	struct oracle_counts n = { 0 };
	struct v4l2_pix_format_mplane mp;
	unsigned int i;
	int ret;

	for (i = 0; i < PIXFMT_NUM_V4L2_CODES; i++) {
		const struct pixfmt_code_index *e = &pixfmt_v4l2_index[i];
		const struct pixfmt_format *f = &pixfmt_formats[e->format];
		u32 code = e->code, first = f->v4l2_kernel[e->slot];
		const struct v4l2_format_info *info = v4l2_format_info(code);
		bool listed = in_list(pixfmt_v4l2_known, ARRAY_SIZE(pixfmt_v4l2_known), code);

		PIXFMT_CHECK(t, !!info == listed, "%p4cc: v4l2_format_info() %d, source list %d",
			     &code, !!info, listed);
		if (!first) {
			n.none++;
			PIXFMT_CHECK(t, !info, "%s %p4cc: the kernel has it, pixfmt: no kernel",
				     f->name, &code);
			ret = pixfmt_kernel_v4l2_fill_pix_mp(&mp, code, 16, 16);
			PIXFMT_CHECK(t, ret == -ENOENT, "%p4cc: %d, not -ENOENT", &code, ret);
			continue;
		}
		if (first > booted) {
			PIXFMT_CHECK(t, !info, "%s %p4cc: the kernel has it before %u.%u",
				     f->name, &code, major_of(first), minor_of(first));
			named(&n.newer, "# SKIP %s %p4cc: first in Linux %u.%u, not in %s",
			      f->name, &code, major_of(first), minor_of(first),
			      "the booted v4l2_format_info()");
			continue;
		}
		PIXFMT_CHECK(t, info, "%s %p4cc: pixfmt dates it to %u.%u, the kernel lacks it",
			     f->name, &code, major_of(first), minor_of(first));
		if (!info)
			continue;
		n.codes++;
		PIXFMT_CHECK(t, info->mem_planes == pixfmt_v4l2_mem_planes(code) &&
			     info->comp_planes == f->num_planes,
			     "%p4cc mem_planes %u, comp_planes %u", &code, info->mem_planes,
			     info->comp_planes);
		oracle_v4l2_code(t, &n, code, deviation(code, false));
	}
	/* every code of the booted kernel's table: pixfmt dates it to this kernel or earlier */
	for (i = 0; i < ARRAY_SIZE(pixfmt_v4l2_known); i++) {
		u32 code = pixfmt_v4l2_known[i];
		const struct pixfmt_code_index *e = v4l2_entry(code);
		u32 first = e ? pixfmt_formats[e->format].v4l2_kernel[e->slot] : 0;

		PIXFMT_CHECK(t, first && first <= booted,
			     "%p4cc: in the booted kernel's table, pixfmt dates it %u.%u",
			     &code, major_of(first), minor_of(first));
	}
	pixfmt_test_log("# booted Linux %u.%u knows %zu V4L2 codes; pixfmt reproduces %u.%u",
			major_of(booted), minor_of(booted), ARRAY_SIZE(pixfmt_v4l2_known),
			major_of(PIXFMT_KERNEL_REFERENCE), minor_of(PIXFMT_KERNEL_REFERENCE));
	pixfmt_test_log("# v4l2: %u codes compared, %u results at %zu sizes", n.codes, n.results,
			ARRAY_SIZE(oracle_sizes));
	pixfmt_test_log("# v4l2 skips: %u codes newer than the booted kernel, %u in no kernel",
			n.newer, n.none);
	pixfmt_test_log("# v4l2: %u deviations (formats.yaml kernel.v4l2), %u fills -EOVERFLOW",
			n.deviations, n.overflows);
	PIXFMT_CHECK(t, n.codes > 0 && n.results > 0, "nothing compared");
	pixfmt_test_end(t, "v4l2 fills vs booted kernel");
}

static void oracle_drm_code(struct pixfmt_test *t, struct oracle_counts *n, u32 code,
			    const struct pixfmt_format *f, const struct drm_format_info *info,
			    const char *dev)
{
	unsigned int s, p;
	u32 pw, ph, lines;
	u64 pitch, real;
	int ret;

	for (s = 0; s < ARRAY_SIZE(oracle_sizes); s++) {
		u32 w = oracle_sizes[s][0], h = oracle_sizes[s][1];

		for (p = 0; p <= info->num_planes && p < PIXFMT_MAX_PLANES; p++) {
			int kw = drm_format_info_plane_width(info, w, p);
			int kh = drm_format_info_plane_height(info, h, p);
			u64 kp = drm_format_info_min_pitch(info, p, kw);

			ret = pixfmt_kernel_drm_plane_width(code, p, w, &pw);
			if (p == info->num_planes) {
				/* the kernel answers 0 for a plane it does not have */
				PIXFMT_CHECK(t, ret == -EINVAL && !kw && !kh && !kp,
					     "%p4cc plane %u: %d, booted kernel %d %d %llu", &code,
					     p, ret, kw, kh, kp);
				continue;
			}
			PIXFMT_CHECK(t, !ret, "%p4cc plane %u width: %d", &code, p, ret);
			compare(t, n, dev, !ret && pw == kw, "plane width", code, w, h, pw,
				(u64)kw);
			ret = pixfmt_kernel_drm_plane_height(code, p, h, &ph);
			PIXFMT_CHECK(t, !ret, "%p4cc plane %u height: %d", &code, p, ret);
			compare(t, n, dev, !ret && ph == kh, "plane height", code, w, h, ph,
				(u64)kh);
			ret = pixfmt_kernel_drm_min_pitch(code, p, kw, &pitch);
			PIXFMT_CHECK(t, !ret, "%p4cc plane %u pitch: %d", &code, p, ret);
			compare(t, n, dev, !ret && pitch == kp, "min pitch", code, w, h, pitch, kp);

			/* the real need holds what the booted kernel asks for */
			if (f->compressed || !w || !h)
				continue;
			PIXFMT_CHECK(t, !pixfmt_min_pitch(f, p, w, &real) && real >= kp &&
				     !pixfmt_plane_width(f, p, w, &pw) && pw >= kw &&
				     !pixfmt_plane_height(f, p, h, &lines) && lines >= kh,
				     "%p4cc %ux%u plane %u: real need below the booted kernel's %d %d %llu",
				     &code, w, h, p, kw, kh, kp);
		}
	}
}

static void test_oracle_drm(struct pixfmt_test *t)
{
	struct oracle_counts n = { 0 };
	unsigned int i;
	u64 pitch;

	for (i = 0; i < PIXFMT_NUM_DRM_CODES; i++) {
		const struct pixfmt_format *f = &pixfmt_formats[pixfmt_drm_index[i].format];
		u32 code = pixfmt_drm_index[i].code, first = f->drm_kernel;
		bool listed = in_list(pixfmt_drm_known, ARRAY_SIZE(pixfmt_drm_known), code);
		const struct drm_format_info *info;

		if (!first) {
			n.none++;
			PIXFMT_CHECK(t, !listed, "%s %p4cc: the kernel has it, pixfmt: no kernel",
				     f->name, &code);
			PIXFMT_CHECK(t, pixfmt_kernel_drm_min_pitch(code, 0, 16, &pitch) == -ENOENT,
				     "%p4cc: no -ENOENT", &code);
			continue;
		}
		if (first > booted) {
			PIXFMT_CHECK(t, !listed, "%s %p4cc: the kernel has it before %u.%u",
				     f->name, &code, major_of(first), minor_of(first));
			named(&n.newer, "# SKIP %s %p4cc: first in Linux %u.%u, not in %s",
			      f->name, &code, major_of(first), minor_of(first),
			      "the booted drm_format_info()");
			continue;
		}
#ifndef __BIG_ENDIAN
		if (code & DRM_FORMAT_BIG_ENDIAN) {
			PIXFMT_CHECK(t, !listed, "%s %p4cc: in a little-endian kernel's table",
				     f->name, &code);
			named(&n.big_endian, "# SKIP %s %p4cc: %s", f->name, &code,
			      "drm_format_info() has it only #ifdef __BIG_ENDIAN");
			continue;
		}
#endif
		PIXFMT_CHECK(t, listed, "%s %p4cc: pixfmt dates it to %u.%u, the kernel lacks it",
			     f->name, &code, major_of(first), minor_of(first));
		if (!listed)
			continue;
		/* drm_format_info() WARNs on an unknown code: only listed ones */
		info = drm_format_info(code);
		if (!info)
			continue;
		n.codes++;
		PIXFMT_CHECK(t, info->depth == f->drm_depth, "%s %p4cc depth %u, the kernel's %u",
			     f->name, &code, f->drm_depth, info->depth);
		PIXFMT_CHECK(t, info->num_planes == (f->compressed ? 1 : f->num_planes),
			     "%s %p4cc planes %u, the kernel's %u", f->name, &code,
			     f->num_planes, info->num_planes);
		oracle_drm_code(t, &n, code, f, info, deviation(code, true));
	}
	/* every code of the booted kernel's table: pixfmt dates it to this kernel or earlier */
	for (i = 0; i < ARRAY_SIZE(pixfmt_drm_known); i++) {
		u32 code = pixfmt_drm_known[i];
		const struct pixfmt_format *f = pixfmt_drm_format(code);
		u32 first = f ? f->drm_kernel : 0;

		PIXFMT_CHECK(t, first && first <= booted,
			     "%p4cc: in the booted kernel's table, pixfmt dates it %u.%u",
			     &code, major_of(first), minor_of(first));
	}
	pixfmt_test_log("# booted Linux %u.%u knows %zu DRM codes", major_of(booted),
			minor_of(booted), ARRAY_SIZE(pixfmt_drm_known));
	pixfmt_test_log("# drm: %u codes compared, %u results at %zu sizes", n.codes, n.results,
			ARRAY_SIZE(oracle_sizes));
	pixfmt_test_log("# drm skips: %u codes newer than the booted kernel, %u in no kernel",
			n.newer, n.none);
	pixfmt_test_log("# drm skips: %u big-endian codes on a little-endian kernel",
			n.big_endian);
	pixfmt_test_log("# drm: %u deviations (formats.yaml)", n.deviations);
	PIXFMT_CHECK(t, n.codes > 0 && n.results > 0, "nothing compared");
	pixfmt_test_end(t, "drm sizes vs booted kernel");
}

static int __init pixfmt_test_init(void)
{
	struct pixfmt_test t = { 0 };
	unsigned int major = 0, minor = 0;

	if (sscanf(init_utsname()->release, "%u.%u", &major, &minor) != 2)
		pr_warn("pixfmt_test: cannot read the kernel version from %s\n",
			init_utsname()->release);
	booted = major << 16 | minor << 8;
	pixfmt_test_log("KTAP version 1");
	pixfmt_test_log("1..%d", PIXFMT_TEST_CASES + 2);
	pixfmt_test_cases(&t);
	test_oracle_v4l2(&t);
	test_oracle_drm(&t);
	pixfmt_test_log("# pixfmt_test: table %zu bytes for %u formats",
			sizeof(pixfmt_formats) + sizeof(pixfmt_v4l2_index) +
			sizeof(pixfmt_v4l2_seeds) + sizeof(pixfmt_drm_index) +
			sizeof(pixfmt_drm_seeds), PIXFMT_NUM_FORMATS);
	pixfmt_test_log("%u passed, %u failed", t.passed, t.failed);
	return t.failed ? -EINVAL : 0;
}

static void __exit pixfmt_test_exit(void)
{
}

module_init(pixfmt_test_init);
module_exit(pixfmt_test_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("pixfmt kernel helper tests, against Python and the booted kernel");
