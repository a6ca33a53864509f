/*
 * check-name: load: through a pointer from ?:, a comma or a statement expression
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

void load_computed(pte_t *p, pte_t *q, int c, int n);

void load_computed(pte_t *p, pte_t *q, int c, int n)
{
	use((c ? p : q)->pte);		/* warn: load */
	use((n++, p)->pte);		/* warn: load */
	use(({ p + n; })->pte);		/* warn: load */
	use(n);
}
