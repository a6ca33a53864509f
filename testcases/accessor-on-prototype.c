/*
 * check-name: accessor: __pte_accessor on an earlier declaration covers the definition
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

__pte_accessor pte_t ptep_get(pte_t *ptep);
__pte_accessor void set_pte(pte_t *ptep, pte_t pte);
void user(pte_t *ptep);

pte_t ptep_get(pte_t *ptep)
{
	return *ptep;				/* quiet */
}

void set_pte(pte_t *ptep, pte_t pte)
{
	ptep->pte = pte.pte;			/* quiet */
}

void user(pte_t *ptep)
{
	set_pte(ptep, ptep_get(ptep + 1));	/* quiet */
}
