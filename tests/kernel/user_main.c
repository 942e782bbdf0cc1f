// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * User-space runner of the pixfmt kernel helper tests: kernel/pixfmt.c and
 * kernel/pixfmt_table.c built against the shim in tests/kernel/shim, under
 * AddressSanitizer and UndefinedBehaviorSanitizer.
 */
#include <stdarg.h>
#include <stdio.h>

#include "pixfmt_test.h"

void pixfmt_test_vlog(const char *fmt, va_list args)
{
	vprintf(fmt, args);
	putchar('\n');
}

int main(void)
{
	struct pixfmt_test t = { 0 };

	printf("KTAP version 1\n1..%d\n", PIXFMT_TEST_CASES);
	pixfmt_test_cases(&t);
	printf("# pixfmt: %u passed, %u failed\n", t.passed, t.failed);
	printf("%u passed, %u failed\n", t.passed, t.failed);
	return t.failed ? 1 : 0;
}
