/*
 * Generic page-table helpers, not arch code: the accessors are marked
 * __pte_accessor, as the kernel's include/linux/pgtable.h would be.
 */
#ifndef _LINUX_PGTABLE_H
#define _LINUX_PGTABLE_H

#include "../../arch/x86/include/asm/pgtable_types.h"
#include "../asm-generic/rwonce.h"

static inline __pte_accessor pte_t ptep_get(pte_t *ptep)
{
	return READ_ONCE(*ptep);			/* quiet */
}

static inline __pte_accessor void set_ptes(pte_t *ptep, pte_t pte, unsigned int nr)
{
	for (;;) {
		WRITE_ONCE(*ptep, pte);			/* quiet */
		if (--nr == 0)
			break;
		ptep++;
		pte.pte += 1UL << 12;
	}
}

static inline pte_t generic_not_accessor(pte_t *ptep)
{
	return READ_ONCE(*ptep);			/* warn: load */
}

#endif
