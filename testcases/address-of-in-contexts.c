/*
 * check-name: address-of: as an argument, a return value and an initialiser
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void take_ulong(pteval_t *u);

pteval_t *address_of_return(pte_t *p);
void address_of_argument(pte_t *p);
void address_of_condition(pte_t *p, pteval_t *u);

pteval_t *address_of_return(pte_t *p)
{
	return &p->pte;			/* warn: address-of */
}

void address_of_argument(pte_t *p)
{
	take_ulong(&p->pte);		/* warn: address-of */
}

void address_of_condition(pte_t *p, pteval_t *u)
{
	if (u == &p->pte)		/* warn: address-of */
		take_ulong(u);
}
