/*
 * check-name: levels: each level's note names its own getter and setter
 * check-args: levels=all
 *
 * The runner checks the note of every finding: pmdp_get() for a pmd_t load,
 * set_pud_at() for a pud_t store, and so on.
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t, pmdval_t, pudval_t, p4dval_t, pgdval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef struct { pmdval_t pmd; } __pte_opaque pmd_t;
typedef struct { pudval_t pud; } __pte_opaque pud_t;
typedef struct { p4dval_t p4d; } __pte_opaque p4d_t;
typedef struct { pgdval_t pgd; } __pte_opaque pgd_t;

void levels_every_fix(pte_t *pte, pmd_t *pmd, pud_t *pud, p4d_t *p4d, pgd_t *pgd);

void levels_every_fix(pte_t *pte, pmd_t *pmd, pud_t *pud, p4d_t *p4d, pgd_t *pgd)
{
	pte_t e = *pte;			/* warn: load */
	pmd_t m = *pmd;			/* warn: load */
	pud_t u = *pud;			/* warn: load */
	p4d_t f = *p4d;			/* warn: load */
	pgd_t g = *pgd;			/* warn: load */

	pte[1] = e;			/* warn: store */
	pmd[1] = m;			/* warn: store */
	pud[1] = u;			/* warn: store */
	p4d[1] = f;			/* warn: store */
	pgd[1] = g;			/* warn: store */

	pte[2].pte++;			/* warn: read-modify-write */
	pmd[2].pmd++;			/* warn: read-modify-write */
	pud[2].pud++;			/* warn: read-modify-write */
	p4d[2].p4d++;			/* warn: read-modify-write */
	pgd[2].pgd++;			/* warn: read-modify-write */
}
