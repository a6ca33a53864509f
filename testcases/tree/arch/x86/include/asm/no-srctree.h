/*
 * Included only by policy-no-srctree.c, which gives no srctree=: the
 * srctree is then the current directory (testcases/), where this file's
 * path is tree/arch/..., not arch/..., so its raw accesses warn.
 */
#ifndef _ASM_X86_NO_SRCTREE_H
#define _ASM_X86_NO_SRCTREE_H

#include "pgtable_types.h"

static inline pteval_t no_srctree_val(pte_t *ptep)
{
	return ptep->pte;				/* warn: load */
}

#endif
