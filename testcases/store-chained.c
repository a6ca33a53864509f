/*
 * check-name: store: chained assignments store twice
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void store_chained(pte_t *p, pte_t *q, pte_t v);

void store_chained(pte_t *p, pte_t *q, pte_t v)
{
	pte_t copy;

	*p = *q = v;			/* warn: store, store */
	copy = *p = v;			/* warn: store */
	p->pte = q->pte = 0;		/* warn: store, store */
	q[1] = copy;			/* warn: store */
}
