// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * xcam-check: capture frames from a V4L2 device and verify every byte the
 * Xen camera backend wrote (examples/xen-camera/pattern.h).
 *
 *   xcam-check DEVICE FOURCC WIDTHxHEIGHT FRAMES
 *
 * Sets the format, streams FRAMES frames with mmap buffers (the single- or
 * multi-planar API, whichever the device has) and compares each memory
 * plane's bytesused bytes with the pattern of the buffer's sequence number.
 * Prints one summary line; exit 0 when every frame matches.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <linux/videodev2.h>

#include "../pattern.h"

#define NBUF 3

struct plane_map {
	unsigned char *addr;
	size_t len;
};

static int xioctl(int fd, unsigned long req, void *arg)
{
	int r;

	do
		r = ioctl(fd, req, arg);
	while (r < 0 && errno == EINTR);
	return r;
}

/* an mmap buffer of @type at @index, its planes in @planes */
static void buffer_init(struct v4l2_buffer *b, struct v4l2_plane *planes,
			enum v4l2_buf_type type, unsigned int index)
{
	memset(b, 0, sizeof(*b));
	b->type = type;
	b->memory = V4L2_MEMORY_MMAP;
	b->index = index;
	b->m.planes = planes;
	b->length = VIDEO_MAX_PLANES;
}

static int fail(const char *what)
{
	fprintf(stdout, "xcam-check: FAIL %s: %s\n", what, strerror(errno));
	return 1;
}

int main(int argc, char **argv)
{
	struct plane_map maps[NBUF][VIDEO_MAX_PLANES];
	struct v4l2_capability cap;
	struct v4l2_requestbuffers rb;
	struct v4l2_format fmt;
	unsigned int w, h, frames, i, p, nplanes, done = 0;
	unsigned long long bytes = 0;
	enum v4l2_buf_type type;
	int fd, mp;
	char *cc;

	if (argc != 5 || strlen(argv[2]) < 1 || strlen(argv[2]) > 4 ||
	    sscanf(argv[3], "%ux%u", &w, &h) != 2 || sscanf(argv[4], "%u", &frames) != 1) {
		fprintf(stderr, "usage: xcam-check DEVICE FOURCC WIDTHxHEIGHT FRAMES\n");
		return 2;
	}
	char code[5] = "    ";

	memcpy(code, argv[2], strlen(argv[2]));
	fd = open(argv[1], O_RDWR);
	if (fd < 0)
		return fail(argv[1]);
	if (xioctl(fd, VIDIOC_QUERYCAP, &cap))
		return fail("QUERYCAP");
	mp = !!(cap.device_caps & V4L2_CAP_VIDEO_CAPTURE_MPLANE);
	type = mp ? V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE : V4L2_BUF_TYPE_VIDEO_CAPTURE;

	memset(&fmt, 0, sizeof(fmt));
	fmt.type = type;
	if (mp) {
		fmt.fmt.pix_mp.width = w;
		fmt.fmt.pix_mp.height = h;
		fmt.fmt.pix_mp.pixelformat = v4l2_fourcc(code[0], code[1], code[2], code[3]);
	} else {
		fmt.fmt.pix.width = w;
		fmt.fmt.pix.height = h;
		fmt.fmt.pix.pixelformat = v4l2_fourcc(code[0], code[1], code[2], code[3]);
	}
	if (xioctl(fd, VIDIOC_S_FMT, &fmt))
		return fail("S_FMT");
	cc = (char *)(mp ? &fmt.fmt.pix_mp.pixelformat : &fmt.fmt.pix.pixelformat);
	if (memcmp(cc, code, 4) || (mp ? fmt.fmt.pix_mp.width : fmt.fmt.pix.width) != w ||
	    (mp ? fmt.fmt.pix_mp.height : fmt.fmt.pix.height) != h) {
		printf("xcam-check: FAIL %s %ux%u not offered by %s\n", argv[2], w, h, argv[1]);
		return 1;
	}
	nplanes = mp ? fmt.fmt.pix_mp.num_planes : 1;

	memset(&rb, 0, sizeof(rb));
	rb.count = NBUF;
	rb.type = type;
	rb.memory = V4L2_MEMORY_MMAP;
	if (xioctl(fd, VIDIOC_REQBUFS, &rb) || rb.count < 1)
		return fail("REQBUFS");
	for (i = 0; i < rb.count && i < NBUF; i++) {
		struct v4l2_plane planes[VIDEO_MAX_PLANES];
		struct v4l2_buffer b;

		buffer_init(&b, planes, type, i);
		if (xioctl(fd, VIDIOC_QUERYBUF, &b))
			return fail("QUERYBUF");
		for (p = 0; p < nplanes; p++) {
			size_t len = mp ? planes[p].length : b.length;
			off_t off = mp ? planes[p].m.mem_offset : b.m.offset;

			maps[i][p].len = len;
			maps[i][p].addr = mmap(NULL, len, PROT_READ, MAP_SHARED, fd, off);
			if (maps[i][p].addr == MAP_FAILED)
				return fail("mmap");
		}
		if (xioctl(fd, VIDIOC_QBUF, &b))
			return fail("QBUF");
	}
	if (xioctl(fd, VIDIOC_STREAMON, &type))
		return fail("STREAMON");

	while (done < frames) {
		struct v4l2_plane planes[VIDEO_MAX_PLANES];
		struct v4l2_buffer b;

		buffer_init(&b, planes, type, 0);
		if (xioctl(fd, VIDIOC_DQBUF, &b))
			return fail("DQBUF");
		if (b.flags & V4L2_BUF_FLAG_ERROR) {
			printf("xcam-check: FAIL buffer %u flagged as an error\n", b.index);
			return 1;
		}
		for (p = 0; p < nplanes; p++) {
			size_t used = mp ? planes[p].bytesused : b.bytesused;
			const unsigned char *a = maps[b.index][p].addr;
			size_t k;

			if (!used || used > maps[b.index][p].len) {
				printf("xcam-check: FAIL frame %u plane %u: %zu bytes used\n",
				       b.sequence, p, used);
				return 1;
			}
			for (k = 0; k < used; k++)
				if (a[k] != xcam_pattern(b.sequence, p, k)) {
					printf("xcam-check: FAIL %s %ux%u frame %u plane %u byte %zu: 0x%02x, expected 0x%02x\n",
					       argv[2], w, h, b.sequence, p, k, a[k],
					       xcam_pattern(b.sequence, p, k));
					return 1;
				}
			bytes += used;
		}
		done++;
		if (xioctl(fd, VIDIOC_QBUF, &b))
			return fail("QBUF");
	}
	xioctl(fd, VIDIOC_STREAMOFF, &type);
	printf("xcam-check: OK %s %ux%u on %s (%s): %u frames, %llu bytes verified\n", argv[2],
	       w, h, argv[1], mp ? "multi-planar" : "single-planar", done, bytes);
	return 0;
}
