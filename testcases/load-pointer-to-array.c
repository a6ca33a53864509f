/*
 * check-name: load: through a pointer to an array of pte_t
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef pte_t pte_table_t[8];

void use(pteval_t v);
void use_pte(pte_t v);

void load_pointer_to_array(pte_t (*pa)[8], pte_table_t *pt, int i);

void load_pointer_to_array(pte_t (*pa)[8], pte_table_t *pt, int i)
{
	use_pte((*pa)[1]);		/* warn: load */
	use(pa[0][i].pte);		/* warn: load */
	use((*pt)[i].pte);		/* warn: load */
	use(sizeof(*pa));		/* quiet */
}
