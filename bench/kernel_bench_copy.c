// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Times one copy of the kernel helpers and its table (PIXFMT_PREFIX names
 * the copy): lookups, TRY_FMT's fill and buffer validation, each over 4096
 * queries drawn from the table's own V4L2 codes in a shuffled order.
 */
#include <linux/compiler.h>
#include <linux/videodev2.h>
#include <stdint.h>
#include <time.h>

#include "pixfmt.h"
#include "kernel_bench.h"

#define QUERIES	4096
#define REPEATS	7
#define WIDTH	1920
#define HEIGHT	1080
#define PAGE	4096u

static u32 queries[QUERIES];	/* any V4L2 code of the table */
static u32 uncompressed[QUERIES];	/* codes of formats with a layout */
static u32 in_kernel[QUERIES];	/* those the kernel's own table has too */
static u64 pages[QUERIES];	/* what uncompressed[i]'s frame needs */
static unsigned int failures;

/* Keep a value alive: it must be computed into a register. */
static __always_inline void keep_ptr(const void *p)
{
	__asm__ volatile("" : : "r"(p) : "memory");
}

static __always_inline void keep_u32(u32 v)
{
	__asm__ volatile("" : : "r"(v) : "memory");
}

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

/* A fixed-seed xorshift: the same order on every run. */
static u32 next(u32 *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static const struct pixfmt_format *scan(u32 code)
{
	unsigned int i, j;

	for (i = 0; i < PIXFMT_NUM_FORMATS; i++)
		for (j = 0; j < pixfmt_formats[i].num_v4l2; j++)
			if (pixfmt_formats[i].v4l2[j] == code)
				return &pixfmt_formats[i];
	return NULL;
}

static void op_lookup(unsigned int i)
{
	keep_ptr(pixfmt_v4l2_format(queries[i]));
}

static void op_scan(unsigned int i)
{
	keep_ptr(scan(queries[i]));
}

static void op_try_fmt(unsigned int i)
{
	struct v4l2_pix_format_mplane pix;

	failures += pixfmt_v4l2_fill_pix_mp(&pix, uncompressed[i], WIDTH, HEIGHT) != 0;
	keep_u32(pix.plane_fmt[0].sizeimage);
}

static void op_try_fmt_in_kernel(unsigned int i)
{
	struct v4l2_pix_format_mplane pix;

	failures += pixfmt_v4l2_fill_pix_mp(&pix, in_kernel[i], WIDTH, HEIGHT) != 0;
	keep_u32(pix.plane_fmt[0].sizeimage);
}

static void op_kernel_try_fmt(unsigned int i)
{
	struct v4l2_pix_format_mplane pix;

	failures += pixfmt_kernel_v4l2_fill_pix_mp(&pix, in_kernel[i], WIDTH, HEIGHT) != 0;
	keep_u32(pix.plane_fmt[0].sizeimage);
}

static void op_check_buffer(unsigned int i)
{
	const struct pixfmt_format *fmt = pixfmt_v4l2_format(uncompressed[i]);

	failures += pixfmt_check_buffer(fmt, WIDTH, HEIGHT, NULL, NULL, pages[i], PAGE,
					NULL) != 0;
}

/*
 * Median over REPEATS runs of ns per call, each run long enough to time.
 * Inlined into each caller, so that op is a direct call the compiler inlines.
 */
static __always_inline double time_op(void (*op)(unsigned int))
{
	double runs[REPEATS], t;
	unsigned int rounds = 1, r, k, i, j;

	for (;;) {
		t = now();
		for (k = 0; k < rounds; k++)
			for (i = 0; i < QUERIES; i++)
				op(i);
		if (now() - t > 2e7 || rounds > (1u << 20))
			break;
		rounds *= 2;
	}
	for (r = 0; r < REPEATS; r++) {
		t = now();
		for (k = 0; k < rounds; k++)
			for (i = 0; i < QUERIES; i++)
				op(i);
		runs[r] = (now() - t) / ((double)rounds * QUERIES);
	}
	for (i = 1; i < REPEATS; i++)
		for (j = i; j > 0 && runs[j - 1] > runs[j]; j--) {
			t = runs[j];
			runs[j] = runs[j - 1];
			runs[j - 1] = t;
		}
	return runs[REPEATS / 2];
}

int PIXFMT_SYMBOL(bench)(struct kernel_bench *out)
{
	u32 all[PIXFMT_MAX_V4L2_CODES * PIXFMT_NUM_FORMATS];
	u32 laid[PIXFMT_MAX_V4L2_CODES * PIXFMT_NUM_FORMATS];
	u32 known[PIXFMT_MAX_V4L2_CODES * PIXFMT_NUM_FORMATS];
	unsigned int n_all = 0, n_laid = 0, n_known = 0, i, j;
	struct v4l2_pix_format_mplane pix;
	u32 code, seed = 2463534242u;
	u64 size;

	for (i = 0; i < PIXFMT_NUM_FORMATS; i++)
		for (j = 0; j < pixfmt_formats[i].num_v4l2; j++) {
			code = pixfmt_formats[i].v4l2[j];
			all[n_all++] = code;
			if (pixfmt_image_size(&pixfmt_formats[i], WIDTH, HEIGHT, &size))
				continue;
			laid[n_laid++] = code;
			if (!pixfmt_kernel_v4l2_fill_pix_mp(&pix, code, WIDTH, HEIGHT))
				known[n_known++] = code;
		}
	if (!n_all || !n_laid || !n_known)
		return -1;
	for (i = 0; i < QUERIES; i++) {
		queries[i] = all[next(&seed) % n_all];
		uncompressed[i] = laid[next(&seed) % n_laid];
		in_kernel[i] = known[next(&seed) % n_known];
		if (pixfmt_image_pages(pixfmt_v4l2_format(uncompressed[i]), WIDTH, HEIGHT, PAGE,
				       &pages[i]))
			return -1;
	}
	out->formats = PIXFMT_NUM_FORMATS;
	out->codes = n_all;
	out->lookup = time_op(op_lookup);
	out->scan = time_op(op_scan);
	out->in_kernel = n_known;
	out->try_fmt = time_op(op_try_fmt);
	out->try_fmt_in_kernel = time_op(op_try_fmt_in_kernel);
	out->kernel_try_fmt = time_op(op_kernel_try_fmt);
	out->check_buffer = time_op(op_check_buffer);
	return failures ? -1 : 0;
}
