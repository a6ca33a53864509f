/*
 * check-name: load: walking a table with p++ and *p++
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use_pte(pte_t v);

pteval_t load_walk(pte_t *p, pte_t *end);
void load_post_increment(pte_t *p, int n);

pteval_t load_walk(pte_t *p, pte_t *end)
{
	pteval_t x = 0;

	for (; p < end; p++)		/* quiet */
		x |= p->pte;		/* warn: load */
	return x;
}

void load_post_increment(pte_t *p, int n)
{
	while (n--)
		use_pte(*p++);		/* warn: load */
}
