/* Arch code, included through paths with ".." components. */
#ifndef _ASM_X86_DOTDOT_H
#define _ASM_X86_DOTDOT_H

#include "pgtable_types.h"

#define dotdot_val_of(p)	((p)->pte)		/* quiet */

static inline pteval_t dotdot_val(pte_t *ptep)
{
	return ptep->pte;				/* quiet */
}

#endif
