/*
 * check-name: load: through an array of pte_t pointers
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

extern pte_t *global_ptes[4];
void load_array_of_pointers(pte_t *p, int i);

pte_t *global_ptes[4];

void use(pteval_t v);
void use_pte(pte_t v);

void load_array_of_pointers(pte_t *p, int i)
{
	pte_t *ptes[4];

	ptes[0] = p;			/* quiet */
	ptes[1] = p + 1;		/* quiet */
	use(ptes[1]->pte);		/* warn: load */
	use_pte(*ptes[0]);		/* warn: load */
	use(global_ptes[i]->pte);	/* warn: load */
	use_pte(global_ptes[2][i]);	/* warn: load */
}
