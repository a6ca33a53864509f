/*
 * check-name: policy: srctree=./tree/ means the same tree as srctree=tree
 * check-args: srctree=./tree/
 */
#include "tree/arch/x86/include/asm/pgtable.h"

void use(pteval_t v);

void policy_srctree_spelling(pte_t *ptep);

void policy_srctree_spelling(pte_t *ptep)
{
	use(arch_pte_val(ptep));		/* quiet */
	use(pte_val_of(ptep));			/* quiet */
	use(ptep->pte);				/* warn: load */
}
