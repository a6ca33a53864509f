/*
 * check-name: context: return statements
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t return_member(pte_t *p);
pte_t return_entry(pte_t *p);
pte_t *return_pointer(pte_t *p);
int return_test(pte_t *p);

pteval_t return_member(pte_t *p)
{
	return p->pte;			/* warn: load */
}

pte_t return_entry(pte_t *p)
{
	return *p;			/* warn: load */
}

pte_t *return_pointer(pte_t *p)
{
	return p + 1;			/* quiet */
}

int return_test(pte_t *p)
{
	return p->pte != 0;		/* warn: load */
}
