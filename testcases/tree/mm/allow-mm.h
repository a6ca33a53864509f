/*
 * Not arch code, but allowed by the allow= cases that include this header
 * (allow=mm/ and allow=./mm): only those cases include it.
 */
#ifndef _MM_ALLOW_MM_H
#define _MM_ALLOW_MM_H

#include "../arch/x86/include/asm/pgtable_types.h"

static inline pteval_t allowed_mm_val(pte_t *ptep)
{
	return ptep->pte;				/* quiet */
}

static inline void allowed_mm_set(pte_t *ptep, pte_t pte)
{
	*ptep = pte;					/* quiet */
}

#endif
