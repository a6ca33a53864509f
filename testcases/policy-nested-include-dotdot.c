/*
 * check-name: policy: an arch header included from an mm header through ../ stays arch
 * check-args: srctree=tree
 */
#include "tree/mm/wrap.h"

void use(pteval_t v);

void policy_nested_include(pte_t *ptep);

void policy_nested_include(pte_t *ptep)
{
	use(wrap_val(ptep));			/* quiet */
	use(dotdot_val_of(ptep));		/* quiet */
}
