/*
 * check-name: error: a clean file still succeeds in error mode
 * check-args: error
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

static inline __pte_accessor pte_t ptep_get(pte_t *ptep)
{
	return *ptep;			/* quiet */
}

pteval_t error_mode_clean(pte_t *p);

pteval_t error_mode_clean(pte_t *p)
{
	return ptep_get(p).pte + sizeof(*p);	/* quiet */
}
