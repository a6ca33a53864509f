/*
 * check-name: load: dereferencing a function's pte_t * result
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

pte_t *get_ptep(void);
extern pte_t *(*get_ptep_fn)(int);
void load_function_return(void);

pte_t *(*get_ptep_fn)(int);

void use(pteval_t v);
void use_pte(pte_t v);

void load_function_return(void)
{
	pte_t *p = get_ptep();		/* quiet */

	use_pte(*get_ptep());		/* warn: load */
	use(get_ptep()->pte);		/* warn: load */
	use(get_ptep_fn(2)[1].pte);	/* warn: load */
	use(p != (void *)0);		/* quiet */
}
