/*
 * check-name: load: i[p], the reversed subscript
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t load_reversed(pte_t *p, int i);

pteval_t load_reversed(pte_t *p, int i)
{
	pteval_t x = i[p].pte;		/* warn: load */

	return x;
}
