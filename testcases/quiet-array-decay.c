/*
 * check-name: quiet: an array of entries reached through a pointer, decayed to a pointer, reads nothing
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void take(pte_t *p);
pte_t *quiet_array_decay(pte_t (*pa)[8]);

pte_t *quiet_array_decay(pte_t (*pa)[8])
{
	pte_t *q = *pa;			/* quiet */

	take(*pa);			/* quiet */
	take(pa[1]);			/* quiet */
	take(*pa + 2);			/* quiet */
	return q;
}
