/*
 * check-name: load: a struct declared, typedef'd and only later defined with the annotation
 */
#include "pte_opaque.h"

struct pte_s;
typedef struct pte_s pte_t;

void take(pte_t *p);
void use(unsigned long v);

void pass_incomplete(pte_t *p, struct pte_s *s);
void load_after_definition(pte_t *p, struct pte_s *s);

void pass_incomplete(pte_t *p, struct pte_s *s)
{
	take(p);			/* quiet */
	take(s);			/* quiet */
}

struct pte_s {
	unsigned long pte;
} __pte_opaque;

void load_after_definition(pte_t *p, struct pte_s *s)
{
	use(p->pte);			/* warn: load */
	use(s->pte);			/* warn: load */
	p->pte = 0;			/* warn: store */
}
