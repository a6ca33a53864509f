/*
 * check-name: load: through a typedef of pte_t *
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef pte_t *pte_ptr_t;
typedef pte_ptr_t *pte_ptr_ptr_t;

void use(pteval_t v);
void use_pte(pte_t v);

void load_typedef_pointer(pte_ptr_t p, pte_ptr_ptr_t pp);

void load_typedef_pointer(pte_ptr_t p, pte_ptr_ptr_t pp)
{
	use(p->pte);			/* warn: load */
	use_pte(*p);			/* warn: load */
	use((*pp)->pte);		/* warn: load */
}
