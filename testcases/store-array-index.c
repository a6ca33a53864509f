/*
 * check-name: store: p[i] = v, p[1].pte = 0, *(p + 1) = v
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void store_index(pte_t *p, pte_t v, int i);

void store_index(pte_t *p, pte_t v, int i)
{
	p[i] = v;			/* warn: store */
	p[1].pte = 0;			/* warn: store */
	*(p + 1) = v;			/* warn: store */
	(p + i)->pte = 2;		/* warn: store */
}
