/*
 * check-name: quiet: passing entry pointers to functions
 */
#include "pte_opaque.h"

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } __pte_opaque pte_t;

void take(pte_t *p);
void take_const(const pte_t *p);
void take_void(void *p);
void take_pp(pte_t **pp);

void quiet_pass_pointer(pte_t *p, int i);

void quiet_pass_pointer(pte_t *p, int i)
{
	take(p);			/* quiet */
	take(p + 1);			/* quiet */
	take(&p[i]);			/* quiet */
	take_const(p);			/* quiet */
	take_void(p);			/* quiet */
	take_pp(&p);			/* quiet */
}
