/*
 * check-name: load: *(p + 1), (p + i)->pte, *(1 + p)
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);
void use_pte(pte_t v);

void load_deref_plus(pte_t *p, int i);

void load_deref_plus(pte_t *p, int i)
{
	use_pte(*(p + 1));		/* warn: load */
	use((p + i)->pte);		/* warn: load */
	use_pte(*(1 + p));		/* warn: load */
	use((*(p - 1)).pte);		/* warn: load */
}
