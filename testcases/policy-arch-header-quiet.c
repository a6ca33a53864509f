/*
 * check-name: policy: raw accesses inside arch header static inlines are quiet
 * check-args: srctree=tree
 */
#include "tree/arch/x86/include/asm/pgtable.h"

pteval_t policy_arch_header(pte_t *ptep, pte_t pte, pmd_t *pmdp);

pteval_t policy_arch_header(pte_t *ptep, pte_t pte, pmd_t *pmdp)
{
	arch_store(ptep, pte);			/* quiet */
	arch_set_pte(ptep + 1, arch_ptep_get(ptep));	/* quiet */
	arch_pte_mkyoung(ptep);			/* quiet */
	*arch_pte_raw(ptep) = 0;		/* quiet */
	return arch_pte_val(ptep) + arch_pmd_val(pmdp);	/* quiet */
}
