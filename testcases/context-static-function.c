/*
 * check-name: context: static and external functions, each access once
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

static pteval_t helper(pte_t *p)
{
	return p->pte;			/* warn: load */
}

pteval_t caller_one(pte_t *p);
pteval_t caller_two(pte_t *p);

pteval_t caller_one(pte_t *p)
{
	return helper(p);		/* quiet */
}

pteval_t caller_two(pte_t *p)
{
	return helper(p + 1) + helper(p + 2);	/* quiet */
}
