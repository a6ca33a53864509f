/*
 * check-name: levels: a folded level is checked as its own level
 * check-args: levels=p4d,pud
 *
 * include/asm-generic/pgtable-nop4d.h and pgtable-nopud.h fold a level into
 * the one above: p4d_t wraps a pgd_t, pud_t wraps a p4d_t, and p4d_offset()
 * casts the pgd pointer.  The series annotates the folded types too: core
 * code is compiled for architectures where the level is real, so '*p4dp'
 * there is the same raw access whether or not this one folds it.  The
 * entry's level is the type reached through the pointer, not the type
 * inside it.
 */
#include "pte_opaque.h"

typedef unsigned long pgdval_t;
typedef struct { pgdval_t pgd; } __pte_opaque pgd_t;
typedef struct { pgd_t pgd; } __pte_opaque p4d_t;	/* pgtable-nop4d.h */
typedef struct { p4d_t p4d; } __pte_opaque pud_t;	/* pgtable-nopud.h */

void use(pgdval_t v);

static inline p4d_t *p4d_offset(pgd_t *pgd)
{
	return (p4d_t *)pgd;		/* quiet */
}

void levels_folded(pgd_t *pgdp, pud_t *pudp);

void levels_folded(pgd_t *pgdp, pud_t *pudp)
{
	p4d_t *p4dp = p4d_offset(pgdp);
	p4d_t p4d = *p4dp;		/* warn: load */

	use(p4dp->pgd.pgd);		/* warn: load */
	use(pudp->p4d.pgd.pgd);		/* warn: load */
	*p4dp = p4d;			/* warn: store */
	use(pgdp->pgd);			/* quiet */
	use(p4d.pgd.pgd);		/* quiet */
}
