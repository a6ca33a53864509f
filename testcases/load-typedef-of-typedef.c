/*
 * check-name: load: through a typedef of the annotated typedef
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef pte_t my_pte_t;
typedef my_pte_t my_other_pte_t;

void use(pteval_t v);

void load_typedef_of_typedef(my_pte_t *p, my_other_pte_t *q);

void load_typedef_of_typedef(my_pte_t *p, my_other_pte_t *q)
{
	my_pte_t v = *p;		/* warn: load */

	use(v.pte);			/* quiet */
	use(q->pte);			/* warn: load */
}
