/*
 * check-name: store: through a pointer declared with __auto_type
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void store_auto_type(pte_t *p, pte_t v);

void store_auto_type(pte_t *p, pte_t v)
{
	__auto_type q = &p[2];		/* quiet */

	*q = v;				/* warn: store */
	q->pte = 7;			/* warn: store */
}
