/*
 * check-name: context: initialisers of locals
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct wrap {
	pteval_t val;
	pte_t entry;
};

void use(pteval_t v);
void use_wrap(struct wrap *w);

void context_initialisers(pte_t *p);

void context_initialisers(pte_t *p)
{
	pteval_t x = p->pte;			/* warn: load */
	pte_t v = *p;				/* warn: load */
	struct wrap w = { .val = p->pte };	/* warn: load */
	struct wrap w2 = { .entry = p[1] };	/* warn: load */
	const pteval_t y = p[2].pte, z = 0;	/* warn: load */
	pte_t *q = p;				/* quiet */

	use(x + y + z + v.pte + (q - p));
	use_wrap(&w);
	use_wrap(&w2);
}
