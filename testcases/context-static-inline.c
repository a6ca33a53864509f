/*
 * check-name: context: static inline functions report in their body, calls are quiet
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

static inline pteval_t entry_val(pte_t *p)
{
	return p->pte;			/* warn: load */
}

static inline void entry_clear(pte_t *p)
{
	p->pte = 0;			/* warn: store */
}

pteval_t context_static_inline(pte_t *p);

pteval_t context_static_inline(pte_t *p)
{
	entry_clear(p);			/* quiet */
	entry_clear(p + 1);		/* quiet */
	return entry_val(p) + entry_val(p + 1);	/* quiet */
}
