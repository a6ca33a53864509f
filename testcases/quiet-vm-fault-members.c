/*
 * check-name: quiet: pte_t members of a non-annotated struct; *vmf->pte is still a load
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct vm_fault {
	pte_t orig_pte;
	pte_t *pte;
};

void use(pteval_t v);
void use_pte(pte_t v);
void take(pte_t *p);

void quiet_vm_fault(struct vm_fault *vmf, pte_t entry);

void quiet_vm_fault(struct vm_fault *vmf, pte_t entry)
{
	pte_t copy = vmf->orig_pte;		/* quiet */

	use(vmf->orig_pte.pte);			/* quiet */
	vmf->orig_pte = entry;			/* quiet */
	vmf->orig_pte.pte |= 1;			/* quiet */
	take(&vmf->orig_pte);			/* quiet */
	use_pte(copy);
	vmf->orig_pte = *vmf->pte;		/* warn: load */
	use(vmf->pte->pte);			/* warn: load */
	*vmf->pte = entry;			/* warn: store */
	vmf->pte = &vmf->orig_pte;		/* quiet */
	take(vmf->pte + 1);			/* quiet */
}
