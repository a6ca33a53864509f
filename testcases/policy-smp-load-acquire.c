/*
 * check-name: policy: smp_load_acquire()/smp_store_release() on an entry pointer, written outside arch, warn
 * check-args: srctree=tree
 *
 * The *p inside the macros is written in include/asm-generic/, but the
 * macros are transparent wrappers like READ_ONCE: the access counts as
 * written where the outermost of them is used, here.
 */
#include "tree/arch/x86/include/asm/pgtable_types.h"
#include "tree/include/asm-generic/barrier.h"

pte_t policy_smp_acquire(pte_t *ptep, pte_t pte);

pte_t policy_smp_acquire(pte_t *ptep, pte_t pte)
{
	pte_t old = smp_load_acquire(ptep);	/* warn: load */

	smp_store_release(ptep + 1, pte);	/* warn: store */
	return old;
}
