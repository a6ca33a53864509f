/*
 * check-name: store: *p = v
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void store_deref(pte_t *p, pte_t v);

void store_deref(pte_t *p, pte_t v)
{
	*p = v;				/* warn: store */
}
