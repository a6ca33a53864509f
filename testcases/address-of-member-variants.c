/*
 * check-name: address-of: &(*p).pte, &p[1].pte, &p->w[1], &s->ptep->pte
 */
#include "pte_opaque.h"

typedef struct {
	unsigned long pte;
	unsigned long w[2];
} __pte_opaque pte_t;

struct walk {
	pte_t *ptep;
};

void take_ulong(unsigned long *u);

void address_of_variants(pte_t *p, struct walk *s, int i);

void address_of_variants(pte_t *p, struct walk *s, int i)
{
	take_ulong(&(*p).pte);		/* warn: address-of */
	take_ulong(&p[1].pte);		/* warn: address-of */
	take_ulong(&p->w[1]);		/* warn: address-of */
	take_ulong(&s->ptep->pte);	/* warn: address-of */
	take_ulong(&(p + i)->pte);	/* warn: address-of */
}
