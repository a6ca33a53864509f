/*
 * check-name: levels: an annotated type with another name stays checked with levels=pmd
 * check-args: levels=pmd
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

struct foo_entry {
	unsigned long val;
} __pte_opaque;

void use(unsigned long v);

void levels_other_pmd(struct foo_entry *f, pte_t *p);

void levels_other_pmd(struct foo_entry *f, pte_t *p)
{
	use(f->val);			/* warn: load */
	use(p->pte);			/* quiet */
}
