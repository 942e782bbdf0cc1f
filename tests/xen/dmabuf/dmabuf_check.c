// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * dmabuf-check: make dma-bufs from vgem dumb buffers of a given number of
 * pages and have the pixfmt_dmabuf test module check each against a format
 * and size. Reads cases from a file, one per line:
 *
 *   FOURCC WIDTH HEIGHT PAGES EXPECT [PITCH]
 *
 * EXPECT is "ok" (the check passes), "ERANGE" (refused as too small) or
 * "refused" (any refusal: sizes past u32/u64 must not wrap into a pass).
 * Prints one line per case; exit 0 when every case gives what it expects.
 */
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <drm.h>		/* libdrm-dev: -I/usr/include/libdrm */
#include <drm_mode.h>

#include "pixfmt_dmabuf.h"

/* the first DRM device whose driver is vgem */
static int open_vgem(void)
{
	glob_t g;
	size_t i;
	int fd = -1;

	if (glob("/dev/dri/card*", 0, NULL, &g))
		return -1;
	for (i = 0; i < g.gl_pathc && fd < 0; i++) {
		char name[32] = "";
		struct drm_version v = { .name = name, .name_len = sizeof(name) - 1 };

		fd = open(g.gl_pathv[i], O_RDWR);
		if (fd >= 0 && (ioctl(fd, DRM_IOCTL_VERSION, &v) || strcmp(name, "vgem"))) {
			close(fd);
			fd = -1;
		}
	}
	globfree(&g);
	return fd;
}

/* a dma-buf of exactly @pages pages */
static int make_dmabuf(int vgem, unsigned int pages)
{
	struct drm_mode_create_dumb create = { .width = 4096, .height = pages, .bpp = 8 };
	struct drm_prime_handle prime = { .flags = DRM_CLOEXEC | DRM_RDWR };

	if (ioctl(vgem, DRM_IOCTL_MODE_CREATE_DUMB, &create))
		return -1;
	prime.handle = create.handle;
	if (ioctl(vgem, DRM_IOCTL_PRIME_HANDLE_TO_FD, &prime))
		return -1;
	return prime.fd;
}

int main(int argc, char **argv)
{
	char line[256], cc[8], expect[16];
	unsigned int failed = 0, cases = 0;
	int vgem, dev;
	FILE *in;

	if (argc != 2 || !(in = fopen(argv[1], "r"))) {
		fprintf(stderr, "usage: dmabuf-check CASES\n");
		return 2;
	}
	vgem = open_vgem();
	dev = open("/dev/pixfmt_dmabuf", O_RDWR);
	if (vgem < 0 || dev < 0) {
		printf("dmabuf-check: FAIL no %s\n", vgem < 0 ? "vgem device" : "/dev/pixfmt_dmabuf");
		return 1;
	}
	while (fgets(line, sizeof(line), in)) {
		struct pixfmt_dmabuf_check c = { 0 };
		unsigned int pages, pitch;
		int n, ok;

		if (line[0] == '#' || line[0] == '\n')
			continue;
		n = sscanf(line, "%4s %u %u %u %15s %u", cc, &c.width, &c.height, &pages, expect, &pitch);
		if (n < 5) {
			printf("dmabuf-check: FAIL bad case: %s", line);
			return 1;
		}
		memset(cc + strlen(cc), ' ', 4 - strlen(cc));
		c.code = (unsigned char)cc[0] | (unsigned char)cc[1] << 8 |
			 (unsigned char)cc[2] << 16 | (unsigned int)(unsigned char)cc[3] << 24;
		if (n == 6) {
			c.flags = PIXFMT_DMABUF_PITCHES;
			c.pitches[0] = pitch;
		}
		c.fd = make_dmabuf(vgem, pages);
		if (c.fd < 0 || ioctl(dev, PIXFMT_DMABUF_CHECK, &c)) {
			printf("dmabuf-check: FAIL %.4s %ux%u: %s\n", cc, c.width, c.height,
			       strerror(errno));
			return 1;
		}
		close(c.fd);
		if (!strcmp(expect, "ok"))
			ok = c.result == 0;
		else if (!strcmp(expect, "ERANGE"))
			ok = c.result == -ERANGE;
		else
			ok = c.result < 0;
		cases++;
		failed += !ok;
		printf("dmabuf-check: %s %.4s %ux%u%s in %u pages (%llu bytes): %d %s%s(expected %s)\n",
		       ok ? "OK" : "FAIL", cc, c.width, c.height, n == 6 ? " with a given pitch" : "",
		       pages, (unsigned long long)c.size, c.result, c.why, c.result ? " " : "",
		       expect);
	}
	printf("dmabuf-check: %u cases, %u failed\n", cases, failed);
	return failed ? 1 : 0;
}
