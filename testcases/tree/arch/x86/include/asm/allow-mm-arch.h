/*
 * Arch code, but the allow= cases that include this header replace the
 * allowed set with a list that leaves arch/ out: its raw accesses warn.
 * Only those cases include it.
 */
#ifndef _ASM_X86_ALLOW_MM_ARCH_H
#define _ASM_X86_ALLOW_MM_ARCH_H

#include "pgtable_types.h"

static inline pteval_t disallowed_arch_val(pte_t *ptep)
{
	return ptep->pte;				/* warn: load */
}

static inline void disallowed_arch_mkyoung(pte_t *ptep)
{
	ptep->pte |= 0x20;				/* warn: read-modify-write */
}

#endif
