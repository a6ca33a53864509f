/*
 * check-name: quiet: casting the pointer to another type leaves the checker's reach
 *
 * Known limit, by design: *(unsigned long *)p reads the entry, but through
 * a pointer to unsigned long, which is not opaque.  The checker follows
 * types, not values, so these lines stay silent.  The same holds for
 * memcpy-style copies, which only see pointers.
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void use(pteval_t v);

pteval_t quiet_cast_away(pte_t *p);

pteval_t quiet_cast_away(pte_t *p)
{
	pteval_t x = *(pteval_t *)p;		/* quiet */
	pteval_t *raw = (pteval_t *)p;		/* quiet */
	void *vp = p;				/* quiet */

	*(unsigned long *)p = 0;		/* quiet */
	((pteval_t *)vp)[1] = x;		/* quiet */
	__builtin_memcpy(&x, p, sizeof(x));	/* quiet */
	use(*raw);				/* quiet */
	return x;
}
