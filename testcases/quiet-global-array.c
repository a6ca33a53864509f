/*
 * check-name: quiet: a global array of pte_t is a value, like a local array (swapper_pg_dir style)
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

extern pte_t swapper_table[512];
pteval_t quiet_global_array(pte_t v, int i);

pte_t swapper_table[512];
static pte_t fixmap_table[16];

pteval_t quiet_global_array(pte_t v, int i)
{
	swapper_table[i] = v;			/* quiet */
	fixmap_table[1].pte |= 1;		/* quiet */
	return swapper_table[0].pte + fixmap_table[i].pte;	/* quiet */
}
