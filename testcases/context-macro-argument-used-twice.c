/*
 * check-name: context: a macro that uses its argument twice reports once
 *
 * arm64's '#define pte_present(pte) (pte_valid(pte) || ...)' expands
 * 'pte_present(*ptep)' to two loads spelled at one place: one finding, and
 * one fix-it for the one '*ptep' (two made GCC 12 crash printing them).
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

static inline int pte_valid(pte_t pte) { return pte.pte & 1; }
static inline int pte_prot_none(pte_t pte) { return pte.pte & 2; }

#define pte_present(pte)	(pte_valid(pte) || pte_prot_none(pte))	/* quiet */
#define pte_both(a, b)		(pte_valid(a) && pte_valid(b))		/* quiet */

int context_macro_argument_used_twice(pte_t *ptep);

int context_macro_argument_used_twice(pte_t *ptep)
{
	if (pte_present(*ptep))				/* warn: load */
		return 1;
	if (pte_present(*(ptep + 1)))			/* warn: load */
		return 2;
	return pte_both(*ptep, ptep[1]);		/* warn: load */
}
