/*
 * check-name: policy: a directory named archive/ does not match the arch/ prefix
 * check-args: srctree=tree
 */
#include "tree/archive/archive.h"

pteval_t policy_archive(pte_t *ptep);

pteval_t policy_archive(pte_t *ptep)
{
	return archive_val(ptep);		/* quiet */
}
