/*
 * check-name: policy: a local macro around an arch macro is quiet: the access is written in arch code
 * check-args: srctree=tree
 */
#include "tree/arch/x86/include/asm/pgtable.h"

#define MY_VAL(p)	pte_val_of(p)		/* quiet */
#define MY_SET(p, v)	arch_set(p, v)		/* quiet */

void use(pteval_t v);

void policy_wraps_arch_macro(pte_t *ptep, pte_t pte);

void policy_wraps_arch_macro(pte_t *ptep, pte_t pte)
{
	use(MY_VAL(ptep));			/* quiet */
	MY_SET(ptep + 1, pte);			/* quiet */
}
