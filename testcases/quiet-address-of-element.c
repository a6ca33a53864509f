/*
 * check-name: quiet: the address of a whole entry is pointer arithmetic, not an escape
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct vm_fault {
	pte_t orig_pte;
	pte_t *pte;
};

void take(pte_t *p);
void take_pp(pte_t **pp);

void quiet_address_of_element(pte_t *p, struct vm_fault *vmf, int i);

void quiet_address_of_element(pte_t *p, struct vm_fault *vmf, int i)
{
	take(&p[i]);			/* quiet */
	take(&p[0]);			/* quiet */
	take(&vmf->orig_pte);		/* quiet */
	take_pp(&vmf->pte);		/* quiet */
	take(&vmf->pte[i]);		/* quiet */
}
