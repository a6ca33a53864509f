/*
 * check-name: quiet: loads, stores, read-modify-writes and address-of inside an accessor
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

static inline __pte_accessor int ptep_test_and_clear_young(pte_t *ptep)
{
	int young = ptep->pte & 0x20;		/* quiet */

	ptep->pte &= ~0x20UL;			/* quiet */
	return young;
}

__pte_accessor pte_t ptep_get_and_clear(pte_t *ptep);
int user(pte_t *ptep);

__pte_accessor pte_t ptep_get_and_clear(pte_t *ptep)
{
	pte_t old = *ptep;			/* quiet */
	pteval_t *raw = &ptep->pte;		/* quiet */

	*ptep = (pte_t){ 0 };			/* quiet */
	ptep[1].pte++;				/* quiet */
	*raw = 0;				/* quiet */
	if (({ ptep->pte; }))			/* quiet */
		old.pte = 1;
	return old;
}

int user(pte_t *ptep)
{
	return ptep_test_and_clear_young(ptep) + (int)ptep_get_and_clear(ptep).pte;	/* quiet */
}
