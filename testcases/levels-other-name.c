/*
 * check-name: levels: an annotated type with another name is always checked
 */
#include "pte_opaque.h"

struct foo_entry {
	unsigned long val;
} __pte_opaque;

typedef struct { unsigned long e; } __pte_opaque ept_entry_t;

void use(unsigned long v);

void levels_other(struct foo_entry *f, ept_entry_t *e, struct foo_entry v);

void levels_other(struct foo_entry *f, ept_entry_t *e, struct foo_entry v)
{
	use(f->val);			/* warn: load */
	*f = v;				/* warn: store */
	f->val |= 1;			/* warn: read-modify-write */
	use(e->e);			/* warn: load */
	use(v.val);			/* quiet */
}
