/*
 * check-name: store: *p++ = v in a loop
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void store_walk(pte_t *p, pte_t v, int n);
void clear_range(pte_t *p, pte_t *end);

void store_walk(pte_t *p, pte_t v, int n)
{
	while (n--)
		*p++ = v;		/* warn: store */
}

void clear_range(pte_t *p, pte_t *end)
{
	for (; p != end; p++)		/* quiet */
		p->pte = 0;		/* warn: store */
}
