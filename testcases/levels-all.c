/*
 * check-name: levels: levels=all checks every page-table level
 * check-args: levels=all
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t, pmdval_t, pudval_t, p4dval_t, pgdval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef struct { pmdval_t pmd; } __pte_opaque pmd_t;
typedef struct { pudval_t pud; } __pte_opaque pud_t;
typedef struct { p4dval_t p4d; } __pte_opaque p4d_t;
typedef struct { pgdval_t pgd; } __pte_opaque pgd_t;

void use(unsigned long v);

void levels_all(pte_t *pte, pmd_t *pmd, pud_t *pud, p4d_t *p4d, pgd_t *pgd);

void levels_all(pte_t *pte, pmd_t *pmd, pud_t *pud, p4d_t *p4d, pgd_t *pgd)
{
	use(pte->pte);			/* warn: load */
	use(pmd->pmd);			/* warn: load */
	use(pud->pud);			/* warn: load */
	use(p4d->p4d);			/* warn: load */
	use(pgd->pgd);			/* warn: load */
	pmd->pmd = 0;			/* warn: store */
	pud->pud |= 1;			/* warn: read-modify-write */
	*pgd = *pgd;			/* warn: load, store */
}
