/*
 * check-name: error: allowed arch accesses are no errors; a clean case file succeeds
 * check-args: srctree=tree error
 */
#include "tree/arch/x86/include/asm/pgtable.h"

pteval_t error_mode_arch_clean(pte_t *ptep, pte_t pte);

pteval_t error_mode_arch_clean(pte_t *ptep, pte_t pte)
{
	arch_store(ptep, pte);			/* quiet */
	arch_pte_mkyoung(ptep);			/* quiet */
	return arch_pte_val(ptep) + pte_val_of(ptep);	/* quiet */
}
