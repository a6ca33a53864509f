/*
 * check-name: read-modify-write: p->pte |= x
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void rmw_or(pte_t *p, pteval_t x);

void rmw_or(pte_t *p, pteval_t x)
{
	p->pte |= x;			/* warn: read-modify-write */
}
