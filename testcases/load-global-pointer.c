/*
 * check-name: load: through a global pte_t pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

extern pte_t *global_ptep;
pteval_t load_global(void);
void set_static(pte_t *p);

pte_t *global_ptep;
static pte_t *static_ptep;

pteval_t load_global(void)
{
	pteval_t x = global_ptep->pte;	/* warn: load */

	x += static_ptep->pte;		/* warn: load */
	return x;
}

void set_static(pte_t *p)
{
	static_ptep = p;		/* quiet */
}
