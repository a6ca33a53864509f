/*
 * check-name: context: asm operands: an input reads the entry, an output writes it
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void context_asm(pte_t *p);

void context_asm(pte_t *p)
{
	asm volatile("" : : "r" (p->pte));	/* warn: load */
	asm volatile("" : "=r" (p->pte));	/* warn: store */
	asm volatile("" : : "r" (p + 1));	/* quiet */
}
