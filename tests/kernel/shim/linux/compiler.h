/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* User-space shim for the kernel's <linux/compiler.h> (tests only). */
#ifndef PIXFMT_SHIM_COMPILER_H
#define PIXFMT_SHIM_COMPILER_H

#define __printf(a, b)	__attribute__((format(printf, a, b)))
#ifndef __always_inline	/* glibc's <sys/cdefs.h> has it too */
#define __always_inline	inline __attribute__((__always_inline__))
#endif

#endif
