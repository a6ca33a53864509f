/*
 * check-name: policy: allow= takes a colon-separated list of prefixes
 * check-args: srctree=tree allow=mm/:include/linux/
 */
#include "tree/mm/allow-mm.h"
#include "tree/include/linux/allow-linux.h"
#include "tree/arch/x86/include/asm/allow-mm-arch.h"

void use(pteval_t v);

void policy_allow_list(pte_t *ptep);

void policy_allow_list(pte_t *ptep)
{
	use(allowed_mm_val(ptep));		/* quiet */
	use(allowed_linux_val(ptep));		/* quiet */
	use(disallowed_arch_val(ptep));		/* quiet */
	*ptep = (pte_t){ 0 };			/* warn: store */
}
