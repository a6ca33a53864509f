/*
 * check-name: policy: *p written outside arch warns even as an argument of an arch macro
 * check-args: srctree=tree
 */
#include "tree/arch/x86/include/asm/pgtable.h"

void use(pteval_t v);
void use_pte(pte_t v);

void policy_arch_macro_takes_deref(pte_t *ptep);

void policy_arch_macro_takes_deref(pte_t *ptep)
{
	use_pte(ARCH_ID(*ptep));		/* warn: load */
	use(ARCH_ID(ptep->pte));		/* warn: load */
	use(ARCH_ID(ptep[1]).pte);		/* warn: load */
}
