/*
 * check-name: quiet: sizeof of entries and members through a pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

unsigned long quiet_sizeof(pte_t *p, pte_t **pp);

unsigned long quiet_sizeof(pte_t *p, pte_t **pp)
{
	unsigned long n = sizeof(*p);	/* quiet */

	n += sizeof p->pte;		/* quiet */
	n += sizeof(p[3]);		/* quiet */
	n += sizeof(**pp);		/* quiet */
	n += sizeof((*pp)->pte);	/* quiet */
	n += sizeof(p->pte++);		/* quiet */
	n += sizeof(*p = *p);		/* quiet */
	n += sizeof(&p->pte);		/* quiet */
	return n;
}
