/*
 * check-name: store: p->pte = 0
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void store_arrow(pte_t *p);

void store_arrow(pte_t *p)
{
	p->pte = 0;			/* warn: store */
	(*p).pte = 1;			/* warn: store */
}
