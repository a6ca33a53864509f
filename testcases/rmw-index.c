/*
 * check-name: read-modify-write: through p[i], (*p), (p + 1) and a member pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct walk {
	pte_t *ptep;
};

void rmw_index(pte_t *p, struct walk *w, int i);

void rmw_index(pte_t *p, struct walk *w, int i)
{
	p[i].pte |= 1;			/* warn: read-modify-write */
	(*p).pte += 1;			/* warn: read-modify-write */
	(p + 1)->pte++;			/* warn: read-modify-write */
	w->ptep->pte &= 3;		/* warn: read-modify-write */
	--w->ptep[i].pte;		/* warn: read-modify-write */
}
