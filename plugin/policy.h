/* SPDX-License-Identifier: GPL-2.0 */
/*
 * policy.h - what pte-opaque reports, shared by both engines.
 *
 * The GCC plugin and the sparse client differ in how they find an access;
 * everything about what to do with it lives here, in plain C, so that both
 * give the same verdict with the same words: which source files are arch
 * code (allowed to touch entries), which page-table levels are checked, the
 * text of each finding and of its note, and the option names and values.
 */
#ifndef PTE_OPAQUE_POLICY_H
#define PTE_OPAQUE_POLICY_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Attribute and macro names: the contract with annotations/pte_opaque.h. */
#define PTE_OPAQUE_TYPE_ATTRIBUTE	"pte_opaque"
#define PTE_OPAQUE_ACCESSOR_ATTRIBUTE	"pte_accessor"
#define PTE_OPAQUE_PLUGIN_MACRO		"PTE_OPAQUE_PLUGIN"

enum pte_access_kind {
	PTE_ACCESS_LOAD,
	PTE_ACCESS_STORE,
	PTE_ACCESS_RMW,
	PTE_ACCESS_ADDRESS,
};

/* Page-table levels, named after their entry types. */
enum pte_level {
	PTE_LEVEL_PTE,
	PTE_LEVEL_PMD,
	PTE_LEVEL_PUD,
	PTE_LEVEL_P4D,
	PTE_LEVEL_PGD,
	/* An annotated type with none of the names above: always checked. */
	PTE_LEVEL_OTHER,
	PTE_LEVEL_COUNT
};

#define PTE_POLICY_MAX_PREFIXES 32

struct pte_policy {
	/* Absolute, normalised, no trailing slash; "" when unknown. */
	char srctree[4096];
	/* Source-relative path prefixes whose code may touch entries. */
	char *allowed[PTE_POLICY_MAX_PREFIXES];
	int nr_allowed;
	/* Bit (1 << enum pte_level) set for each level checked. */
	unsigned int levels;
	/* Report findings as errors instead of warnings. */
	bool errors;
	/* Check nothing: Kbuild's per-file opt-out (DISABLE_PTE_OPAQUE_PLUGIN). */
	bool disabled;
};

/*
 * Defaults: arch/ and include/asm-generic/ allowed, pte level only,
 * warnings, srctree from the environment's $srctree (Kbuild exports it)
 * or else the current directory.
 */
void pte_policy_init(struct pte_policy *policy);

/*
 * Apply one option, as "-fplugin-arg-pte_opaque-KEY=VALUE" or
 * "--pte-KEY=VALUE" spells it.  VALUE is NULL when none was given.
 * Returns NULL, or a one-line error message (static storage) for an unknown
 * key or a bad value.  "help" is not handled here: engines print
 * pte_policy_help() themselves.
 */
const char *pte_policy_set_option(struct pte_policy *policy,
				  const char *key, const char *value);

/* Every option, one per line, for "help". */
const char *pte_policy_help(void);

/*
 * Is code written in PATH allowed to touch entries?  PATH may be relative
 * to the current directory, contain "." and ".." components, or be
 * absolute.  Answers are cached; PATH must be NUL-terminated.
 */
bool pte_policy_path_allowed(const struct pte_policy *policy,
			     const char *path);

/*
 * Macros that only add a qualifier to an access their argument spells:
 * READ_ONCE(*ptep) is the caller's load, although the '*' that remains after
 * '&*' cancels is written in include/asm-generic/rwonce.h, an allowed file.
 * An engine looking for where an access was written steps out of these
 * macros to their expansion point.
 */
bool pte_policy_macro_is_transparent(const char *macro_name);

/* The level of an annotated type given its name ("pte_t", "struct x"). */
enum pte_level pte_policy_level_of(const char *type_name);

bool pte_policy_level_checked(const struct pte_policy *policy,
			      enum pte_level level);

/*
 * The finding's text, as a printf format with one "%s" for the quoted type
 * name: both engines print the same words.  GCC passes its own %qT
 * rendering of the type in place of the "%s".
 */
const char *pte_policy_finding_format(enum pte_access_kind kind);

/* The note that names the fix, complete (no format directives). */
const char *pte_policy_fix_note(enum pte_access_kind kind,
				enum pte_level level);

/* The getter a fix-it for a plain load inserts ("ptep_get"), or NULL. */
const char *pte_policy_getter(enum pte_level level);

/* "load", "store", "read-modify-write", "address-of": for tools. */
const char *pte_policy_kind_name(enum pte_access_kind kind);

/*
 * Can PATH, given as an input file, be checked?  NULL if so, or a one-line
 * reason (static storage): a C++ source name (the rule and both engines are
 * about C), or a .c, .h or .i file that cannot be read or holds binary
 * data.  Other names are left to the compiler.  pte-sparse asks, where
 * sparse would print a few parse errors and exit 0; GCC rejects such files
 * itself, and the plugin refuses C++ by the front end's language.
 */
const char *pte_policy_input_problem(const char *path);

#ifdef __cplusplus
}
#endif

#endif /* PTE_OPAQUE_POLICY_H */
