/*
 * check-name: policy: an arch header included through ./ and .. components is still arch
 * check-args: srctree=tree
 */
#include "./tree/arch/x86/include/asm/dotslash.h"
#include "tree/mm/../arch/x86/include/asm/dotdot.h"
#include "tree/include/../arch/x86/./include/asm/pgtable.h"

void use(pteval_t v);

void policy_path_dot_components(pte_t *ptep);

void policy_path_dot_components(pte_t *ptep)
{
	dotslash_clear(ptep);			/* quiet */
	use(dotdot_val(ptep));			/* quiet */
	use(dotdot_val_of(ptep));		/* quiet */
	use(pte_val_of(ptep));			/* quiet */
	use(arch_pte_val(ptep));		/* quiet */
	use(ptep[1].pte);			/* warn: load */
}
