/* Not arch code, including an arch header through "../arch/...". */
#ifndef _MM_WRAP_H
#define _MM_WRAP_H

#include "../mm/../arch/x86/include/asm/dotdot.h"

static inline pteval_t wrap_val(pte_t *ptep)
{
	return dotdot_val(ptep) + dotdot_val_of(ptep);	/* quiet */
}

#endif
