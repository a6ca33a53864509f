/*
 * check-name: READ_ONCE(p->pte) is a load and WRITE_ONCE(p->pte, v) a store of the member
 *
 * READ_ONCE(x) expands to *(const volatile typeof(x) *)&(x): for a member,
 * the expansion takes &p->pte and reads through an unsigned long pointer.
 * What the code says is "read p->pte once", so the finding is a load (and
 * a store for WRITE_ONCE), the same as for READ_ONCE(*p), not an
 * address-of escape.
 */
#include "pte_opaque.h"

#define READ_ONCE(x) (*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val)						\
do {									\
	*(volatile typeof(x) *)&(x) = (val);				\
} while (0)

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pteval_t read_once_member(pte_t *p);
void write_once_member(pte_t *p);

pteval_t read_once_member(pte_t *p)
{
	return READ_ONCE(p->pte);	/* warn: load */
}

void write_once_member(pte_t *p)
{
	WRITE_ONCE(p->pte, 0);		/* warn: store */
}
