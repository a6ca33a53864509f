/*
 * check-name: quiet: a struct without the annotation, through pointers
 */
#include "pte_opaque.h"

struct other {
	unsigned long v;
};

typedef struct other other_t;

void use(unsigned long v);

void quiet_unannotated(struct other *o, other_t **oo, struct other v);

void quiet_unannotated(struct other *o, other_t **oo, struct other v)
{
	use(o->v);			/* quiet */
	*o = v;				/* quiet */
	o->v |= 1;			/* quiet */
	o[1].v++;			/* quiet */
	use((*oo)->v);			/* quiet */
	**oo = *o;			/* quiet */
	use(*&o->v);			/* quiet */
}
