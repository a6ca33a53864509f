/*
 * check-name: policy: the kernel's layout: READ_ONCE in include/asm-generic/, ptep_get() in include/linux/
 * check-args: srctree=tree
 *
 * READ_ONCE(*ptep) written in this file warns although READ_ONCE and
 * __READ_ONCE are defined under include/asm-generic/; ptep_get() is quiet
 * because it is a __pte_accessor, and so are calls to it.
 */
#include "tree/include/linux/pgtable.h"

void use(pteval_t v);
void policy_kernel_layout(pte_t *ptep, pte_t pte);

void policy_kernel_layout(pte_t *ptep, pte_t pte)
{
	pte_t old = ptep_get(ptep);		/* quiet */

	set_ptes(ptep, old, 2);			/* quiet */
	use(READ_ONCE(*ptep).pte);		/* warn: load */
	WRITE_ONCE(*ptep, pte);			/* warn: store */
	use(__READ_ONCE(ptep[1]).pte);		/* warn: load */
	use(generic_not_accessor(ptep).pte);	/* quiet */
}
