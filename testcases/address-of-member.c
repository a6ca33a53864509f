/*
 * check-name: address-of: &p->pte escapes to raw memory
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t *address_of_member(pte_t *p);

pteval_t *address_of_member(pte_t *p)
{
	pteval_t *raw = &p->pte;	/* warn: address-of */

	return raw;
}
