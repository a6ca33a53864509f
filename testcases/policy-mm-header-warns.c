/*
 * check-name: policy: raw accesses in a header outside arch warn at the header's lines
 * check-args: srctree=tree
 */
#include "tree/mm/internal.h"

pteval_t policy_mm_header(pte_t *ptep);

pteval_t policy_mm_header(pte_t *ptep)
{
	mm_raw_clear(ptep);			/* quiet */
	return mm_raw_val(ptep) + mm_via_arch_macro(ptep) + mm_via_arch_inline(ptep);	/* quiet */
}
