/*
 * Arch code: every raw access written here is allowed, in static inlines
 * and in macros expanded anywhere.
 */
#ifndef _ASM_X86_PGTABLE_H
#define _ASM_X86_PGTABLE_H

#include "pgtable_types.h"
#include "rwonce.h"

#define pte_val_of(p)		((p)->pte)		/* quiet */
#define arch_load(p)		(*(p))			/* quiet */
#define arch_set(p, v)		(*(p) = (v))		/* quiet */
#define arch_mkdirty(p)		((p)->pte |= 0x40)	/* quiet */
#define arch_raw(p)		(&(p)->pte)		/* quiet */
#define ARCH_ID(x)		(x)			/* quiet */
/* arm64's pte_val() and pte_none(): a member of an entry taken by value */
#define arch_entry_val(x)	((x).pte)		/* quiet */
#define arch_entry_none(x)	(!arch_entry_val(x))	/* quiet */
#define arch_read_once(p)	READ_ONCE(*(p))		/* quiet */
#define arch_write_once(p, v)	WRITE_ONCE(*(p), v)	/* quiet */

static inline pte_t arch_ptep_get(pte_t *ptep)
{
	return READ_ONCE(*ptep);			/* quiet */
}

static inline void arch_set_pte(pte_t *ptep, pte_t pte)
{
	WRITE_ONCE(*ptep, pte);				/* quiet */
}

static inline pteval_t arch_pte_val(pte_t *ptep)
{
	return ptep->pte;				/* quiet */
}

static inline void arch_store(pte_t *ptep, pte_t pte)
{
	*ptep = pte;					/* quiet */
}

static inline void arch_pte_mkyoung(pte_t *ptep)
{
	ptep->pte |= 0x20;				/* quiet */
}

static inline pteval_t *arch_pte_raw(pte_t *ptep)
{
	return &ptep->pte;				/* quiet */
}

static inline pmdval_t arch_pmd_val(pmd_t *pmdp)
{
	return pmdp->pmd;				/* quiet */
}

#endif
