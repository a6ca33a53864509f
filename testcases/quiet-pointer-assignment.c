/*
 * check-name: quiet: assigning pointers to locals, members, globals and arrays
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct walk {
	pte_t *ptep;
	pte_t **ptepp;
};

extern pte_t *global_ptep;
extern pte_t *global_ptes[4];
pte_t *quiet_pointer_assignment(pte_t *p, struct walk *w, pte_t **pp, void *vp);

pte_t *global_ptep;
pte_t *global_ptes[4];

pte_t *quiet_pointer_assignment(pte_t *p, struct walk *w, pte_t **pp, void *vp)
{
	pte_t *q = p;			/* quiet */
	pte_t *local_ptes[2] = { p, q };	/* quiet */

	w->ptep = p;			/* quiet */
	w->ptepp = &w->ptep;		/* quiet */
	*w->ptepp = q;			/* quiet */
	*pp = p;			/* quiet */
	pp[1] = q + 1;			/* quiet */
	global_ptep = p;		/* quiet */
	global_ptes[1] = local_ptes[0];	/* quiet */
	q = vp;				/* quiet */
	vp = p;				/* quiet */
	return q;
}
