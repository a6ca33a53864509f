/*
 * check-name: quiet: entry values in locals, parameters and return values
 *
 * The last function's address-of warns all the same: the checker follows
 * types, not values, and lp is a pointer to pte_t even though it points
 * at a local.
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pte_t make_pte(pteval_t v);
void use(pteval_t v);
void take_ulong(pteval_t *u);

pte_t quiet_values(pte_t pte, pteval_t flags);
pteval_t quiet_address_of_local(void);

pte_t quiet_values(pte_t pte, pteval_t flags)
{
	pte_t local = pte;			/* quiet */
	pte_t other;

	local.pte |= flags;			/* quiet */
	other = local;				/* quiet */
	other.pte = pte.pte + 1;		/* quiet */
	use(make_pte(flags).pte);		/* quiet */
	use(other.pte);				/* quiet */
	local = make_pte(other.pte);		/* quiet */
	return local;				/* quiet */
}

pteval_t quiet_address_of_local(void)
{
	pte_t local = { 0 };
	pteval_t *raw = &local.pte;		/* quiet */
	pte_t *lp = &local;			/* quiet */

	*raw = 1;				/* quiet */
	take_ulong(&lp->pte);			/* warn: address-of */
	return *raw;				/* quiet */
}
