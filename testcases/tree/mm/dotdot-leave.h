/* Included as tree/arch/../mm/dotdot-leave.h: the path names arch but the file is in mm. */
#ifndef _MM_DOTDOT_LEAVE_H
#define _MM_DOTDOT_LEAVE_H

#include "../arch/x86/include/asm/pgtable_types.h"

static inline pteval_t dotdot_leave_val(pte_t *ptep)
{
	return ptep->pte;				/* warn: load */
}

#endif
