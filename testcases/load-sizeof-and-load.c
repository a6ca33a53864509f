/*
 * check-name: load: a load next to an unevaluated sizeof on the same line counts once
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t load_sizeof_and_load(pte_t *p);

pteval_t load_sizeof_and_load(pte_t *p)
{
	pteval_t n = sizeof(*p) + p->pte;	/* warn: load */
	typeof(*p) v = *p;			/* warn: load */

	return n + v.pte + sizeof(p->pte);	/* quiet */
}
