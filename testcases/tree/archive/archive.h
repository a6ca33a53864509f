/* "archive/" is not "arch/": prefixes match whole path components. */
#ifndef _ARCHIVE_ARCHIVE_H
#define _ARCHIVE_ARCHIVE_H

#include "../arch/x86/include/asm/pgtable_types.h"

static inline pteval_t archive_val(pte_t *ptep)
{
	return ptep->pte;				/* warn: load */
}

#endif
