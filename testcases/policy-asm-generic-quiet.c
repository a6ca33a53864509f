/*
 * check-name: policy: include/asm-generic/ is allowed like arch/
 * check-args: srctree=tree
 */
#include "tree/include/asm-generic/pgtable-generic.h"

void use(pteval_t v);

void policy_asm_generic(pte_t *ptep);

void policy_asm_generic(pte_t *ptep)
{
	use(generic_ptep_get(ptep).pte);	/* quiet */
	generic_pte_clear(ptep + 1);		/* quiet */
	generic_pte_mkold(ptep);		/* quiet */
	use(generic_pte_val(ptep));		/* quiet */
	use(ptep->pte);				/* warn: load */
}
