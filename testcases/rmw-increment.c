/*
 * check-name: read-modify-write: p->pte++, ++p->pte, --p->pte, p->pte--
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void rmw_increment(pte_t *p);

void rmw_increment(pte_t *p)
{
	p->pte++;			/* warn: read-modify-write */
	++p->pte;			/* warn: read-modify-write */
	--p->pte;			/* warn: read-modify-write */
	p->pte--;			/* warn: read-modify-write */
}
