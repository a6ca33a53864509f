/*
 * check-name: store, read-modify-write, address-of: an annotated union
 */
#include "pte_opaque.h"

typedef unsigned long long pteval_t;
typedef union {
	pteval_t pte;
	struct {
		unsigned int lo;
		unsigned int hi;
	} half;
} __pte_opaque pte_t;

void take_uint(unsigned int *u);

void store_union(pte_t *p, pte_t v);

void store_union(pte_t *p, pte_t v)
{
	*p = v;				/* warn: store */
	p->pte = 0;			/* warn: store */
	p->half.hi = 1;			/* warn: store */
	p->half.lo |= 2;		/* warn: read-modify-write */
	take_uint(&p->half.lo);		/* warn: address-of */
	v.half.lo = 3;			/* quiet */
	take_uint(&v.half.hi);		/* quiet */
}
