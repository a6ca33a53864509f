/*
 * check-name: quiet: a kernel-style container_of from an entry pointer
 */
#include "pte_opaque.h"

#define offsetof(TYPE, MEMBER)	__builtin_offsetof(TYPE, MEMBER)
#define container_of(ptr, type, member) ({				\
	char *__mptr = (char *)(ptr);					\
	_Static_assert(__builtin_types_compatible_p(typeof(*(ptr)),	\
			typeof(((type *)0)->member)),			\
		       "pointer type mismatch in container_of()");	\
	((type *)(__mptr - offsetof(type, member))); })

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct holder {
	int id;
	pte_t entry;
};

int quiet_container_of(pte_t *p);

int quiet_container_of(pte_t *p)
{
	struct holder *h = container_of(p, struct holder, entry);	/* quiet */

	return h->id;							/* quiet */
}
