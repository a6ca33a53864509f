/*
 * check-name: load: an array parameter is a pointer
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t load_array_parameter(pte_t table[], int i);
pteval_t load_sized_array_parameter(pte_t table[512]);

pteval_t load_array_parameter(pte_t table[], int i)
{
	pteval_t x = table[i].pte;	/* warn: load */

	return x;
}

pteval_t load_sized_array_parameter(pte_t table[512])
{
	pte_t v = table[3];		/* warn: load */

	return v.pte;			/* quiet */
}
