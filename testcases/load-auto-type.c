/*
 * check-name: load: through a pointer declared with __auto_type
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

pteval_t load_auto_type(pte_t *p);

pteval_t load_auto_type(pte_t *p)
{
	__auto_type q = p + 1;		/* quiet */
	__auto_type v = *q;		/* warn: load */
	__auto_type w = v;		/* quiet */

	use(w.pte);			/* quiet */
	return q->pte;			/* warn: load */
}
