/*
 * check-name: load: through a pointer declared with typeof
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

void load_typeof_pointer(pte_t *p);

void load_typeof_pointer(pte_t *p)
{
	typeof(p) q = p;		/* quiet */
	typeof(pte_t) *r = p;		/* quiet */
	__typeof__(*p) *s = p;		/* quiet */

	use(q->pte);			/* warn: load */
	use(r->pte);			/* warn: load */
	use(s->pte);			/* warn: load */
}
