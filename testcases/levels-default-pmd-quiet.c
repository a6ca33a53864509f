/*
 * check-name: levels: by default only pte_t is checked, not pmd_t, pud_t, p4d_t, pgd_t
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t, pmdval_t, pudval_t, p4dval_t, pgdval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef struct { pmdval_t pmd; } __pte_opaque pmd_t;
typedef struct { pudval_t pud; } __pte_opaque pud_t;
typedef struct { p4dval_t p4d; } __pte_opaque p4d_t;
typedef struct { pgdval_t pgd; } __pte_opaque pgd_t;

void use(unsigned long v);

void levels_default(pte_t *pte, pmd_t *pmd, pud_t *pud, p4d_t *p4d, pgd_t *pgd);

void levels_default(pte_t *pte, pmd_t *pmd, pud_t *pud, p4d_t *p4d, pgd_t *pgd)
{
	use(pte->pte);			/* warn: load */
	use(pmd->pmd);			/* quiet */
	use(pud->pud);			/* quiet */
	use(p4d->p4d);			/* quiet */
	use(pgd->pgd);			/* quiet */
	pmd->pmd = 0;			/* quiet */
	pud->pud |= 1;			/* quiet */
	*pgd = *pgd;			/* quiet */
}
