/* Not arch code: one static inline, called from two places in the case. */
#ifndef _MM_TWICE_H
#define _MM_TWICE_H

#include "../arch/x86/include/asm/pgtable_types.h"

static inline pteval_t twice_val(pte_t *ptep)
{
	return ptep->pte;				/* warn: load */
}

#endif
