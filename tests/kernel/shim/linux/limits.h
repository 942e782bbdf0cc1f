/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* User-space shim for the kernel's <linux/limits.h> (tests only). */
#ifndef PIXFMT_SHIM_LIMITS_H
#define PIXFMT_SHIM_LIMITS_H

#include_next <linux/limits.h>
#include <stdint.h>

#define U32_MAX	UINT32_MAX
#define U64_MAX	UINT64_MAX

#endif
