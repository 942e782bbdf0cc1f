/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * User-space shim: the kernel's <linux/types.h> on top of the uapi one, so
 * that kernel/pixfmt*.c compile unchanged in user space (tests only).
 */
#ifndef PIXFMT_SHIM_TYPES_H
#define PIXFMT_SHIM_TYPES_H

#include_next <linux/types.h>
#include <stddef.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif

typedef __u8 u8;
typedef __u16 u16;
typedef __u32 u32;
typedef __u64 u64;

#endif
