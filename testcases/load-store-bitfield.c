/*
 * check-name: bit-field members of the entry: load, store, read-modify-write
 */
#include "pte_opaque.h"

typedef struct {
	unsigned long present:1;
	unsigned long dirty:1;
	unsigned long pfn:40;
} __pte_opaque pte_t;

void use(unsigned long v);
void load_store_bitfield(pte_t *p);

void load_store_bitfield(pte_t *p)
{
	use(p->present);		/* warn: load */
	p->dirty = 1;			/* warn: store */
	p->pfn += 1;			/* warn: read-modify-write */
	p->present++;			/* warn: read-modify-write */
	use(sizeof(p->pfn + 0));	/* quiet */
}
