/*
 * check-name: accessor: __pte_accessor written after the return type, kernel __init style
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

static inline pte_t __pte_accessor ptep_get(pte_t *ptep)
{
	return *ptep;				/* quiet */
}

void __pte_accessor set_pte(pte_t *ptep, pte_t pte);
void user(pte_t *ptep);

void __pte_accessor set_pte(pte_t *ptep, pte_t pte)
{
	*ptep = pte;				/* quiet */
}

void user(pte_t *ptep)
{
	set_pte(ptep + 1, ptep_get(ptep));	/* quiet */
}
