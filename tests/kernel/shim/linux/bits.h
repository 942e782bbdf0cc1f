/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* User-space shim for the kernel's <linux/bits.h> (tests only). */
#ifndef PIXFMT_SHIM_BITS_H
#define PIXFMT_SHIM_BITS_H

#define BIT(nr)	(1UL << (nr))

#endif
