/*
 * check-name: policy: without srctree= the current directory is the tree, so tree/arch/ is not arch/
 */
#include "tree/arch/x86/include/asm/no-srctree.h"

void use(pteval_t v);

void policy_no_srctree(pte_t *ptep);

void policy_no_srctree(pte_t *ptep)
{
	use(no_srctree_val(ptep));		/* quiet */
	use(ptep->pte);				/* warn: load */
}
