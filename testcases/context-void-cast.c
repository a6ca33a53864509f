/*
 * check-name: context: a load whose value is discarded with a (void) cast is still a load
 */
#include "pte_opaque.h"

#define READ_ONCE(x) (*(const volatile typeof(x) *)&(x))

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void context_void_cast(pte_t *p);

void context_void_cast(pte_t *p)
{
	(void)READ_ONCE(*p);		/* warn: load */
	(void)p->pte;			/* warn: load */
	(void)p;			/* quiet */
}
