/*
 * check-name: load: through a pte_t * held in a struct member
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct walk {
	pte_t *table;
	pte_t *ptep;
	int index;
};

void use(pteval_t v);
void use_pte(pte_t v);

void load_member(struct walk *s, int i);
void load_member_value(struct walk w);

void load_member(struct walk *s, int i)
{
	pte_t v = s->table[i];		/* warn: load */

	use_pte(v);
	use_pte(*s->ptep);		/* warn: load */
	use(s->ptep->pte);		/* warn: load */
	use(s->table[s->index].pte);	/* warn: load */
}

void load_member_value(struct walk w)
{
	use(w.ptep->pte);		/* warn: load */
	use_pte(w.table[1]);		/* warn: load */
}
