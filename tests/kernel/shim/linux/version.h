/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* User-space stand-in for <linux/version.h>: the kernel files build and run in a test program. */
#ifndef _SHIM_LINUX_VERSION_H
#define _SHIM_LINUX_VERSION_H
#define KERNEL_VERSION(a, b, c) (((a) << 16) + ((b) << 8) + ((c) > 255 ? 255 : (c)))
#endif
