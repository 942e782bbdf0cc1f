// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * A stand-in driver with its own copy of pixfmt, as kernel/README.md tells a
 * driver to carry it. tests/kernel/run-qemu.sh builds it twice, as two
 * modules: with the full table and with a table made by
 * gen/pixfmt_gen.py --kernel-only. Built into one kernel, both copies must
 * link together: each defines its symbols under its own module's prefix.
 */
#include <linux/module.h>
#include <linux/printk.h>
#include <linux/videodev2.h>

#include "pixfmt.h"

static int __init pixfmt_drv_init(void)
{
	const struct pixfmt_format *fmt = pixfmt_v4l2_format(V4L2_PIX_FMT_NV12);

	pr_info("%u formats, NV12 %s\n", PIXFMT_NUM_FORMATS,
		fmt ? fmt->name : "unknown");
	return 0;
}

module_init(pixfmt_drv_init);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("pixfmt test driver: one copy of the helpers and a table");
