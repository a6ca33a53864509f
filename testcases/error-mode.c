/*
 * check-name: error: findings become errors and the engine fails
 * check-args: error
 * check-exit-status: nonzero
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t error_mode(pte_t *p, pte_t v);

pteval_t error_mode(pte_t *p, pte_t v)
{
	*p = v;				/* warn: store */
	return p->pte;			/* warn: load */
}
