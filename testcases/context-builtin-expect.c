/*
 * check-name: context: inside likely()/unlikely() and __builtin_expect
 */
#include "pte_opaque.h"

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);
void context_builtin_expect(pte_t *p);

void context_builtin_expect(pte_t *p)
{
	if (likely(p->pte & 1))		/* warn: load */
		use(1);
	if (unlikely(!p[1].pte))	/* warn: load */
		use(2);
	if (__builtin_expect(p[2].pte, 0))	/* warn: load */
		use(3);
	if (unlikely(!p))		/* quiet */
		use(4);
}
