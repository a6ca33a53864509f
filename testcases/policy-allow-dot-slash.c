/*
 * check-name: policy: allow=./mm (leading ./, no trailing slash) means mm/
 * check-args: srctree=tree allow=./mm
 */
#include "tree/mm/allow-mm.h"
#include "tree/arch/x86/include/asm/allow-mm-arch.h"

void use(pteval_t v);

void policy_allow_dot_slash(pte_t *ptep);

void policy_allow_dot_slash(pte_t *ptep)
{
	use(allowed_mm_val(ptep));		/* quiet */
	use(disallowed_arch_val(ptep));		/* quiet */
}
