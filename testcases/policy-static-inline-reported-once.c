/*
 * check-name: policy: a non-arch static inline called twice is reported once, in the header
 * check-args: srctree=tree
 */
#include "tree/mm/twice.h"

pteval_t first_caller(pte_t *ptep);
pteval_t second_caller(pte_t *ptep);

pteval_t first_caller(pte_t *ptep)
{
	return twice_val(ptep);			/* quiet */
}

pteval_t second_caller(pte_t *ptep)
{
	return twice_val(ptep + 1);		/* quiet */
}
