/*
 * check-name: store: WRITE_ONCE(*p, v) as the kernel defines WRITE_ONCE
 */
#include "pte_opaque.h"

#define WRITE_ONCE(x, val)						\
do {									\
	*(volatile typeof(x) *)&(x) = (val);				\
} while (0)

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void store_write_once(pte_t *p, pte_t v);

void store_write_once(pte_t *p, pte_t v)
{
	WRITE_ONCE(*p, v);		/* warn: store */
	WRITE_ONCE(p[1], v);		/* warn: store */
}
