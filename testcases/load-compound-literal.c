/*
 * check-name: load: in a compound literal and an aggregate initialiser
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct pair {
	pteval_t a, b;
};

void use_pte(pte_t v);
void use_pair(struct pair pr);

void load_in_literals(pte_t *p);

void load_in_literals(pte_t *p)
{
	pteval_t arr[2] = { p->pte, 0 };		/* warn: load */
	struct pair pr = { .a = p[1].pte, .b = 1 };	/* warn: load */

	use_pte((pte_t){ .pte = p->pte | 1 });		/* warn: load */
	use_pair(pr);
	use_pte((pte_t){ .pte = arr[0] });		/* quiet */
}
