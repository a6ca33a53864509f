/*
 * check-name: quiet: incrementing and adjusting the pointer itself
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pte_t *quiet_pointer_increment(pte_t *p, int n);

pte_t *quiet_pointer_increment(pte_t *p, int n)
{
	p++;				/* quiet */
	++p;				/* quiet */
	p--;				/* quiet */
	--p;				/* quiet */
	p += n;				/* quiet */
	p -= 2;				/* quiet */
	return p;
}
