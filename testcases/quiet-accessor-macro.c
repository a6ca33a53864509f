/*
 * check-name: quiet: a raw-access macro expanded inside an accessor
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

#define RAW_VAL(p)	((p)->pte)		/* quiet */
#define RAW_SET(p, v)	(*(p) = (v))		/* quiet */

static inline __pte_accessor pteval_t ptep_val(pte_t *ptep)
{
	return RAW_VAL(ptep);			/* quiet */
}

static inline __pte_accessor void ptep_set(pte_t *ptep, pte_t v)
{
	RAW_SET(ptep, v);			/* quiet */
}

pteval_t not_an_accessor(pte_t *ptep);

pteval_t not_an_accessor(pte_t *ptep)
{
	return RAW_VAL(ptep);			/* warn: load */
}
