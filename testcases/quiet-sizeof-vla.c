/*
 * check-name: quiet: sizeof of a variable-length array of entries reads no entry
 * check-engines: gcc
 *
 * C evaluates the operand of sizeof when its type is a VLA, but evaluating
 * an array designator reads nothing: no entry is loaded.  gcc only: sparse
 * warns about every VLA ("Variable length array is used"), and the kernel
 * builds with -Wvla anyway.
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

unsigned long quiet_sizeof_vla(pte_t *p, int n);

unsigned long quiet_sizeof_vla(pte_t *p, int n)
{
	pte_t (*pv)[n] = (void *)p;		/* quiet */
	unsigned long size = sizeof(*pv);	/* quiet */

	return size + (*pv)[1].pte;		/* warn: load */
}
