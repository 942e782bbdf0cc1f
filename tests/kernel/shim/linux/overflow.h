/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * User-space shim for the kernel's <linux/overflow.h> (tests only): the
 * same compiler builtins, with the kernel's same-type requirement.
 */
#ifndef PIXFMT_SHIM_OVERFLOW_H
#define PIXFMT_SHIM_OVERFLOW_H

#define check_add_overflow(a, b, d) ({		\
	__typeof__(a) __a = (a);		\
	__typeof__(b) __b = (b);		\
	__typeof__(d) __d = (d);		\
	(void)(&__a == &__b);			\
	(void)(&__a == __d);			\
	__builtin_add_overflow(__a, __b, __d);	\
})

#define check_mul_overflow(a, b, d) ({		\
	__typeof__(a) __a = (a);		\
	__typeof__(b) __b = (b);		\
	__typeof__(d) __d = (d);		\
	(void)(&__a == &__b);			\
	(void)(&__a == __d);			\
	__builtin_mul_overflow(__a, __b, __d);	\
})

#endif
