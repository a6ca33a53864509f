/*
 * check-name: quiet: __builtin_types_compatible_p and typeof in unevaluated operands
 */
#include "pte_opaque.h"

#define __same_type(a, b) __builtin_types_compatible_p(typeof(a), typeof(b))

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

int quiet_unevaluated(pte_t *p);

int quiet_unevaluated(pte_t *p)
{
	int same = __same_type(*p, pte_t);			/* quiet */

	same += __builtin_types_compatible_p(typeof(p->pte), pteval_t);	/* quiet */
	same += __same_type(p[1], *p);				/* quiet */
	return same;
}
