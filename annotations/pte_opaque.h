/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pte_opaque.h - annotations checked by pte-opaque.
 *
 * __pte_opaque marks a page-table entry type whose contents belong to the
 * architecture: outside arch code it may only be read and written through
 * the accessors (ptep_get(), set_pte_at(), set_ptes(), ptep_*()).  Write it
 * after the closing brace of the struct or union:
 *
 *	typedef struct { pteval_t pte; } __pte_opaque pte_t;
 *
 * __pte_accessor marks a function whose body may touch such entries
 * directly: the accessors themselves.
 *
 * Both expand to nothing unless a checker is active, so annotated code
 * compiles to the same object with or without this header: the sparse
 * client (pte-sparse) defines __CHECKER__, the GCC plugin predefines
 * PTE_OPAQUE_PLUGIN when it is loaded.
 */
#ifndef PTE_OPAQUE_H
#define PTE_OPAQUE_H

#if defined(__CHECKER__) || defined(PTE_OPAQUE_PLUGIN)
# define __pte_opaque	__attribute__((pte_opaque))
# define __pte_accessor	__attribute__((pte_accessor))
#else
# define __pte_opaque
# define __pte_accessor
#endif

#endif /* PTE_OPAQUE_H */
