/*
 * check-name: error: combined with levels=all and srctree=
 * check-args: srctree=tree levels=all error
 * check-exit-status: nonzero
 */
#include "pte_opaque.h"

typedef unsigned long pmdval_t;
typedef struct { pmdval_t pmd; } __pte_opaque pmd_t;

pmdval_t error_mode_levels(pmd_t *pmd);

pmdval_t error_mode_levels(pmd_t *pmd)
{
	return pmd->pmd;		/* warn: load */
}
