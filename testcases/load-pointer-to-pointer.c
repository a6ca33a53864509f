/*
 * check-name: load: **pp, (*pp)->pte, pp[0][1]
 *
 * Loading *pp itself reads a pointer, not an entry: one finding per line.
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);
void use_pte(pte_t v);

void load_pp(pte_t **pp);
void load_ppp(pte_t ***ppp);

void load_pp(pte_t **pp)
{
	pte_t *p = *pp;			/* quiet */
	pte_t v = **pp;			/* warn: load */

	use_pte(v);
	use((*pp)->pte);		/* warn: load */
	use(pp[0][1].pte);		/* warn: load */
	use(p == (void *)0);		/* quiet */
}

void load_ppp(pte_t ***ppp)
{
	use((**ppp)->pte);		/* warn: load */
}
