/*
 * check-name: context: if, while, for and do-while conditions
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

void context_conditions(pte_t *p, int n);

void context_conditions(pte_t *p, int n)
{
	int i;

	if (p->pte & 1)			/* warn: load */
		use(1);
	while (p->pte > 4)		/* warn: load */
		p++;			/* quiet */
	for (i = 0; i < p->pte; i++)	/* warn: load */
		use(i);
	for (i = p[1].pte; i < n; i++)	/* warn: load */
		use(i);
	do {
		n--;
	} while (p[n].pte);		/* warn: load */
	if (p)				/* quiet */
		use(2);
}
