/*
 * check-name: context: a macro written in the case file reports at its use
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

#define ENTRY_VAL(p)	((p)->pte)		/* quiet */
#define ENTRY_SET(p, v)	(*(p) = (v))		/* quiet */
#define ENTRY_OR(p, x)	((p)->pte |= (x))	/* quiet */
#define ENTRY_ADDR(p)	(&(p)->pte)		/* quiet */

void use(pteval_t v);
void take_ulong(pteval_t *u);

void context_macro(pte_t *p, pte_t v);

void context_macro(pte_t *p, pte_t v)
{
	use(ENTRY_VAL(p));		/* warn: load */
	use(ENTRY_VAL(p + 1));		/* warn: load */
	ENTRY_SET(p, v);		/* warn: store */
	ENTRY_OR(p, 4);			/* warn: read-modify-write */
	take_ulong(ENTRY_ADDR(p));	/* warn: address-of */
}
