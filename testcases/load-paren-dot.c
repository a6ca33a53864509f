/*
 * check-name: load: (*p).pte
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t load_paren_dot(pte_t *p);

pteval_t load_paren_dot(pte_t *p)
{
	pteval_t x = (*p).pte;		/* warn: load */

	return x;
}
