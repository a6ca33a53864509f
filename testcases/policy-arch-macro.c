/*
 * check-name: policy: arch macros expanded outside arch stay quiet: the access is written in arch code
 * check-args: srctree=tree
 */
#include "tree/arch/x86/include/asm/pgtable.h"

void use(pteval_t v);
void use_pte(pte_t v);
void take_ulong(pteval_t *u);

void policy_arch_macro(pte_t *ptep, pte_t pte);

void policy_arch_macro(pte_t *ptep, pte_t pte)
{
	use(pte_val_of(ptep));			/* quiet */
	use(pte_val_of(ptep + 1));		/* quiet */
	use_pte(arch_load(ptep));		/* quiet */
	arch_set(ptep, pte);			/* quiet */
	arch_mkdirty(ptep);			/* quiet */
	take_ulong(arch_raw(ptep));		/* quiet */
	use(ptep->pte);				/* warn: load */
}
