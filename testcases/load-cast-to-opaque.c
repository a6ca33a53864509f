/*
 * check-name: load: through a pointer cast to pte_t *
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);
void use_pte(pte_t v);

void load_cast_to_opaque(void *vp, unsigned long addr);

void load_cast_to_opaque(void *vp, unsigned long addr)
{
	pte_t *p = vp;			/* quiet */

	use(((pte_t *)vp)->pte);	/* warn: load */
	use_pte(*(pte_t *)addr);	/* warn: load */
	use(p->pte);			/* warn: load */
}
