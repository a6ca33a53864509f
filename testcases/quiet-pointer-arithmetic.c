/*
 * check-name: quiet: pointer arithmetic, &p[i], p + 1, pointer differences
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

long quiet_pointer_arithmetic(pte_t *p, pte_t *end, int i);

long quiet_pointer_arithmetic(pte_t *p, pte_t *end, int i)
{
	pte_t *q = p + 1;			/* quiet */
	pte_t *r = &p[i];			/* quiet */
	pte_t *s = &p[0];			/* quiet */
	pte_t *t = p - 1;			/* quiet */
	pte_t *u = &*(p + 2);			/* quiet */
	pte_t *w = (pte_t *)((char *)p + 8);	/* quiet */
	long n = end - p;			/* quiet */

	return n + (q - r) + (s - t) + (u - w);	/* quiet */
}
