/*
 * Arch code expanding a macro written outside arch: the access is allowed
 * because its outermost expansion point is here.
 */
#ifndef _ASM_X86_USES_GENERIC_H
#define _ASM_X86_USES_GENERIC_H

#include "pgtable_types.h"
#include "../../../../include/linux/genmacro.h"

static inline pteval_t arch_generic_val(pte_t *ptep)
{
	return GENERIC_LOAD(ptep).pte;			/* quiet */
}

#endif
