/* include/asm-generic/ is allowed like arch/. */
#ifndef _ASM_GENERIC_PGTABLE_GENERIC_H
#define _ASM_GENERIC_PGTABLE_GENERIC_H

#include "../../arch/x86/include/asm/pgtable_types.h"

#define generic_pte_val(p)	((p)->pte)		/* quiet */

static inline pte_t generic_ptep_get(pte_t *ptep)
{
	return *ptep;					/* quiet */
}

static inline void generic_pte_clear(pte_t *ptep)
{
	ptep->pte = 0;					/* quiet */
}

static inline void generic_pte_mkold(pte_t *ptep)
{
	ptep->pte &= ~0x20UL;				/* quiet */
}

#endif
