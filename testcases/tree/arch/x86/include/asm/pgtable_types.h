/* Entry types, as an architecture defines them. */
#ifndef _ASM_X86_PGTABLE_TYPES_H
#define _ASM_X86_PGTABLE_TYPES_H

#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef unsigned long pmdval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;
typedef struct { pmdval_t pmd; } __pte_opaque pmd_t;

#endif
