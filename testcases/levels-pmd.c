/*
 * check-name: levels: levels=pmd checks pmd_t and no longer pte_t
 * check-args: levels=pmd
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t, pmdval_t, pudval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef struct { pmdval_t pmd; } __pte_opaque pmd_t;
typedef struct { pudval_t pud; } __pte_opaque pud_t;

void use(unsigned long v);

void levels_pmd(pte_t *pte, pmd_t *pmd, pud_t *pud, pmd_t v);

void levels_pmd(pte_t *pte, pmd_t *pmd, pud_t *pud, pmd_t v)
{
	use(pmd->pmd);			/* warn: load */
	*pmd = v;			/* warn: store */
	pmd[1].pmd &= 3;		/* warn: read-modify-write */
	use(pte->pte);			/* quiet */
	use(pud->pud);			/* quiet */
}
