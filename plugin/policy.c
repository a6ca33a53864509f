// SPDX-License-Identifier: GPL-2.0
/*
 * policy.c - what pte-opaque reports, shared by both engines.
 * See policy.h.
 */
#include "policy.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static const char *const default_allowed[] = { "arch/", "include/asm-generic/" };

static const struct level_info {
	const char *type_name;	/* the entry type */
	const char *option;	/* its name in levels= */
	const char *getter;
	const char *setters;	/* already quoted for notes */
	const char *helpers;
} levels[PTE_LEVEL_COUNT] = {
	[PTE_LEVEL_PTE] = { "pte_t", "pte", "ptep_get",
		"%<set_pte_at()%> or %<set_ptes()%>", "ptep_*()" },
	[PTE_LEVEL_PMD] = { "pmd_t", "pmd", "pmdp_get",
		"%<set_pmd_at()%> or %<set_pmd()%>", "pmdp_*()" },
	[PTE_LEVEL_PUD] = { "pud_t", "pud", "pudp_get",
		"%<set_pud_at()%> or %<set_pud()%>", "pudp_*()" },
	[PTE_LEVEL_P4D] = { "p4d_t", "p4d", "p4dp_get",
		"%<set_p4d()%>", "p4d_*()" },
	[PTE_LEVEL_PGD] = { "pgd_t", "pgd", "pgdp_get",
		"%<set_pgd()%>", "pgd_*()" },
	[PTE_LEVEL_OTHER] = { NULL, NULL, NULL, NULL, NULL },
};

/* Cache of path verdicts: engines ask once per access, paths repeat. */
#define PATH_CACHE_SIZE 4096
static struct path_verdict {
	char *path;
	bool allowed;
} path_cache[PATH_CACHE_SIZE];

static void path_cache_clear(void)
{
	for (int i = 0; i < PATH_CACHE_SIZE; i++) {
		free(path_cache[i].path);
		path_cache[i].path = NULL;
	}
}

/*
 * Lexically normalise PATH into OUT (absolute, no ".", "..", "//",
 * no trailing slash).  Symlinks are not resolved: the compiler spells
 * paths the way the build wrote them, and so does the user.
 */
static void normalise_path(const char *path, char *out, size_t size)
{
	char buf[PATH_MAX * 2];
	size_t len = 0;

	if (path[0] != '/') {
		if (!getcwd(buf, sizeof(buf) - 1))
			strcpy(buf, "/");
		len = strlen(buf);
		buf[len++] = '/';
	}
	snprintf(buf + len, sizeof(buf) - len, "%s", path);

	/* Walk the components, keeping a stack in OUT. */
	size_t o = 0;
	const char *p = buf;

	out[0] = '\0';
	while (*p) {
		while (*p == '/')
			p++;
		const char *start = p;

		while (*p && *p != '/')
			p++;
		size_t n = p - start;

		if (n == 0 || (n == 1 && start[0] == '.'))
			continue;
		if (n == 2 && start[0] == '.' && start[1] == '.') {
			while (o > 0 && out[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
			out[o] = '\0';
			continue;
		}
		if (o + n + 2 >= size)
			break;
		out[o++] = '/';
		memcpy(out + o, start, n);
		o += n;
		out[o] = '\0';
	}
	if (o == 0)
		snprintf(out, size, "/");
}

static void set_srctree(struct pte_policy *policy, const char *dir)
{
	normalise_path(dir, policy->srctree, sizeof(policy->srctree));
	path_cache_clear();
}

static void set_allowed(struct pte_policy *policy, const char *list)
{
	for (int i = 0; i < policy->nr_allowed; i++)
		free(policy->allowed[i]);
	policy->nr_allowed = 0;

	const char *p = list;

	while (*p && policy->nr_allowed < PTE_POLICY_MAX_PREFIXES) {
		const char *end = strchr(p, ':');
		size_t n = end ? (size_t)(end - p) : strlen(p);

		while (n && p[0] == '.' && p[1] == '/') {	/* "./arch/" */
			p += 2;
			n -= 2;
		}
		if (n) {
			char *prefix = (char *)malloc(n + 2);

			memcpy(prefix, p, n);
			/* A directory prefix matches whole components only. */
			if (prefix[n - 1] != '/')
				prefix[n++] = '/';
			prefix[n] = '\0';
			policy->allowed[policy->nr_allowed++] = prefix;
		}
		if (!end)
			break;
		p = end + 1;
	}
	path_cache_clear();
}

void pte_policy_init(struct pte_policy *policy)
{
	const char *env_srctree = getenv("srctree");

	memset(policy, 0, sizeof(*policy));
	set_srctree(policy, env_srctree && *env_srctree ? env_srctree : ".");
	for (size_t i = 0; i < ARRAY_SIZE(default_allowed); i++)
		policy->allowed[policy->nr_allowed++] = strdup(default_allowed[i]);
	policy->levels = 1u << PTE_LEVEL_PTE | 1u << PTE_LEVEL_OTHER;
	policy->errors = false;
}

static const char *parse_levels(struct pte_policy *policy, const char *value)
{
	static char message[256];
	unsigned int mask = 1u << PTE_LEVEL_OTHER;
	const char *p = value;

	if (!strcmp(value, "all")) {
		policy->levels = (1u << PTE_LEVEL_COUNT) - 1;
		return NULL;
	}
	while (*p) {
		const char *end = strchr(p, ',');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		int level;

		for (level = 0; level < PTE_LEVEL_OTHER; level++)
			if (strlen(levels[level].option) == n &&
			    !strncmp(levels[level].option, p, n))
				break;
		if (level == PTE_LEVEL_OTHER) {
			snprintf(message, sizeof(message),
				 "bad value '%s' for 'levels': expected a comma-separated list of pte, pmd, pud, p4d, pgd, or 'all'",
				 value);
			return message;
		}
		mask |= 1u << level;
		if (!end)
			break;
		p = end + 1;
	}
	policy->levels = mask;
	return NULL;
}

const char *pte_policy_set_option(struct pte_policy *policy,
				  const char *key, const char *value)
{
	static char message[512];

	if (!strcmp(key, "srctree") || !strcmp(key, "allow") ||
	    !strcmp(key, "levels")) {
		if (!value || !*value) {
			snprintf(message, sizeof(message),
				 "option '%s' needs a value ('%s=...')", key, key);
			return message;
		}
		if (!strcmp(key, "srctree"))
			set_srctree(policy, value);
		else if (!strcmp(key, "allow"))
			set_allowed(policy, value);
		else
			return parse_levels(policy, value);
		return NULL;
	}
	if (!strcmp(key, "error") || !strcmp(key, "disable")) {
		if (value) {
			snprintf(message, sizeof(message),
				 "option '%s' takes no value", key);
			return message;
		}
		if (!strcmp(key, "error"))
			policy->errors = true;
		else
			policy->disabled = true;
		return NULL;
	}
	snprintf(message, sizeof(message),
		 "unknown option '%s'; 'help' lists the options", key);
	return message;
}

const char *pte_policy_help(void)
{
	return
	"  srctree=DIR    root of the kernel tree being compiled; allowed paths\n"
	"                 are relative to it (default: $srctree, else the\n"
	"                 current directory)\n"
	"  allow=P1:P2    source-relative path prefixes where entries may be\n"
	"                 touched directly, replacing the default\n"
	"                 'arch/:include/asm-generic/'\n"
	"  levels=LIST    page-table levels to check: comma-separated pte, pmd,\n"
	"                 pud, p4d, pgd, or 'all' (default: pte)\n"
	"  error          report findings as errors instead of warnings\n"
	"  disable        check nothing (a per-file opt-out)\n"
	"  help           print this list\n";
}

static bool path_allowed_uncached(const struct pte_policy *policy,
				  const char *path)
{
	char normal[PATH_MAX * 2];
	size_t root_len = strlen(policy->srctree);
	const char *rel;

	/* Built-in and command-line pseudo-files are nobody's arch code. */
	if (path[0] == '<')
		return false;
	normalise_path(path, normal, sizeof(normal));
	if (root_len == 1)		/* srctree is "/" */
		rel = normal + 1;
	else if (!strncmp(normal, policy->srctree, root_len) &&
		 normal[root_len] == '/')
		rel = normal + root_len + 1;
	else
		return false;

	for (int i = 0; i < policy->nr_allowed; i++)
		if (!strncmp(rel, policy->allowed[i], strlen(policy->allowed[i])))
			return true;
	return false;
}

static unsigned int hash_path(const char *s)
{
	unsigned int h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

bool pte_policy_path_allowed(const struct pte_policy *policy, const char *path)
{
	unsigned int h = hash_path(path) % PATH_CACHE_SIZE;

	for (int probe = 0; probe < 8; probe++) {
		struct path_verdict *v = &path_cache[(h + probe) % PATH_CACHE_SIZE];

		if (!v->path) {
			v->path = strdup(path);
			v->allowed = path_allowed_uncached(policy, path);
			return v->allowed;
		}
		if (!strcmp(v->path, path))
			return v->allowed;
	}
	return path_allowed_uncached(policy, path);
}

bool pte_policy_macro_is_transparent(const char *macro_name)
{
	static const char *const transparent[] = {
		"READ_ONCE", "WRITE_ONCE", "__READ_ONCE", "__WRITE_ONCE",
		"smp_load_acquire", "smp_store_release",
		"__smp_load_acquire", "__smp_store_release",
	};

	for (size_t i = 0; i < ARRAY_SIZE(transparent); i++)
		if (!strcmp(macro_name, transparent[i]))
			return true;
	return false;
}

enum pte_level pte_policy_level_of(const char *type_name)
{
	for (int level = 0; level < PTE_LEVEL_OTHER; level++)
		if (!strcmp(type_name, levels[level].type_name))
			return (enum pte_level)level;
	return PTE_LEVEL_OTHER;
}

bool pte_policy_level_checked(const struct pte_policy *policy,
			      enum pte_level level)
{
	return policy->levels & (1u << level);
}

const char *pte_policy_finding_format(enum pte_access_kind kind)
{
	switch (kind) {
	case PTE_ACCESS_LOAD:
		return "raw load of %s through a pointer";
	case PTE_ACCESS_STORE:
		return "raw store to %s through a pointer";
	case PTE_ACCESS_RMW:
		return "raw read-modify-write of %s through a pointer";
	case PTE_ACCESS_ADDRESS:
		return "raw address of a member of %s taken through a pointer";
	}
	return "raw access to %s through a pointer";
}

const char *pte_policy_kind_name(enum pte_access_kind kind)
{
	switch (kind) {
	case PTE_ACCESS_LOAD:
		return "load";
	case PTE_ACCESS_STORE:
		return "store";
	case PTE_ACCESS_RMW:
		return "read-modify-write";
	case PTE_ACCESS_ADDRESS:
		return "address-of";
	}
	return "access";
}

const char *pte_policy_input_problem(const char *path)
{
	static const char *const cxx_suffixes[] = {
		".cc", ".cp", ".cpp", ".cxx", ".c++", ".C", ".CPP", ".hh", ".hpp", ".hxx", ".H",
		NULL
	};
	static char reason[256];
	const char *dot = strrchr(path, '.');
	unsigned char buf[4096];
	size_t n;
	FILE *f;

	struct stat st;

	if (!stat(path, &st) && S_ISDIR(st.st_mode))
		return "a directory, not a source file";
	if (!dot || strchr(dot, '/'))
		return NULL;
	for (const char *const *suffix = cxx_suffixes; *suffix; suffix++)
		if (!strcmp(dot, *suffix))
			return "C++ source: pte-opaque checks C";
	/* Other names are for the compiler to judge: it may know them. */
	if (strcmp(dot, ".c") && strcmp(dot, ".h") && strcmp(dot, ".i"))
		return NULL;
	f = fopen(path, "rb");
	if (!f) {
		snprintf(reason, sizeof(reason), "cannot read it: %s", strerror(errno));
		return reason;
	}
	n = fread(buf, 1, sizeof(buf), f);
	if (ferror(f)) {
		snprintf(reason, sizeof(reason), "cannot read it: %s", strerror(errno));
		fclose(f);
		return reason;
	}
	fclose(f);
	/* C source has no NUL byte; object files, archives and images do. */
	if (memchr(buf, 0, n))
		return "not C source: it holds binary data";
	return NULL;
}

const char *pte_policy_getter(enum pte_level level)
{
	return levels[level].getter;
}

/*
 * Notes quote with GCC's %< %> markers; the sparse client turns them into
 * plain quotes.  Built once per (kind, level) and kept.
 */
const char *pte_policy_fix_note(enum pte_access_kind kind, enum pte_level level)
{
	static const char other_note[] =
		"use this type's accessors, or mark the function %<__pte_accessor%>";
	static char notes[4][PTE_LEVEL_COUNT][256];
	char *note = notes[kind][level];
	const struct level_info *l = &levels[level];

	if (note[0])
		return note;
	if (level == PTE_LEVEL_OTHER)
		return other_note;
	switch (kind) {
	case PTE_ACCESS_LOAD:
		snprintf(note, 256, "read the entry with %%<%s()%%>", l->getter);
		break;
	case PTE_ACCESS_STORE:
		snprintf(note, 256, "write the entry with %s", l->setters);
		break;
	case PTE_ACCESS_RMW:
		snprintf(note, 256,
			 "update the entry with a %%<%s%%> helper, or read it with %%<%s()%%> and write it back with %s",
			 l->helpers, l->getter, l->setters);
		break;
	case PTE_ACCESS_ADDRESS:
		snprintf(note, 256,
			 "read the entry with %%<%s()%%> and work on the copy",
			 l->getter);
		break;
	}
	return note;
}
