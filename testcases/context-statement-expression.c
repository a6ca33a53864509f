/*
 * check-name: context: statement expressions
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

void context_statement_expression(pte_t *p);

void context_statement_expression(pte_t *p)
{
	pteval_t x = ({			/* quiet */
		pteval_t t = p->pte;	/* warn: load */
		t + 1;
	});

	use(x);
	use(({ p[1].pte; }));		/* warn: load */
	({ p->pte = 0; });		/* warn: store */
}
