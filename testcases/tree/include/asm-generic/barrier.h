/*
 * smp_load_acquire() and smp_store_release() as include/asm-generic/
 * defines them, on top of READ_ONCE/WRITE_ONCE: allowed code, but the
 * macros are transparent, so a use outside arch warns at the use.
 */
#ifndef __ASM_GENERIC_BARRIER_H
#define __ASM_GENERIC_BARRIER_H

#include "rwonce.h"

#define barrier() __asm__ __volatile__("" : : : "memory")

#define __smp_load_acquire(p)						\
({									\
	typeof(*(p)) ___p1 = READ_ONCE(*(p));				\
	barrier();							\
	___p1;								\
})

#define __smp_store_release(p, v)					\
do {									\
	barrier();							\
	WRITE_ONCE(*(p), v);						\
} while (0)

#define smp_load_acquire(p)		__smp_load_acquire(p)
#define smp_store_release(p, v)		__smp_store_release(p, v)

#endif
