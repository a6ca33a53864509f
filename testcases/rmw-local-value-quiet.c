/*
 * check-name: read-modify-write of a local copy is quiet
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pte_t rmw_local(pte_t pte, pteval_t x);

pte_t rmw_local(pte_t pte, pteval_t x)
{
	pte_t copy = pte;		/* quiet */

	copy.pte |= x;			/* quiet */
	copy.pte++;			/* quiet */
	--pte.pte;			/* quiet */
	copy.pte += pte.pte;		/* quiet */
	return copy;
}
