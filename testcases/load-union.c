/*
 * check-name: load: an annotated union
 */
#include "pte_opaque.h"

typedef unsigned long long pteval_t;
typedef union {
	pteval_t pte;
	struct {
		unsigned int pte_low;
		unsigned int pte_high;
	};
	struct {
		unsigned int lo;
		unsigned int hi;
	} half;
} __pte_opaque pte_t;

void use(pteval_t v);
void use_pte(pte_t v);

void load_union(pte_t *p);

void load_union(pte_t *p)
{
	pte_t v = *p;			/* warn: load */

	use(v.pte_low);			/* quiet */
	use(p->pte);			/* warn: load */
	use(p->pte_low);		/* warn: load */
	use(p->half.hi);		/* warn: load */
	use(p[1].half.lo);		/* warn: load */
}
