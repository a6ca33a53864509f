/*
 * check-name: context: a C99 for-loop declaration and a loop body reading through a walking pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);
void context_for_declaration(pte_t *p, int n);

void context_for_declaration(pte_t *p, int n)
{
	for (pteval_t v = p->pte; v; v >>= 1)	/* warn: load */
		use(v);
	for (pte_t *q = p; q < p + n; q++)	/* quiet */
		use(q->pte);			/* warn: load */
}
