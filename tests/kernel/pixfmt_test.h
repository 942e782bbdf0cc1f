/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The pixfmt test cases (pixfmt_cases.c) are shared by the in-kernel test
 * module and the user-space test; each supplies pixfmt_test_log().
 */
#ifndef _PIXFMT_TEST_H
#define _PIXFMT_TEST_H

#include <linux/compiler.h>
#include <linux/stdarg.h>
#include <linux/types.h>

/**
 * struct pixfmt_test - check counters
 * @passed: checks that held, all subtests
 * @failed: checks that did not, all subtests
 * @subtest: subtests reported so far
 * @sub_passed: checks that held in the current subtest
 * @sub_failed: checks that did not in the current subtest
 */
struct pixfmt_test {
	unsigned int passed;
	unsigned int failed;
	unsigned int subtest;
	unsigned int sub_passed;
	unsigned int sub_failed;
};

/* supplied by the runner: print one line (the newline is added) */
void pixfmt_test_vlog(const char *fmt, va_list args);

__printf(1, 2) void pixfmt_test_log(const char *fmt, ...);
__printf(3, 4) void pixfmt_test_check(struct pixfmt_test *t, bool ok, const char *fmt, ...);

/* count a check; on failure print where and the message */
#define PIXFMT_CHECK(t, cond, fmt, ...) \
	pixfmt_test_check(t, cond, "# FAIL %s:%d: " fmt, __func__, __LINE__, ##__VA_ARGS__)

/* subtests pixfmt_test_cases() reports */
#define PIXFMT_TEST_CASES	11

void pixfmt_test_end(struct pixfmt_test *t, const char *name);
void pixfmt_test_cases(struct pixfmt_test *t);

#endif /* _PIXFMT_TEST_H */
