/*
 * check-name: policy: an arch macro built on READ_ONCE/WRITE_ONCE stays quiet when expanded outside arch
 * check-args: srctree=tree
 *
 * READ_ONCE is transparent (its body counts as written where it is used),
 * and here it is used inside arch macros: the *(p) is written in arch code.
 */
#include "tree/arch/x86/include/asm/pgtable.h"

void use_pte(pte_t v);
void policy_arch_macro_read_once(pte_t *ptep, pte_t pte);

void policy_arch_macro_read_once(pte_t *ptep, pte_t pte)
{
	use_pte(arch_read_once(ptep));		/* quiet */
	arch_write_once(ptep + 1, pte);		/* quiet */
	use_pte(READ_ONCE(*ptep));		/* warn: load */
}
