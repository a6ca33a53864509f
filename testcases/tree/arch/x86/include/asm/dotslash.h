/* Arch code, included through a path starting with "./". */
#ifndef _ASM_X86_DOTSLASH_H
#define _ASM_X86_DOTSLASH_H

#include "./pgtable_types.h"

static inline void dotslash_clear(pte_t *ptep)
{
	ptep->pte = 0;					/* quiet */
}

#endif
