/*
 * check-name: quiet: a global entry variable is a value, not a pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

extern pte_t global_pte;
pteval_t quiet_global_value(pte_t v);

pte_t global_pte;
static pte_t static_pte = { 1 };

pteval_t quiet_global_value(pte_t v)
{
	pteval_t x = global_pte.pte;		/* quiet */

	global_pte = v;				/* quiet */
	static_pte.pte |= x;			/* quiet */
	return static_pte.pte;			/* quiet */
}
