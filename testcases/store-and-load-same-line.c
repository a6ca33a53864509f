/*
 * check-name: store and load on one line: *p = *q, p->pte = p->pte | 1
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void copy_entries(pte_t *p, pte_t *q);
pteval_t load_twice(pte_t *p, pte_t *q);

void copy_entries(pte_t *p, pte_t *q)
{
	*p = *q;			/* warn: load, store */
	p->pte = q->pte;		/* warn: load, store */
	p->pte = p->pte | 1;		/* warn: load, store */
	p[0] = q[1];			/* warn: load, store */
}

pteval_t load_twice(pte_t *p, pte_t *q)
{
	return p->pte + q->pte;		/* warn: load, load */
}
