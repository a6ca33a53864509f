/* Not arch code: raw accesses here warn, at this header's lines. */
#ifndef _MM_INTERNAL_H
#define _MM_INTERNAL_H

#include "../arch/x86/include/asm/pgtable.h"

static inline pteval_t mm_raw_val(pte_t *ptep)
{
	return ptep->pte;				/* warn: load */
}

static inline void mm_raw_clear(pte_t *ptep)
{
	ptep->pte = 0;					/* warn: store */
}

static inline pteval_t mm_via_arch_macro(pte_t *ptep)
{
	return pte_val_of(ptep);			/* quiet */
}

static inline pteval_t mm_via_arch_inline(pte_t *ptep)
{
	return arch_pte_val(ptep);			/* quiet */
}

#endif
