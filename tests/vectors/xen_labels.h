/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Xen camera XenStore format labels: the rule of xen/io/cameraif.h as test
 * vectors, shared by the C tests (tests/kernel: user space and the booted
 * module) and the C++ tests (tests/cpp, tests/kernel/parity.cpp). A label is
 * a fourcc without its trailing spaces, "-BE" appended for the big-endian
 * variant; its characters are 0x21..0x7e except / \ < > : " | ? *.
 * Plain C that C++ also compiles: no kernel types, no designators.
 */
#ifndef PIXFMT_XEN_LABEL_VECTORS_H
#define PIXFMT_XEN_LABEL_VECTORS_H

/* a label and the code it names; valid 0: refused */
struct xen_label_vector {
	const char *label;
	int valid;
	unsigned int code;
};

static const struct xen_label_vector xen_label_vectors[] = {
	{ "Y16", 1, 0x20363159 },		/* 'Y16 ': trailing space trimmed */
	{ "Y16-BE", 1, 0xa0363159 },
	{ "NV12", 1, 0x3231564e },
	{ "NV12-BE", 1, 0xb231564e },
	{ "B", 1, 0x20202042 },
	{ "A-BE", 1, 0xa0202041 },		/* 'A   ' big-endian */
	{ "-BE", 1, 0x2045422d },		/* three characters: no suffix */
	{ "-BE-BE", 1, 0xa045422d },
	{ "a~!@", 1, 0x40217e61 },
	{ "", 0, 0 },
	{ " ", 0, 0 },				/* a space is forbidden */
	{ "Y16 ", 0, 0 },			/* trailing spaces must be trimmed */
	{ " Y16", 0, 0 },
	{ "Y 16", 0, 0 },
	{ "Y16 -BE", 0, 0 },
	{ "ABCDE", 0, 0 },
	{ "ABCDE-BE", 0, 0 },
	{ "X-BE-BE", 0, 0 },			/* 'X-BE' has no unambiguous label */
	{ "ABCD-be", 0, 0 },			/* the suffix is upper case */
	{ "NV12-BEX", 0, 0 },
	{ "A/BC", 0, 0 },
	{ "A\\BC", 0, 0 },
	{ "A<BC", 0, 0 },
	{ "A>BC", 0, 0 },
	{ "A:BC", 0, 0 },
	{ "A\"BC", 0, 0 },
	{ "A|BC", 0, 0 },
	{ "A?BC", 0, 0 },
	{ "A*BC", 0, 0 },
	{ "\001ABC", 0, 0 },
	{ "AB\177", 0, 0 },			/* DEL is not printable */
	{ "\200ABC", 0, 0 },
};

/* a code and its label; NULL: the code has none */
struct xen_code_vector {
	unsigned int code;
	const char *label;
};

static const struct xen_code_vector xen_code_vectors[] = {
	{ 0x20363159, "Y16" },
	{ 0xa0363159, "Y16-BE" },
	{ 0x3231564e, "NV12" },
	{ 0xb5315241, "AR15-BE" },
	{ 0x2045422d, "-BE" },
	{ 0x40217e61, "a~!@" },
	{ 0x20202020, NULL },			/* all spaces */
	{ 0xa0202020, NULL },
	{ 0x36315920, NULL },			/* ' Y16': a leading space */
	{ 0x45422d58, NULL },			/* 'X-BE' would read as 'X' big-endian */
	{ 0xc5422d58, NULL },
	{ 0x43422f41, NULL },			/* 'A/BC' */
	{ 0x323156ce, NULL },			/* high bit in the first character */
	{ 0x7f424141, NULL },			/* 'AAB' DEL */
	{ 0x00000000, NULL },
};

#endif /* PIXFMT_XEN_LABEL_VECTORS_H */
