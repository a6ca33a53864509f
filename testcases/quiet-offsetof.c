/*
 * check-name: quiet: offsetof into the annotated type
 */
#include "pte_opaque.h"

#define offsetof(TYPE, MEMBER)	__builtin_offsetof(TYPE, MEMBER)

typedef unsigned long pteval_t;
typedef struct {
	pteval_t pte;
	pteval_t aux[2];
} __pte_opaque pte_t;

struct holder {
	int x;
	pte_t entry;
};

unsigned long quiet_offsetof(void);

unsigned long quiet_offsetof(void)
{
	unsigned long n = offsetof(pte_t, aux);		/* quiet */

	n += offsetof(pte_t, aux[1]);			/* quiet */
	n += offsetof(struct holder, entry.pte);	/* quiet */
	return n;
}
