/*
 * check-name: store: through a volatile pte_t pointer and a typedef'd pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef pte_t *pte_ptr_t;

void store_volatile(volatile pte_t *p, pte_ptr_t q, pte_t v);

void store_volatile(volatile pte_t *p, pte_ptr_t q, pte_t v)
{
	p->pte = 0;			/* warn: store */
	*q = v;				/* warn: store */
}
