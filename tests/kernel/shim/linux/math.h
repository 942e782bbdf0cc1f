/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* User-space shim for the kernel's <linux/math.h> (tests only). */
#ifndef PIXFMT_SHIM_MATH_H
#define PIXFMT_SHIM_MATH_H

#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))

#endif
