/*
 * check-name: quiet: a local array of pte_t is a value, not a pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t quiet_local_array(pte_t v, int i);

pteval_t quiet_local_array(pte_t v, int i)
{
	pte_t batch[4] = { v, v };		/* quiet */
	pteval_t x;

	batch[2] = v;				/* quiet */
	batch[i].pte |= 1;			/* quiet */
	x = batch[1].pte;			/* quiet */
	batch[3] = batch[0];			/* quiet */
	return x + batch[i].pte + batch[3].pte;	/* quiet */
}
