/*
 * check-name: quiet: __pte_accessor bodies and calls to them
 */
#include "pte_opaque.h"

#define READ_ONCE(x) (*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val)						\
do {									\
	*(volatile typeof(x) *)&(x) = (val);				\
} while (0)

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

static inline __pte_accessor pte_t ptep_get(pte_t *ptep)
{
	return READ_ONCE(*ptep);		/* quiet */
}

static inline __pte_accessor void set_pte(pte_t *ptep, pte_t pte)
{
	WRITE_ONCE(*ptep, pte);			/* quiet */
}

__pte_accessor void set_ptes(pte_t *ptep, pte_t pte, unsigned int nr);
pteval_t user(pte_t *ptep);

__pte_accessor void set_ptes(pte_t *ptep, pte_t pte, unsigned int nr)
{
	for (;;) {
		set_pte(ptep, pte);		/* quiet */
		if (--nr == 0)
			break;
		ptep++;
		pte.pte += 1UL << 12;		/* quiet */
	}
}

pteval_t user(pte_t *ptep)
{
	pte_t pte = ptep_get(ptep);		/* quiet */

	set_ptes(ptep, pte, 2);			/* quiet */
	set_pte(ptep + 1, pte);			/* quiet */
	return ptep_get(ptep + 1).pte;		/* quiet */
}
