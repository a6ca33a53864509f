/*
 * check-name: quiet: typeof of entries and members through a pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t quiet_typeof(pte_t *p);

pteval_t quiet_typeof(pte_t *p)
{
	typeof(*p) v = { 0 };			/* quiet */
	typeof(p->pte) x = 1;			/* quiet */
	__typeof__(p[1]) w = v;			/* quiet */
	typeof(&p->pte) up = &x;		/* quiet */
	typeof(*p) *q = p;			/* quiet */

	return v.pte + x + w.pte + *up + (q - p);	/* quiet */
}
