/*
 * check-name: quiet: the controlling expression of _Generic is not evaluated
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

int quiet_generic(pte_t *p);

int quiet_generic(pte_t *p)
{
	int a = _Generic(*p, pte_t: 1, default: 0);		/* quiet */
	int b = _Generic(p->pte, pteval_t: 2, default: 0);	/* quiet */

	return a + b;
}
