/*
 * check-name: policy: tree/arch/../mm/x.h is in mm, not arch
 * check-args: srctree=tree
 */
#include "tree/arch/../mm/dotdot-leave.h"

pteval_t policy_dotdot_leaves_arch(pte_t *ptep);

pteval_t policy_dotdot_leaves_arch(pte_t *ptep)
{
	return dotdot_leave_val(ptep);		/* quiet */
}
