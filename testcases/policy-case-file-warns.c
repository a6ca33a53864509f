/*
 * check-name: policy: raw accesses in a file outside arch warn, calls to arch inlines are quiet
 * check-args: srctree=tree
 */
#include "tree/arch/x86/include/asm/pgtable.h"

void use(pteval_t v);
void take_ulong(pteval_t *u);

void policy_case_file(pte_t *ptep, pte_t pte);

void policy_case_file(pte_t *ptep, pte_t pte)
{
	use(ptep->pte);				/* warn: load */
	*ptep = pte;				/* warn: store */
	ptep->pte |= 1;				/* warn: read-modify-write */
	take_ulong(&ptep->pte);			/* warn: address-of */
	use(arch_pte_val(ptep));		/* quiet */
	arch_set_pte(ptep, arch_ptep_get(ptep + 1));	/* quiet */
}
