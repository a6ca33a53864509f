/* Allowed only by policy-allow-list.c (allow=mm/:include/linux/), its only includer. */
#ifndef _LINUX_ALLOW_LINUX_H
#define _LINUX_ALLOW_LINUX_H

#include "../../arch/x86/include/asm/pgtable_types.h"

static inline pteval_t allowed_linux_val(pte_t *ptep)
{
	return ptep->pte;				/* quiet */
}

#endif
