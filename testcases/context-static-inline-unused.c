/*
 * check-name: context: a static inline function that is never called still reports
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

static inline pteval_t unused_val(pte_t *p)
{
	return p->pte;			/* warn: load */
}

static inline void unused_set(pte_t *p, pte_t v)
{
	*p = v;				/* warn: store */
}
