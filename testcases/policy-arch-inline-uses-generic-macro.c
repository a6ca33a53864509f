/*
 * check-name: policy: a non-arch macro is allowed when expanded in arch code, not when expanded here
 * check-args: srctree=tree
 */
#include "tree/arch/x86/include/asm/uses-generic.h"

void use(pteval_t v);

void policy_generic_macro(pte_t *ptep);

void policy_generic_macro(pte_t *ptep)
{
	use(arch_generic_val(ptep));		/* quiet */
	use(GENERIC_LOAD(ptep).pte);		/* warn: load */
}
