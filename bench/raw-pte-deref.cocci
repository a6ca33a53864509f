// SPDX-License-Identifier: GPL-2.0
// Raw dereferences of a pte_t pointer: the rule upstream's conversion to
// ptep_get() was found with (commit c33c794828f2, "mm: ptep_get()
// conversion"), in report mode, so that every site is listed with its
// position rather than rewritten.  (The leading space matters: a "*" in
// the first column is SmPL's context-mode marker.)
@r@
pte_t *v;
position p;
@@
 *v@p

@script:python@
p << r.p;
@@
print("%s:%s:%s: raw pte_t dereference" % (p[0].file, p[0].line, p[0].column))
