/*
 * check-name: store: through a pte_t * held in a struct member or a global
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct walk {
	pte_t *table;
	pte_t *ptep;
};

extern pte_t *global_ptep;
extern pte_t *global_ptes[4];
void store_member(struct walk *s, pte_t v, int i);

pte_t *global_ptep;
pte_t *global_ptes[4];

void store_member(struct walk *s, pte_t v, int i)
{
	s->ptep = global_ptep;		/* quiet */
	*s->ptep = v;			/* warn: store */
	s->ptep->pte = 1;		/* warn: store */
	s->table[i] = v;		/* warn: store */
	*global_ptep = v;		/* warn: store */
	global_ptes[i]->pte = 0;	/* warn: store */
}
