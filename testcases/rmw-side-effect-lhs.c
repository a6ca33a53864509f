/*
 * check-name: read-modify-write: the left side has side effects (p[i++], p++)
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pte_t *next_ptep(void);
void rmw_side_effect_lhs(pte_t *p, int i);

void rmw_side_effect_lhs(pte_t *p, int i)
{
	p[i++].pte |= 1;		/* warn: read-modify-write */
	(p++)->pte += 2;		/* warn: read-modify-write */
	next_ptep()->pte &= 4;		/* warn: read-modify-write */
	p[i--].pte++;			/* warn: read-modify-write */
	--next_ptep()->pte;		/* warn: read-modify-write */
}
