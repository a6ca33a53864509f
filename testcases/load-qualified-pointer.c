/*
 * check-name: load: through const, volatile and const volatile pointers
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef const pte_t const_pte_t;

void use(pteval_t v);

void load_const(const pte_t *p);
void load_volatile(volatile pte_t *p);
void load_const_volatile(const volatile pte_t *p);
void load_const_pointer(pte_t *const p, pte_t *restrict r);
void load_const_typedef(const_pte_t *p);

void load_const(const pte_t *p)
{
	use(p->pte);			/* warn: load */
}

void load_volatile(volatile pte_t *p)
{
	use(p->pte);			/* warn: load */
}

void load_const_volatile(const volatile pte_t *p)
{
	use(p->pte);			/* warn: load */
}

void load_const_pointer(pte_t *const p, pte_t *restrict r)
{
	use(p->pte);			/* warn: load */
	use(r->pte);			/* warn: load */
}

void load_const_typedef(const_pte_t *p)
{
	use(p->pte);			/* warn: load */
}
