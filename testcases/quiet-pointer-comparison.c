/*
 * check-name: quiet: comparing and testing pointers
 */
#include "pte_opaque.h"

#define NULL ((void *)0)

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

int quiet_pointer_comparison(pte_t *p, pte_t *q, pte_t *end);

int quiet_pointer_comparison(pte_t *p, pte_t *q, pte_t *end)
{
	int r = 0;

	if (p == q)			/* quiet */
		r++;
	if (p != q)			/* quiet */
		r++;
	if (p < end)			/* quiet */
		r++;
	if (p >= end)			/* quiet */
		r++;
	if (!p)				/* quiet */
		r++;
	if (p == NULL)			/* quiet */
		r++;
	if (p && q)			/* quiet */
		r++;
	while (p)			/* quiet */
		p = NULL;		/* quiet */
	return r + (q ? 1 : 0);		/* quiet */
}
