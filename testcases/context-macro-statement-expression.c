/*
 * check-name: context: a kernel-style macro with typeof and a statement expression
 *
 * typeof(*(p)) is not evaluated: the macro makes exactly one load.
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

#define GET_ENTRY(p) ({				\
	typeof(*(p)) __v = *(p);		\
	__v;					\
})

#define CLEAR_ENTRY(p) do {			\
	typeof(p) __p = (p);			\
	__p->pte = 0;				\
} while (0)

void use_pte(pte_t v);

void context_macro_statement_expression(pte_t *p);

void context_macro_statement_expression(pte_t *p)
{
	use_pte(GET_ENTRY(p));		/* warn: load */
	CLEAR_ENTRY(p + 1);		/* warn: store */
}
