/*
 * check-name: levels: pte_t typedef'd while incomplete, annotated at its definition, is the pte level
 * check-args: levels=pmd
 *
 * The entry type is named by its typedef, pte_t, even though the typedef
 * came before the annotated definition: with levels=pmd it is not checked,
 * while the pmd_t declared the same way is.
 */
#include "pte_opaque.h"

struct pte_s;
struct pmd_s;
typedef struct pte_s pte_t;
typedef struct pmd_s pmd_t;

struct pte_s { unsigned long pte; } __pte_opaque;
struct pmd_s { unsigned long pmd; } __pte_opaque;

unsigned long levels_incomplete(pte_t *pte, pmd_t *pmd);

unsigned long levels_incomplete(pte_t *pte, pmd_t *pmd)
{
	return pte->pte			/* quiet */
	       + pmd->pmd;		/* warn: load */
}
