/*
 * check-name: quiet: __alignof__ of entries and members through a pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

unsigned long quiet_alignof(pte_t *p);

unsigned long quiet_alignof(pte_t *p)
{
	unsigned long n = __alignof__(*p);	/* quiet */

	n += __alignof__(p->pte);		/* quiet */
	n += __alignof__(p[2]);			/* quiet */
	n += __alignof__(pte_t);		/* quiet */
	return n;
}
