/*
 * check-name: context: the ?: operator
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);
void use_pte(pte_t v);

void context_conditional(pte_t *p, pte_t v, int c);

void context_conditional(pte_t *p, pte_t v, int c)
{
	use(p->pte ? 1 : 2);		/* warn: load */
	use(c ? p->pte : 0);		/* warn: load */
	use(c ? 0 : p[1].pte);		/* warn: load */
	use_pte(c ? *p : v);		/* warn: load */
	use(p ? 3 : 4);			/* quiet */
	use(c ?: p[2].pte);		/* warn: load */
	use((c ? *p : p[1]).pte);	/* warn: load, load */
}
