/*
 * check-name: load: copying a whole entry out through a pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct holder {
	pte_t entry;
};

void use_pte(pte_t v);

pte_t load_struct_copy(pte_t *p, struct holder *h);

pte_t load_struct_copy(pte_t *p, struct holder *h)
{
	pte_t v;

	v = *p;				/* warn: load */
	use_pte(v);			/* quiet */
	h->entry = *p;			/* warn: load */
	use_pte(*p);			/* warn: load */
	return *p;			/* warn: load */
}
