/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The test module's one ioctl: check a dma-buf, given by its fd, with
 * pixfmt_check_buffer() for a V4L2 format and size.
 */
#ifndef PIXFMT_DMABUF_H
#define PIXFMT_DMABUF_H

#include <linux/ioctl.h>
#include <linux/types.h>

#define PIXFMT_DMABUF_PITCHES	0x1U	/* use pitches[] (else the minimum) */

struct pixfmt_dmabuf_check {
	__s32 fd;		/* in: the dma-buf */
	__u32 code;		/* in: V4L2 code */
	__u32 width, height;	/* in */
	__u32 flags;		/* in: PIXFMT_DMABUF_* */
	__u32 pitches[4];	/* in, with PIXFMT_DMABUF_PITCHES */
	__s32 result;		/* out: pixfmt_check_buffer()'s return */
	__u64 size;		/* out: the dma-buf's size in bytes */
	char why[64];		/* out: its reason, when refused */
};

#define PIXFMT_DMABUF_CHECK	_IOWR('p', 0x70, struct pixfmt_dmabuf_check)

#endif /* PIXFMT_DMABUF_H */
