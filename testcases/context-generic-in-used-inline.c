/*
 * check-name: context: a _Generic in a static inline that is called
 * check-args: levels=all
 *
 * The shape of the kernel's page_ptdesc(pmd_pgtable_page(pmd)) in
 * include/linux/mm.h.  Copying an inline's body for a caller, sparse
 * evaluates its _Generic selections in place, so the body holds the
 * evaluated '*&pmd' for a plain use of 'pmd': not a dereference.  A real
 * dereference in the same place still is one.
 */
#include "pte_opaque.h"

typedef unsigned long pmdval_t;
typedef struct { pmdval_t pmd; } __pte_opaque pmd_t;
struct page { int flags; };
struct ptdesc;

extern unsigned long page_base;

#define page_ptdesc(p) (_Generic((p),				\
	const struct page *: (const struct ptdesc *)(p),	\
	struct page *: (struct ptdesc *)(p)))

static inline struct page *table_page(pmd_t *pmd)
{
	return (struct page *)page_base + ((unsigned long)pmd >> 12);
}

static inline struct page *entry_page(pmd_t pmd)
{
	return (struct page *)page_base + (pmd.pmd >> 12);
}

static inline struct ptdesc *table_ptdesc(pmd_t *pmd)
{
	return page_ptdesc(table_page(pmd));		/* quiet */
}

static inline struct ptdesc *entry_ptdesc(pmd_t *pmd)
{
	return page_ptdesc(entry_page(*pmd));		/* warn: load */
}

struct ptdesc *generic_in_used_inline(pmd_t *pmd);

struct ptdesc *generic_in_used_inline(pmd_t *pmd)
{
	return table_ptdesc(pmd) ? table_ptdesc(pmd) : entry_ptdesc(pmd);
}
