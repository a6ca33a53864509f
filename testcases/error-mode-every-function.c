/*
 * check-name: error: every finding in every function is reported in error mode
 * check-args: error
 * check-exit-status: nonzero
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t first(pte_t *p);
void second(pte_t *p, pte_t v);

pteval_t first(pte_t *p)
{
	return p->pte;			/* warn: load */
}

void second(pte_t *p, pte_t v)
{
	*p = v;				/* warn: store */
}

static inline void third(pte_t *p)
{
	p->pte |= 1;			/* warn: read-modify-write */
}
