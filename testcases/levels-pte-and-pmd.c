/*
 * check-name: levels: levels=pte,pmd checks both
 * check-args: levels=pte,pmd
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t, pmdval_t, pgdval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef struct { pmdval_t pmd; } __pte_opaque pmd_t;
typedef struct { pgdval_t pgd; } __pte_opaque pgd_t;

void use(unsigned long v);

void levels_pte_and_pmd(pte_t *pte, pmd_t *pmd, pgd_t *pgd);

void levels_pte_and_pmd(pte_t *pte, pmd_t *pmd, pgd_t *pgd)
{
	use(pte->pte);			/* warn: load */
	use(pmd->pmd);			/* warn: load */
	use(pgd->pgd);			/* quiet */
}
