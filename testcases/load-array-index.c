/*
 * check-name: load: p[i], p[2].pte, p[-1]
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);
void use_pte(pte_t v);

void load_index(pte_t *p, int i);

void load_index(pte_t *p, int i)
{
	pte_t v = p[i];			/* warn: load */

	use_pte(v);
	use(p[2].pte);			/* warn: load */
	use(p[-1].pte);			/* warn: load */
	use(p[i + 1].pte);		/* warn: load */
}
