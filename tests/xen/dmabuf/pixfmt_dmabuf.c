// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Test module: import a dma-buf with dma_buf_get() and check that its pages
 * hold a frame, with pixfmt_check_buffer(), as a dma-buf importer (gntdev's
 * IOCTL_GNTDEV_DMABUF_IMP_TO_REFS, a display or camera frontend) would.
 * User space hands it the fd through /dev/pixfmt_dmabuf.
 */
#include <linux/dma-buf.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/uaccess.h>

#include "pixfmt.h"
#include "pixfmt_dmabuf.h"

MODULE_IMPORT_NS(DMA_BUF);

static long pixfmt_dmabuf_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct pixfmt_dmabuf_check c;
	const struct pixfmt_format *fmt;
	const char *why = "";
	struct dma_buf *dmabuf;

	if (cmd != PIXFMT_DMABUF_CHECK)
		return -ENOTTY;
	if (copy_from_user(&c, (void __user *)arg, sizeof(c)))
		return -EFAULT;
	dmabuf = dma_buf_get(c.fd);
	if (IS_ERR(dmabuf))
		return PTR_ERR(dmabuf);
	c.size = dmabuf->size;
	fmt = pixfmt_v4l2_format(c.code);
	c.result = pixfmt_check_buffer(fmt, c.width, c.height,
				       c.flags & PIXFMT_DMABUF_PITCHES ? c.pitches : NULL,
				       NULL, dmabuf->size >> PAGE_SHIFT, PAGE_SIZE, &why);
	dma_buf_put(dmabuf);
	strscpy(c.why, c.result ? why : "", sizeof(c.why));
	pr_info("pixfmt_dmabuf: %p4cc %ux%u in %llu pages: %d%s%s\n", &c.code, c.width,
		c.height, c.size >> PAGE_SHIFT, c.result, c.result ? ", " : "", c.why);
	if (copy_to_user((void __user *)arg, &c, sizeof(c)))
		return -EFAULT;
	return 0;
}

static const struct file_operations pixfmt_dmabuf_fops = {
	.owner = THIS_MODULE,
	.unlocked_ioctl = pixfmt_dmabuf_ioctl,
};

static struct miscdevice pixfmt_dmabuf_dev = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "pixfmt_dmabuf",
	.fops = &pixfmt_dmabuf_fops,
};

module_misc_device(pixfmt_dmabuf_dev);

MODULE_DESCRIPTION("pixfmt buffer checks on imported dma-bufs (test)");
MODULE_LICENSE("Dual MIT/GPL");
