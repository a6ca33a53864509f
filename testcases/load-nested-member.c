/*
 * check-name: load: nested struct and array members of the entry
 */
#include "pte_opaque.h"

typedef struct {
	struct {
		unsigned long v;
	} inner;
	unsigned long w[2];
} __pte_opaque pte_t;

void use(unsigned long v);

void load_nested(pte_t *p, int i);

void load_nested(pte_t *p, int i)
{
	use(p->inner.v);		/* warn: load */
	use(p->w[1]);			/* warn: load */
	use(p[i].w[i]);			/* warn: load */
	use((*p).inner.v);		/* warn: load */
}
