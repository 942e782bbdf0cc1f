/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The kernel C helpers timed in user space (bench/kernel_bench.c). Each table
 * (the full one, a driver's subset) is timed by kernel_bench_copy.c compiled
 * with that table's PIXFMT_PREFIX, calling the helpers directly as a driver
 * does.
 */
#ifndef PIXFMT_KERNEL_BENCH_H
#define PIXFMT_KERNEL_BENCH_H

/* Nanoseconds per call, medians of repeated runs over shuffled codes. */
struct kernel_bench {
	unsigned int formats;	/* formats in the table */
	unsigned int codes;	/* V4L2 codes the queries draw from */
	double lookup;		/* pixfmt_v4l2_format() */
	double scan;		/* a linear scan of pixfmt_formats[] for the code */
	unsigned int in_kernel;	/* of those with a layout, codes the kernel's table has */
	double try_fmt;		/* pixfmt_v4l2_fill_pix_mp() at 1920x1080 */
	double try_fmt_in_kernel;	/* the same over the in_kernel codes */
	double kernel_try_fmt;	/* pixfmt_kernel_v4l2_fill_pix_mp() over them */
	double check_buffer;	/* pixfmt_v4l2_format() + pixfmt_check_buffer() */
};

/* One per table: full_bench(), sub_bench(). Returns 0 or -1 on an error. */
int full_bench(struct kernel_bench *out);
int sub_bench(struct kernel_bench *out);

#endif
