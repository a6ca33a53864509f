/*
 * check-name: load: READ_ONCE(*p) as the kernel defines READ_ONCE
 */
#include "pte_opaque.h"

#define READ_ONCE(x) (*(const volatile typeof(x) *)&(x))

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pte_t read_once_entry(pte_t *p);
pte_t read_once_index(pte_t *p, int i);

pte_t read_once_entry(pte_t *p)
{
	pte_t v = READ_ONCE(*p);	/* warn: load */

	return v;
}

pte_t read_once_index(pte_t *p, int i)
{
	return READ_ONCE(p[i]);		/* warn: load */
}
