/*
 * check-name: read-modify-write: used for its value
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

pteval_t rmw_in_expression(pte_t *p);

pteval_t rmw_in_expression(pte_t *p)
{
	pteval_t x = p->pte++;		/* warn: read-modify-write */

	if (--p->pte == 0)		/* warn: read-modify-write */
		use(x);
	use(p->pte += 2);		/* warn: read-modify-write */
	return x;
}
