/*
 * check-name: load: an annotated tagged struct, through pte_t * and struct pte_s *
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct pte_s { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

void load_tagged(struct pte_s *s, pte_t *p);

void load_tagged(struct pte_s *s, pte_t *p)
{
	struct pte_s v = *s;		/* warn: load */

	use(v.pte);			/* quiet */
	use(s->pte);			/* warn: load */
	use(p->pte);			/* warn: load */
	s->pte = 1;			/* warn: store */
}
