/* SPDX-License-Identifier: GPL-2.0 */
/*
 * gcc-compat.h - every GCC-version difference the pte_opaque plugin meets.
 *
 * The plugin is built against the plugin headers of the GCC that will load
 * it (Debian: gcc-11-plugin-dev, gcc-12-plugin-dev).  Version tests live
 * here and nowhere else.
 */
#ifndef PTE_OPAQUE_GCC_COMPAT_H
#define PTE_OPAQUE_GCC_COMPAT_H

#include "gcc-plugin.h"
#include "plugin-version.h"
#include "tree.h"
#include "c-family/c-common.h"	/* before diagnostic.h: format checking */
#include "c-family/c-pragma.h"	/* parse_in */
#include "stringpool.h"
#include "attribs.h"
#include "diagnostic.h"
#include "gcc-rich-location.h"
#include "tree-iterator.h"
#include "intl.h"
#include "langhooks.h"

#if BUILDING_GCC_VERSION < 11000 || BUILDING_GCC_VERSION >= 15000
# error "pte_opaque is tested with the GCC 11 to 14 plugin headers"
#endif

/* One line of a source file, as the diagnostics machinery reads it. */
static inline char_span pte_compat_source_line(const char *file, int line)
{
#if BUILDING_GCC_VERSION >= 14000
	return global_dc->m_file_cache->get_source_line(file, line);
#else
	return location_get_source_line(file, line);
#endif
}

/*
 * attribute_spec grew and reordered fields over the years: fill it field
 * by field, never positionally.
 */
static inline void
pte_compat_fill_attribute(struct attribute_spec *spec, const char *name,
			  bool decl_required, bool type_required,
			  tree (*handler)(tree *, tree, tree, int, bool *))
{
	memset(spec, 0, sizeof(*spec));
	spec->name = name;
	spec->min_length = 0;
	spec->max_length = 0;
	spec->decl_required = decl_required;
	spec->type_required = type_required;
	spec->function_type_required = false;
	spec->affects_type_identity = false;
	spec->handler = handler;
	spec->exclude = NULL;
}

#endif /* PTE_OPAQUE_GCC_COMPAT_H */
