/*
 * check-name: policy: a raw-access macro written outside arch warns at each use
 * check-args: srctree=tree
 */
#include "tree/arch/x86/include/asm/pgtable.h"

#define MY_VAL(p)	((p)->pte)		/* quiet */
#define MY_LOAD(p)	(*(p))			/* quiet */

void use(pteval_t v);
void use_pte(pte_t v);

void policy_local_macro(pte_t *ptep);

void policy_local_macro(pte_t *ptep)
{
	use(MY_VAL(ptep));			/* warn: load */
	use_pte(MY_LOAD(ptep));			/* warn: load */
	use(MY_VAL(ptep + 1));			/* warn: load */
}
