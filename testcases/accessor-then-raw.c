/*
 * check-name: accessor: the exemption covers the accessor's body only
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

static inline __pte_accessor pte_t ptep_get(pte_t *ptep)
{
	return *ptep;				/* quiet */
}

pteval_t after_accessor(pte_t *ptep);
__pte_accessor pteval_t accessor_calls_helper(pte_t *ptep);

pteval_t after_accessor(pte_t *ptep)
{
	pte_t pte = ptep_get(ptep);		/* quiet */

	return pte.pte + ptep->pte;		/* warn: load */
}

static inline pteval_t not_annotated(pte_t *ptep)
{
	return ptep[1].pte;			/* warn: load */
}

__pte_accessor pteval_t accessor_calls_helper(pte_t *ptep)
{
	return not_annotated(ptep) + ptep->pte;	/* quiet */
}
