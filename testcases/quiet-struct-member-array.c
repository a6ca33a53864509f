/*
 * check-name: quiet: elements of a pte_t array member of a non-annotated struct, like vmf->orig_pte
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct pte_batch {
	int nr;
	pte_t entries[16];
};

void use(pteval_t v);
void quiet_struct_member_array(struct pte_batch *b, pte_t v, int i);

void quiet_struct_member_array(struct pte_batch *b, pte_t v, int i)
{
	b->entries[i] = v;		/* quiet */
	use(b->entries[0].pte);		/* quiet */
	b->entries[1].pte |= 1;		/* quiet */
	use(b->entries[b->nr].pte);	/* quiet */
}
