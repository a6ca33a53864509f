/*
 * check-name: context: function arguments, nested calls and function pointers
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);
void use2(pteval_t a, pteval_t b);
void use_pte(pte_t v);
pteval_t id(pteval_t v);
extern void (*use_fn)(pteval_t v);
void context_arguments(pte_t *p, pte_t *q);

void (*use_fn)(pteval_t v);

void context_arguments(pte_t *p, pte_t *q)
{
	use(p->pte);			/* warn: load */
	use_pte(*p);			/* warn: load */
	use2(p->pte, q->pte);		/* warn: load, load */
	use(id(p[1].pte));		/* warn: load */
	use_fn(q->pte);			/* warn: load */
	use2(1,				/* quiet */
	     p->pte);			/* warn: load */
}
