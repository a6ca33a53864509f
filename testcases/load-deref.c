/*
 * check-name: load: *p of an annotated pte_t
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pte_t load_deref(pte_t *p);
pte_t load_deref_assign(pte_t *p);

pte_t load_deref(pte_t *p)
{
	pte_t v = *p;			/* warn: load */

	return v;			/* quiet */
}

pte_t load_deref_assign(pte_t *p)
{
	pte_t v;

	v = *p;				/* warn: load */
	return v;
}
