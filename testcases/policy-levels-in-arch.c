/*
 * check-name: policy: with levels=all, pmd_t accesses in arch stay quiet and outside arch warn
 * check-args: srctree=tree levels=all
 */
#include "tree/arch/x86/include/asm/pgtable.h"

void use(pmdval_t v);

void policy_levels_in_arch(pmd_t *pmdp, pte_t *ptep);

void policy_levels_in_arch(pmd_t *pmdp, pte_t *ptep)
{
	use(arch_pmd_val(pmdp));		/* quiet */
	use(pmdp->pmd);				/* warn: load */
	use(ptep->pte);				/* warn: load */
}
