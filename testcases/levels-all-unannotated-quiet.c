/*
 * check-name: levels: levels=all does not check a pmd_t that is not annotated
 * check-args: levels=all
 */
#include "pte_opaque.h"

typedef unsigned long pmdval_t;
typedef struct { pmdval_t pmd; } pmd_t;

void use(unsigned long v);

void levels_all_unannotated(pmd_t *pmd);

void levels_all_unannotated(pmd_t *pmd)
{
	use(pmd->pmd);			/* quiet */
	pmd->pmd = 0;			/* quiet */
}
