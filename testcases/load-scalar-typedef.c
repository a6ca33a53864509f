/*
 * check-name: load/store: a scalar pte_t (arches without STRICT_MM_TYPECHECKS)
 *
 * alpha, arm, ia64, parisc, powerpc and sparc can define pte_t as a plain
 * integer type; the annotation then goes before the name.
 *
 * check-known-to-fail: sparse: sparse resolves a typedef to its base type, so a scalar pte_t is the same type as unsigned long; pte-sparse tracks struct and union entry types only
 * check-engine-difference: pte-sparse does not see scalar entry types (see known-to-fail)
 */
#include "pte_opaque.h"

typedef unsigned long __pte_opaque pte_t;

unsigned long scalar_pte(pte_t *ptep, pte_t pte);

unsigned long scalar_pte(pte_t *ptep, pte_t pte)
{
	unsigned long old = *ptep;		/* warn: load */
	unsigned long *raw = (unsigned long *)ptep;	/* quiet */

	*ptep = pte;				/* warn: store */
	ptep[1] |= 1;				/* warn: read-modify-write */
	return old + pte + *raw;		/* quiet */
}
