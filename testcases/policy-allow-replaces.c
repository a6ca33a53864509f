/*
 * check-name: policy: allow=mm/ replaces the allowed set: mm/ is quiet, arch/ now warns
 * check-args: srctree=tree allow=mm/
 */
#include "tree/mm/allow-mm.h"
#include "tree/arch/x86/include/asm/allow-mm-arch.h"

void use(pteval_t v);

void policy_allow_replaces(pte_t *ptep, pte_t pte);

void policy_allow_replaces(pte_t *ptep, pte_t pte)
{
	allowed_mm_set(ptep, pte);		/* quiet */
	use(allowed_mm_val(ptep));		/* quiet */
	use(disallowed_arch_val(ptep));		/* quiet */
	disallowed_arch_mkyoung(ptep);		/* quiet */
	use(ptep->pte);				/* warn: load */
}
