/*
 * check-name: read-modify-write with a load on the same line
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void rmw_with_load(pte_t *p, pte_t *q);

void rmw_with_load(pte_t *p, pte_t *q)
{
	p->pte += q->pte;		/* warn: load, read-modify-write */
	p->pte |= p[1].pte;		/* warn: load, read-modify-write */
}
