/*
 * check-name: policy: an arch macro that selects a member of an entry passed by value does not hide the caller's '*p'
 * check-args: srctree=tree
 *
 * arm64 defines pte_val(x) as ((x).pte) and pte_none() on top of it, where
 * x86 has inline functions: pte_none(*vmf->pte) in core code is the same
 * raw load on both, and must warn on both.  What decides is where the
 * dereference is written, not where the member is selected.
 */
#include "tree/arch/x86/include/asm/pgtable.h"

void use(pteval_t v);

struct fault {
	pte_t *pte;
	pte_t *entry;
};

void policy_arch_member_macro_takes_deref(pte_t *ptep, struct fault *vmf);

void policy_arch_member_macro_takes_deref(pte_t *ptep, struct fault *vmf)
{
	use(arch_entry_val(*ptep));		/* warn: load */
	use(arch_entry_none(*ptep));		/* warn: load */
	/* the struct member has the entry's member name: no coincidence */
	use(arch_entry_none(*vmf->pte));	/* warn: load */
	use(arch_entry_none(*vmf->entry));	/* warn: load */
	use(arch_entry_val(ptep[1]));		/* warn: load */
	use(arch_entry_val(ARCH_ID(*ptep)));	/* warn: load */
	/* the dereference is the arch's own */
	use(arch_entry_val(arch_load(ptep)));	/* quiet */
	use(arch_entry_none(arch_read_once(vmf->pte)));	/* quiet */
	use(pte_val_of(vmf->entry));		/* quiet */
}
