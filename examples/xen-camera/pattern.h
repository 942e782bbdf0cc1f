/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The frame pattern of the Xen camera example: the backend writes it into
 * every byte of every memory plane it fills, the guest's checker recomputes
 * it from the buffer's sequence number. Plain C that C++ also compiles.
 */
#ifndef XCAM_PATTERN_H
#define XCAM_PATTERN_H

/* byte @offset of memory plane @plane of frame @seq */
static inline unsigned char xcam_pattern(unsigned int seq, unsigned int plane,
					 unsigned long offset)
{
	return (unsigned char)(offset * 7 + (offset >> 8) * 5 + plane * 101 + seq * 13);
}

#endif /* XCAM_PATTERN_H */
