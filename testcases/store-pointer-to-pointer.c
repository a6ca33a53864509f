/*
 * check-name: store: **pp = v, (*pp)->pte = 0; *pp = p is a pointer store
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void store_pp(pte_t **pp, pte_t *p, pte_t v);

void store_pp(pte_t **pp, pte_t *p, pte_t v)
{
	*pp = p;			/* quiet */
	**pp = v;			/* warn: store */
	(*pp)->pte = 0;			/* warn: store */
	pp[1][2].pte = 3;		/* warn: store */
}
