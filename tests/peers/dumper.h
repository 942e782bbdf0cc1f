/*
 * The peer dumpers' common protocol: lines "NAME WIDTH HEIGHT ALIGN" on
 * stdin, one JSON object per line on stdout ({"planes": [...], "total": N}
 * or {"error": "..."}). Each dumper supplies dump(), which gets a size both
 * peers accept (1..INT_MAX) and a power-of-two alignment up to 2^20.
 */
#ifndef PIXFMT_PEER_DUMPER_H
#define PIXFMT_PEER_DUMPER_H

#include <limits.h>
#include <stdio.h>

static void error(const char *msg)
{
	printf("{\"error\": \"%s\"}\n", msg);
}

static void dump(const char *name, unsigned long width, unsigned long height, unsigned long align);

static int dumper_main(void)
{
	char line[512];

	while (fgets(line, sizeof(line), stdin)) {
		char name[128];
		unsigned long width, height, align;

		if (sscanf(line, "%127s %lu %lu %lu", name, &width, &height, &align) != 4) {
			error("expected: NAME WIDTH HEIGHT ALIGN");
			continue;
		}
		if (width == 0 || height == 0 || width > INT_MAX || height > INT_MAX) {
			error("bad size");
			continue;
		}
		if (align == 0 || (align & (align - 1)) != 0 || align > (1ul << 20)) {
			error("alignment must be a power of two");
			continue;
		}
		dump(name, width, height, align);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}

#endif
