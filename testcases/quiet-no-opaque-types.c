/*
 * check-name: quiet: a file with no annotated types at all
 */
#include "pte_opaque.h"

struct node {
	struct node *next;
	unsigned long val;
};

void use(unsigned long v);

unsigned long sum(struct node *n);
void update(struct node *n, unsigned long *arr, int i);

unsigned long sum(struct node *n)
{
	unsigned long s = 0;

	for (; n; n = n->next)		/* quiet */
		s += n->val;		/* quiet */
	return s;
}

void update(struct node *n, unsigned long *arr, int i)
{
	n->val |= arr[i];		/* quiet */
	arr[i + 1] = n->next->val;	/* quiet */
	use(*arr);			/* quiet */
	n->val++;			/* quiet */
}
