/*
 * check-name: quiet: a type named pte_t without the annotation is not checked
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } pte_t;

void use(pteval_t v);

void quiet_unannotated_pte_t(pte_t *p, pte_t v);

void quiet_unannotated_pte_t(pte_t *p, pte_t v)
{
	use(p->pte);			/* quiet */
	*p = v;				/* quiet */
	p->pte |= 1;			/* quiet */
	use(*&p->pte);			/* quiet */
}
