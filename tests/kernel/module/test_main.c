// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * pixfmt test module: at load time, runs the shared test cases against the
 * values the generator computed in Python, then differential tests against
 * the running kernel's own v4l2_fill_pixfmt(), v4l2_fill_pixfmt_mp(),
 * drm_format_info_plane_width/height() and drm_format_info_min_pitch().
 * Prints KTAP-style results ending in "N passed, M failed".
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/printk.h>
#include <linux/videodev2.h>
#include <drm/drm_fourcc.h>
#include <media/v4l2-common.h>

#include "pixfmt.h"
#include "pixfmt_test.h"
/* DRM_FORMAT_* the running kernel's table has, listed from its source */
#include "pixfmt_drm_known.h"

static const u32 oracle_sizes[][2] = {
	{ 1, 1 }, { 2, 2 }, { 3, 3 }, { 175, 143 }, { 641, 481 },
	{ 1366, 768 }, { 1920, 1080 }, { 4096, 2160 },
};

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

/*
 * Known deviation (tests/kernel_deviations.yaml): 6.1's v4l2-common.c
 * describes P010's CbCr plane as 2 bytes per pair with 2x1 subsampling,
 * pixfmt (like DRM, the V4L2 documentation and the kernel's P012) as 4 bytes
 * with 2x2. bytesperline agrees; sizeimage differs for odd heights, where the
 * kernel's is too small by one chroma line.
 */
static bool p010_deviation(u32 code, u32 height, u32 ours_bpl, u32 ours_size,
			   u32 theirs_bpl, u32 theirs_size)
{
	return code == V4L2_PIX_FMT_P010 && (height & 1) && ours_bpl == theirs_bpl &&
	       ours_size > theirs_size;
}

static void test_oracle_v4l2(struct pixfmt_test *t)
{
	struct v4l2_pix_format_mplane a_mp, b_mp;
	struct v4l2_pix_format a, b;
	unsigned int i, s, p, known = 0, deviations = 0;
	int ra, rb;

	for (i = 0; i < PIXFMT_NUM_V4L2_CODES; i++) {
		u32 code = pixfmt_v4l2_index[i].code;
		const struct v4l2_format_info *info = v4l2_format_info(code);

		if (!info)
			continue;
		known++;
		PIXFMT_CHECK(t, info->mem_planes == pixfmt_v4l2_mem_planes(code),
			     "%p4cc mem_planes %u", &code, info->mem_planes);
		for (s = 0; s < ARRAY_SIZE(oracle_sizes); s++) {
			u32 w = oracle_sizes[s][0], h = oracle_sizes[s][1];

			memset(&a, 0, sizeof(a));
			memset(&b, 0, sizeof(b));
			ra = pixfmt_v4l2_fill_pix(&a, code, w, h);
			rb = v4l2_fill_pixfmt(&b, code, w, h);
			if (!ra && !rb && p010_deviation(code, h, a.bytesperline, a.sizeimage,
							 b.bytesperline, b.sizeimage)) {
				deviations++;
			} else {
				PIXFMT_CHECK(t, ra == rb, "%p4cc %ux%u fill: %d, kernel %d",
					     &code, w, h, ra, rb);
				PIXFMT_CHECK(t, ra || rb || (a.bytesperline == b.bytesperline &&
							     a.sizeimage == b.sizeimage),
					     "%p4cc %ux%u fill: %u/%u, kernel %u/%u", &code, w, h,
					     a.bytesperline, a.sizeimage, b.bytesperline,
					     b.sizeimage);
			}

			memset(&a_mp, 0, sizeof(a_mp));
			memset(&b_mp, 0, sizeof(b_mp));
			ra = pixfmt_v4l2_fill_pix_mp(&a_mp, code, w, h);
			rb = v4l2_fill_pixfmt_mp(&b_mp, code, w, h);
			PIXFMT_CHECK(t, ra == rb, "%p4cc %ux%u fill_mp: %d, kernel %d",
				     &code, w, h, ra, rb);
			if (ra || rb)
				continue;
			PIXFMT_CHECK(t, a_mp.num_planes == b_mp.num_planes,
				     "%p4cc %ux%u fill_mp planes %u, kernel %u", &code, w, h,
				     a_mp.num_planes, b_mp.num_planes);
			for (p = 0; p < a_mp.num_planes && p < VIDEO_MAX_PLANES; p++) {
				const struct v4l2_plane_pix_format *x = &a_mp.plane_fmt[p];
				const struct v4l2_plane_pix_format *y = &b_mp.plane_fmt[p];

				if (p010_deviation(code, h, x->bytesperline, x->sizeimage,
						   y->bytesperline, y->sizeimage)) {
					deviations++;
					continue;
				}
				PIXFMT_CHECK(t, x->bytesperline == y->bytesperline &&
					     x->sizeimage == y->sizeimage,
					     "%p4cc %ux%u fill_mp plane %u: %u/%u, kernel %u/%u",
					     &code, w, h, p, x->bytesperline, x->sizeimage,
					     y->bytesperline, y->sizeimage);
			}
		}
	}
	pixfmt_test_log("# running kernel knows %u of %u V4L2 codes", known,
			PIXFMT_NUM_V4L2_CODES);
	pixfmt_test_log("# documented P010 deviations seen: %u", deviations);
	PIXFMT_CHECK(t, known > 0, "v4l2_format_info() knows nothing");
	pixfmt_test_end(t, "v4l2 fills vs running kernel");
}

static void test_oracle_drm(struct pixfmt_test *t)
{
	unsigned int i, s, p;
	u32 pw, ph;
	u64 pitch;
	int ret;

	for (i = 0; i < ARRAY_SIZE(pixfmt_drm_known); i++) {
		u32 code = pixfmt_drm_known[i];
		const struct pixfmt_format *f = pixfmt_drm_format(code);
		const struct drm_format_info *info = drm_format_info(code);

		PIXFMT_CHECK(t, f, "%p4cc unknown to pixfmt", &code);
		PIXFMT_CHECK(t, info, "%p4cc unknown to the kernel", &code);
		if (!f || !info)
			continue;
		PIXFMT_CHECK(t, f->compressed || info->num_planes == f->num_planes,
			     "%p4cc planes %u, kernel %u", &code, f->num_planes, info->num_planes);
		for (s = 0; s < ARRAY_SIZE(oracle_sizes); s++) {
			u32 w = oracle_sizes[s][0], h = oracle_sizes[s][1];

			for (p = 0; p < info->num_planes; p++) {
				int kw = drm_format_info_plane_width(info, w, p);
				int kh = drm_format_info_plane_height(info, h, p);
				u64 kp = drm_format_info_min_pitch(info, p, kw);

				ret = pixfmt_drm_min_pitch(code, p, w, &pitch);
				if (f->compressed) {
					/* no layout: the kernel's pitch is 0, ours -EINVAL */
					PIXFMT_CHECK(t, ret == -EINVAL && kp == 0,
						     "%p4cc compressed: %d, kernel pitch %llu",
						     &code, ret, kp);
					continue;
				}
				PIXFMT_CHECK(t, !ret && pitch == kp,
					     "%p4cc %ux%u plane %u pitch %llu, kernel %llu",
					     &code, w, h, p, pitch, kp);
				ret = pixfmt_drm_plane_width(code, p, w, &pw);
				PIXFMT_CHECK(t, !ret && pw == kw,
					     "%p4cc plane %u width %u, kernel %d",
					     &code, p, pw, kw);
				ret = pixfmt_drm_plane_height(code, p, h, &ph);
				PIXFMT_CHECK(t, !ret && ph == kh,
					     "%p4cc plane %u height %u, kernel %d",
					     &code, p, ph, kh);
			}
		}
	}
	pixfmt_test_log("# running kernel's drm_format_info() table: %zu codes",
			ARRAY_SIZE(pixfmt_drm_known));
	pixfmt_test_end(t, "drm pitches vs running kernel");
}

static int __init pixfmt_test_init(void)
{
	struct pixfmt_test t = { 0 };

	pixfmt_test_log("KTAP version 1");
	pixfmt_test_log("1..9");
	pixfmt_test_cases(&t);
	test_oracle_v4l2(&t);
	test_oracle_drm(&t);
	pixfmt_test_log("# pixfmt_test: table %zu bytes for %u formats",
			sizeof(pixfmt_formats) + sizeof(pixfmt_v4l2_index) +
			sizeof(pixfmt_drm_index), PIXFMT_NUM_FORMATS);
	pixfmt_test_log("%u passed, %u failed", t.passed, t.failed);
	return t.failed ? -EINVAL : 0;
}

static void __exit pixfmt_test_exit(void)
{
}

module_init(pixfmt_test_init);
module_exit(pixfmt_test_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("pixfmt kernel helper tests, against Python and the running kernel");
