/*
 * The peer dumpers' common protocol: lines "NAME WIDTH HEIGHT ALIGN" on
 * stdin, one JSON object per line on stdout ({"planes": [...], "total": N}
 * or {"error": "..."}). Each dumper supplies dump(), which gets a size both
 * peers accept (1..INT_MAX) and a power-of-two alignment up to 2^20.
 *
 * Two more modes report the library's own description of its formats (read
 * by check_facts.py): "--names" prints every format name the library knows,
 * one a line (list_names()); "--facts" reads names on stdin, one a line, and
 * prints one JSON object per line: the descriptor's facts, or {"error": "..."}
 * (facts()).
 */
#ifndef PIXFMT_PEER_DUMPER_H
#define PIXFMT_PEER_DUMPER_H

#include <limits.h>
#include <stdio.h>
#include <string.h>

static void error(const char *msg)
{
	printf("{\"error\": \"%s\"}\n", msg);
}

static void dump(const char *name, unsigned long width, unsigned long height, unsigned long align);
static void facts(const char *name);
static void list_names(void);

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

static int facts_main(void)
{
	char line[512];

	while (fgets(line, sizeof(line), stdin)) {
		char name[128];

		if (sscanf(line, "%127s", name) != 1) {
			error("expected: NAME");
			continue;
		}
		facts(name);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}

/* The mode the command line asks for: none (layouts), --facts or --names. */
static int dumper_run(int argc, char **argv)
{
	if (argc == 1)
		return dumper_main();
	if (argc == 2 && strcmp(argv[1], "--facts") == 0)
		return facts_main();
	if (argc == 2 && strcmp(argv[1], "--names") == 0) {
		list_names();
		return fflush(stdout) == 0 ? 0 : 1;
	}
	fprintf(stderr, "usage: %s [--facts | --names]\n", argv[0]);
	return 2;
}

#endif
