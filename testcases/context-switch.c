/*
 * check-name: context: switch controlling expression and case bodies
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

void context_switch(pte_t *p, pte_t v, int k);

void context_switch(pte_t *p, pte_t v, int k)
{
	switch (p->pte & 3) {		/* warn: load */
	case 0:
		use(p[1].pte);		/* warn: load */
		break;
	case 1:
		*p = v;			/* warn: store */
		break;
	default:
		p->pte |= 2;		/* warn: read-modify-write */
		break;
	}
	switch (k) {			/* quiet */
	case 2:
		use(v.pte);		/* quiet */
		break;
	}
}
