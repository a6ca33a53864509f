/*
 * check-name: read-modify-write: every compound assignment operator
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void rmw_compound(pte_t *p, pteval_t x);

void rmw_compound(pte_t *p, pteval_t x)
{
	p->pte += 2;			/* warn: read-modify-write */
	p->pte -= x;			/* warn: read-modify-write */
	p->pte &= ~x;			/* warn: read-modify-write */
	p->pte ^= x;			/* warn: read-modify-write */
	p->pte <<= 1;			/* warn: read-modify-write */
	p->pte >>= 1;			/* warn: read-modify-write */
	p->pte *= 3;			/* warn: read-modify-write */
	p->pte /= 3;			/* warn: read-modify-write */
	p->pte %= 5;			/* warn: read-modify-write */
	p->pte |= 4;			/* warn: read-modify-write */
}
