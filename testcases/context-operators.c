/*
 * check-name: context: casts, unary and binary operators, subscripts of other arrays
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

void context_operators(pte_t *p, int *table);

void context_operators(pte_t *p, int *table)
{
	use((int)p->pte);		/* warn: load */
	use(-p->pte);			/* warn: load */
	use(~p->pte);			/* warn: load */
	use(p->pte >> 12);		/* warn: load */
	use(table[p->pte & 3]);		/* warn: load */
	use((pteval_t)(p + 1));		/* quiet */
}
