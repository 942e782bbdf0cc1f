/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* User-space shim for the kernel's <linux/stdarg.h> (tests only). */
#ifndef PIXFMT_SHIM_STDARG_H
#define PIXFMT_SHIM_STDARG_H

#include <stdarg.h>

#endif
