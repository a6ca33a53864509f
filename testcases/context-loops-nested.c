/*
 * check-name: context: nested loops and blocks
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

void context_nested(pte_t **tables, int n, int m);

void context_nested(pte_t **tables, int n, int m)
{
	int i, j;

	for (i = 0; i < n; i++) {
		pte_t *t = tables[i];	/* quiet */

		for (j = 0; j < m; j++) {
			{
				if (t[j].pte)	/* warn: load */
					t[j].pte = 0;	/* warn: store */
			}
		}
	}
}
