/*
 * check-name: context: &&, ||, !, the comma operator
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

void context_logical(pte_t *p, pte_t *q, int n);

void context_logical(pte_t *p, pte_t *q, int n)
{
	if (p && p->pte)		/* warn: load */
		use(1);
	if (!p || q->pte)		/* warn: load */
		use(2);
	use(!p->pte);			/* warn: load */
	use((n++, p->pte));		/* warn: load */
	use(p && q);			/* quiet */
}
