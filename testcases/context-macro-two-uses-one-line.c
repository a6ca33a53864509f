/*
 * check-name: context: a macro used twice on one line gives two findings
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

#define VAL(p)		((p)->pte)		/* quiet */
#define COPY(d, s)	(*(d) = *(s))		/* quiet */

void use(pteval_t v);

void context_macro_twice(pte_t *p, pte_t *q);

void context_macro_twice(pte_t *p, pte_t *q)
{
	use(VAL(p) + VAL(q));		/* warn: load, load */
	COPY(p, q);			/* warn: load, store */
}
