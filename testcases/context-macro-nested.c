/*
 * check-name: context: nested macros report at the outermost use
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

#define DEREF(p)	(*(p))			/* quiet */
#define VAL(p)		(DEREF(p).pte)		/* quiet */
#define NEXT_VAL(p)	VAL((p) + 1)		/* quiet */
#define TEST(p)		(NEXT_VAL(p) & 1)	/* quiet */

void use(pteval_t v);

void context_macro_nested(pte_t *p);

void context_macro_nested(pte_t *p)
{
	use(VAL(p));			/* warn: load */
	use(NEXT_VAL(p));		/* warn: load */
	if (TEST(p))			/* warn: load */
		use(0);
}
