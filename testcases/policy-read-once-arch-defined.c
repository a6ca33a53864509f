/*
 * check-name: policy: READ_ONCE(*ptep) written outside arch warns though READ_ONCE is defined in arch
 * check-args: srctree=tree
 *
 * The access is allowed when the place it is written, or its outermost
 * expansion point, is arch code: here the *ptep tokens are written in this
 * file and the expansion happens here, so it warns.  The same READ_ONCE in
 * an arch static inline (arch_ptep_get()) stays quiet.
 */
#include "tree/arch/x86/include/asm/pgtable.h"

void use(pteval_t v);

pte_t policy_read_once(pte_t *ptep, pte_t pte);

pte_t policy_read_once(pte_t *ptep, pte_t pte)
{
	pte_t old = READ_ONCE(*ptep);		/* warn: load */

	WRITE_ONCE(*ptep, pte);			/* warn: store */
	WRITE_ONCE(ptep[1], pte);		/* warn: store */
	use(arch_ptep_get(ptep).pte);		/* quiet */
	return old;
}
