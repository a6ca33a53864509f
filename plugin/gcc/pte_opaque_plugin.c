// SPDX-License-Identifier: GPL-2.0
/*
 * pte_opaque_plugin.c - report raw accesses to page-table entries.
 *
 * What: every load, store, read-modify-write and member address-taking
 * through a pointer to a type marked __pte_opaque (pte_t), written outside
 * arch code and outside a function marked __pte_accessor, is reported as a
 * warning at the place the user wrote it, with a note naming the accessor
 * to use instead and, for a plain '*ptep' load, a fix-it to ptep_get(ptep).
 *
 * Why: the architecture owns the layout and the semantics of its entries.
 * arm64 folds 16 ptes into one TLB entry (the contiguous bit) and can do so
 * only if core code reads entries with ptep_get() and writes them with
 * set_pte_at()/set_ptes()/ptep_*().  Raw '*ptep' accesses crept back into
 * mm/ after every manual conversion because nothing enforced the rule.
 *
 * How: the plugin registers the attributes behind __pte_opaque and
 * __pte_accessor, predefines PTE_OPAQUE_PLUGIN so that
 * annotations/pte_opaque.h (or the kernel's compiler_types.h) turns them
 * on, and inspects each function's GENERIC body just before
 * gimplification (PLUGIN_PRE_GENERICIZE).  That point sees every function
 * definition, static inline header functions included, also under
 * -fsyntax-only, and still has compound assignments whole.
 *
 * Which code may touch entries, the text of the findings and the options
 * are shared with the sparse client: see ../policy.h.
 *
 * Usage:
 *	gcc -fplugin=build/pte_opaque.so -I annotations -c foo.c
 *	gcc -fplugin=build/pte_opaque.so -fplugin-arg-pte_opaque-help ...
 * Options (-fplugin-arg-pte_opaque-KEY[=VALUE]): srctree=DIR, allow=P:Q,
 * levels=pte,pmd,...|all, error, disable, help.
 */
#include "gcc-compat.h"
#include "policy.h"

int plugin_is_GPL_compatible;

static struct plugin_info pte_opaque_plugin_info = {
	.version = "1",
	.help = "report raw accesses to __pte_opaque page-table entries outside arch code\n",
};

static struct pte_policy policy;

/* No annotated type in this translation unit: nothing to look for. */
static bool annotated_type_seen;

/* Errors we reported ourselves (the 'error' option): not a broken tree. */
static int own_errors;

/* ---- annotations --------------------------------------------------- */

static tree handle_pte_opaque_attribute(tree *node, tree name, tree args,
					int flags, bool *no_add_attrs)
{
	if (!TYPE_P(*node)) {
		warning(OPT_Wattributes, "%qE attribute applies to types only",
			name);
		*no_add_attrs = true;
		return NULL_TREE;
	}
	annotated_type_seen = true;
	return NULL_TREE;
}

static tree handle_pte_accessor_attribute(tree *node, tree name, tree args,
					  int flags, bool *no_add_attrs)
{
	if (TREE_CODE(*node) != FUNCTION_DECL) {
		warning(OPT_Wattributes, "%qE attribute applies to functions only",
			name);
		*no_add_attrs = true;
	}
	return NULL_TREE;
}

static struct attribute_spec pte_opaque_attr, pte_accessor_attr;

/*
 * Another copy of this plugin loaded first (the in-tree one from
 * CONFIG_GCC_PLUGIN_PTE_OPAQUE and one given on the command line): it does
 * the checking, this one stays out of its way.  GCC would stop with an
 * internal error on a second registration of the same attribute.
 */
static bool shadowed;

static void register_attributes(void *event_data, void *data)
{
	if (lookup_attribute_spec(get_identifier(PTE_OPAQUE_TYPE_ATTRIBUTE))) {
		shadowed = true;
		return;
	}
	pte_compat_fill_attribute(&pte_opaque_attr, PTE_OPAQUE_TYPE_ATTRIBUTE,
				  false, true, handle_pte_opaque_attribute);
	pte_compat_fill_attribute(&pte_accessor_attr,
				  PTE_OPAQUE_ACCESSOR_ATTRIBUTE, true, false,
				  handle_pte_accessor_attribute);
	register_attribute(&pte_opaque_attr);
	register_attribute(&pte_accessor_attr);
}

/*
 * Turn the annotations on for this translation unit.  PLUGIN_PRAGMAS comes
 * once the preprocessor is set up, also under -E; input that is already
 * preprocessed (-save-temps, -fpreprocessed) had its macros expanded then.
 */
static void define_plugin_macro(void *event_data, void *data)
{
	if (parse_in && !cpp_get_options(parse_in)->preprocessed)
		cpp_define(parse_in, PTE_OPAQUE_PLUGIN_MACRO);
}

/* The type that carries the annotation, or NULL if TYPE is not opaque. */
static tree annotated_type(tree type)
{
	while (TREE_CODE(type) == ARRAY_TYPE)
		type = TREE_TYPE(type);
	if (lookup_attribute(PTE_OPAQUE_TYPE_ATTRIBUTE,
			     TYPE_ATTRIBUTES(TYPE_MAIN_VARIANT(type))))
		return TYPE_MAIN_VARIANT(type);
	if (lookup_attribute(PTE_OPAQUE_TYPE_ATTRIBUTE, TYPE_ATTRIBUTES(type)))
		return type;
	return NULL_TREE;
}

/*
 * An entry type is named after the first typedef declared for it (pte_t,
 * however it is reached: through struct pte_s * or a typedef of pte_t
 * alike), else by its tag.  The sparse client names it the same way.  A
 * typedef may come before the annotated definition ('typedef struct pte_s
 * pte_t;'), so every struct and union typedef is remembered.
 */
struct first_typedef {
	tree type;
	tree decl;
};

static htab_t first_typedefs;

static hashval_t first_typedef_hash(const void *entry)
{
	return htab_hash_pointer(((const struct first_typedef *)entry)->type);
}

static int first_typedef_eq(const void *a, const void *b)
{
	return ((const struct first_typedef *)a)->type ==
	       ((const struct first_typedef *)b)->type;
}

static void record_typedef(void *event_data, void *data)
{
	tree decl = (tree)event_data;
	struct first_typedef key, **slot;

	if (TREE_CODE(decl) != TYPE_DECL || !DECL_ORIGINAL_TYPE(decl))
		return;
	key.type = DECL_ORIGINAL_TYPE(decl);
	if (RECORD_OR_UNION_TYPE_P(key.type))
		key.type = TYPE_MAIN_VARIANT(key.type);
	else
		key.type = annotated_type(key.type);
	if (!key.type)
		return;
	if (!first_typedefs)
		first_typedefs = htab_create(1024, first_typedef_hash,
					     first_typedef_eq, free);
	slot = (struct first_typedef **)htab_find_slot(first_typedefs, &key,
							INSERT);
	if (*slot)
		return;
	*slot = XNEW(struct first_typedef);
	(*slot)->type = key.type;
	(*slot)->decl = decl;
}

/* The type to print for an entry: 'pte_t', 'struct pte_s'. */
static tree entry_type_for_message(tree annotated)
{
	struct first_typedef key = { annotated, NULL_TREE }, *found;

	if (!first_typedefs)
		return annotated;
	found = (struct first_typedef *)htab_find(first_typedefs, &key);
	return found ? TREE_TYPE(found->decl) : annotated;
}

static const char *entry_type_name(tree printable)
{
	tree name = TYPE_NAME(printable);

	if (name && TREE_CODE(name) == TYPE_DECL)
		name = DECL_NAME(name);
	if (name && TREE_CODE(name) == IDENTIFIER_NODE &&
	    TREE_CODE(printable) != RECORD_TYPE &&
	    TREE_CODE(printable) != UNION_TYPE)
		return IDENTIFIER_POINTER(name);
	if (TYPE_NAME(printable) && TREE_CODE(TYPE_NAME(printable)) == TYPE_DECL)
		return IDENTIFIER_POINTER(DECL_NAME(TYPE_NAME(printable)));
	return "";	/* a tag: never a level name */
}

/* ---- where an access was written ----------------------------------- */

static const char *location_file(location_t loc)
{
	expanded_location x = expand_location(loc);

	return x.file ? x.file : "";
}

/*
 * Step out of macro expansions the way the reader of the code would: a
 * token of a macro body is written where the macro was defined, a token of
 * an argument where the argument was written, and the body of a transparent
 * macro (READ_ONCE and friends) counts as written where the macro was used.
 */
static location_t written_location(location_t loc)
{
	line_maps *maps = line_table;

	loc = get_pure_location(loc);
	while (linemap_location_from_macro_expansion_p(maps, loc)) {
		const line_map_macro *map =
			linemap_check_macro(linemap_lookup(maps, loc));
		const char *macro = linemap_map_get_macro_name(map);

		if (pte_policy_macro_is_transparent(macro))
			loc = MACRO_MAP_EXPANSION_POINT_LOCATION(map);
		else
			loc = linemap_macro_map_loc_unwind_toward_spelling(maps,
									   map,
									   loc);
		loc = get_pure_location(loc);
	}
	return loc;
}

static bool location_allowed(location_t loc)
{
	return pte_policy_path_allowed(&policy, location_file(written_location(loc))) ||
	       pte_policy_path_allowed(&policy,
				       location_file(expansion_point_location(loc)));
}

/* ---- findings ------------------------------------------------------ */

struct finding {
	location_t where;	/* the outermost expansion point */
	location_t access;	/* the access itself, for its source range */
	enum pte_access_kind kind;
	enum pte_level level;
	tree entry_type;
	location_t deref;	/* the dereference, for the fix-it */
	bool plain_load;	/* '*ptep' read as a value: may get a fix-it */
};

struct function_scan {
	struct finding *findings;
	unsigned int nr_findings, max_findings;
	location_t last_loc;	/* fallback for trees without a location */
	tree rmw_lhs;		/* the lhs a compound assignment reuses */
};

static bool handled_ref_p(tree t)
{
	switch (TREE_CODE(t)) {
	case COMPONENT_REF:
	case ARRAY_REF:
	case ARRAY_RANGE_REF:
	case BIT_FIELD_REF:
	case REALPART_EXPR:
	case IMAGPART_EXPR:
	case VIEW_CONVERT_EXPR:
		return true;
	default:
		return false;
	}
}

/*
 * If REF is a memory reference rooted at a dereference of a pointer to an
 * opaque type ('*p', 'p->f', 'p[i].f', '(*pa)[i]'), return that
 * dereference.  Members of entries held by value in other structs
 * ('vmf->orig_pte') are rooted at the other struct: no.
 */
static tree opaque_deref_root(tree ref)
{
	while (handled_ref_p(ref))
		ref = TREE_OPERAND(ref, 0);
	if ((TREE_CODE(ref) == INDIRECT_REF || TREE_CODE(ref) == MEM_REF) &&
	    TREE_TYPE(ref) && annotated_type(TREE_TYPE(ref)))
		return ref;
	return NULL_TREE;
}

/* Does REF reach inside an entry ('p->f'), not just select one ('(*pa)[i]')? */
static bool ref_enters_entry(tree ref)
{
	for (; handled_ref_p(ref); ref = TREE_OPERAND(ref, 0))
		if (TREE_CODE(ref) != ARRAY_REF &&
		    TREE_CODE(ref) != ARRAY_RANGE_REF &&
		    annotated_type(TREE_TYPE(TREE_OPERAND(ref, 0))) &&
		    TREE_CODE(TREE_TYPE(TREE_OPERAND(ref, 0))) != ARRAY_TYPE)
			return true;
	return false;
}

static location_t tree_location(tree t, struct function_scan *scan)
{
	if (t && EXPR_P(t) && EXPR_HAS_LOCATION(t))
		return EXPR_LOCATION(t);
	return scan->last_loc;
}

/*
 * READ_ONCE(p->f) is '*(const volatile T *)&p->f': a load of 'p->f', not
 * an escape of its address.  Return the reference such a qualifier-only
 * cast round trip reads or writes, or REF itself.
 */
static tree strip_requalification(tree ref)
{
	while (TREE_CODE(ref) == INDIRECT_REF) {
		tree pointer = TREE_OPERAND(ref, 0);

		STRIP_NOPS(pointer);
		if (TREE_CODE(pointer) != ADDR_EXPR)
			break;
		tree target = TREE_OPERAND(pointer, 0);

		if (TYPE_MAIN_VARIANT(TREE_TYPE(target)) !=
		    TYPE_MAIN_VARIANT(TREE_TYPE(ref)))
			break;
		ref = target;
	}
	return ref;
}

/*
 * Is LOC inside the expansion of READ_ONCE() or another transparent macro?
 * There the entry is an lvalue the macro needs: 'READ_ONCE(*ptep)' is fixed
 * by replacing the whole call, which a fix-it of the '*' cannot say.
 */
static bool in_transparent_macro(location_t loc)
{
	loc = get_pure_location(loc);
	while (linemap_location_from_macro_expansion_p(line_table, loc)) {
		const line_map_macro *map =
			linemap_check_macro(linemap_lookup(line_table, loc));

		if (pte_policy_macro_is_transparent(linemap_map_get_macro_name(map)))
			return true;
		loc = get_pure_location(MACRO_MAP_EXPANSION_POINT_LOCATION(map));
	}
	return false;
}

/*
 * Record an access of KIND to an entry reached through ROOT; AT is the
 * expression written for it, reported at its location.  Whether the access
 * is allowed is decided where the dereference ROOT was written: in
 * 'pte_val(*ptep)' with arm64's '#define pte_val(x) ((x).pte)' the member
 * is selected in arch code but the entry is read by the caller's '*ptep',
 * as it is with x86's inline pte_val().
 */
static void note_access(struct function_scan *scan, tree at, tree root,
			enum pte_access_kind kind, location_t fallback)
{
	tree annotated = annotated_type(TREE_TYPE(root));
	tree printable = entry_type_for_message(annotated);
	enum pte_level level = pte_policy_level_of(entry_type_name(printable));
	location_t loc = EXPR_P(at) && EXPR_HAS_LOCATION(at) ?
			 EXPR_LOCATION(at) : fallback;
	location_t deref = EXPR_HAS_LOCATION(root) ? EXPR_LOCATION(root) : loc;
	struct finding f;

	if (!pte_policy_level_checked(&policy, level) || location_allowed(deref))
		return;
	f.where = expansion_point_location(loc);
	f.access = loc;
	f.kind = kind;
	f.level = level;
	f.entry_type = printable;
	f.deref = deref;
	f.plain_load = kind == PTE_ACCESS_LOAD && TREE_CODE(root) == INDIRECT_REF &&
		       !in_transparent_macro(deref);
	if (scan->nr_findings == scan->max_findings) {
		scan->max_findings = scan->max_findings * 2 + 16;
		scan->findings = XRESIZEVEC(struct finding, scan->findings,
					    scan->max_findings);
	}
	scan->findings[scan->nr_findings++] = f;
}

static tree scan_tree(tree *tp, int *walk_subtrees, void *data);

static void scan_subtree(tree t, struct function_scan *scan)
{
	if (t)
		walk_tree_without_duplicates(&t, scan_tree, scan);
}

/* Scan what a reference computes besides the access: pointer, indexes. */
static void scan_ref_operands(tree ref, struct function_scan *scan)
{
	for (; handled_ref_p(ref); ref = TREE_OPERAND(ref, 0)) {
		for (int i = 1; i < TREE_OPERAND_LENGTH(ref); i++)
			if (TREE_OPERAND(ref, i) && !TYPE_P(TREE_OPERAND(ref, i)) &&
			    TREE_CODE(TREE_OPERAND(ref, i)) != FIELD_DECL)
				scan_subtree(TREE_OPERAND(ref, i), scan);
	}
	if (TREE_CODE(ref) == INDIRECT_REF || TREE_CODE(ref) == MEM_REF)
		scan_subtree(TREE_OPERAND(ref, 0), scan);
	else
		scan_subtree(ref, scan);
}

/* Does EXPR contain the very tree LHS (how the C front end builds 'a |= b')? */
static tree find_tree(tree *tp, int *walk_subtrees, void *data)
{
	if (*tp == (tree)data)
		return *tp;
	if (TYPE_P(*tp))
		*walk_subtrees = 0;
	return NULL_TREE;
}

/* LHS is written: a store or a read-modify-write if it is an entry. */
static void scan_write(tree lhs, enum pte_access_kind kind, location_t loc,
		       struct function_scan *scan)
{
	tree ref = strip_requalification(lhs);
	tree root = opaque_deref_root(ref);

	if (!root) {
		scan_subtree(lhs, scan);
		return;
	}
	note_access(scan, lhs, root, kind, loc);
	scan_ref_operands(ref, scan);
}

static void scan_store(tree lhs, tree rhs, location_t loc,
		       struct function_scan *scan)
{
	bool rmw = rhs && opaque_deref_root(strip_requalification(lhs)) &&
		   walk_tree_without_duplicates(&rhs, find_tree, lhs);
	tree saved = scan->rmw_lhs;

	scan_write(lhs, rmw ? PTE_ACCESS_RMW : PTE_ACCESS_STORE, loc, scan);
	scan->rmw_lhs = rmw ? lhs : NULL_TREE;
	scan_subtree(rhs, scan);
	scan->rmw_lhs = saved;
}

/* asm outputs write their operand ("=") or update it ("+"). */
static void scan_asm(tree t, struct function_scan *scan)
{
	location_t loc = tree_location(t, scan);

	for (tree out = ASM_OUTPUTS(t); out; out = TREE_CHAIN(out)) {
		const char *constraint =
			TREE_STRING_POINTER(TREE_VALUE(TREE_PURPOSE(out)));

		scan_write(TREE_VALUE(out), strchr(constraint, '+') ?
			   PTE_ACCESS_RMW : PTE_ACCESS_STORE, loc, scan);
	}
	for (tree in = ASM_INPUTS(t); in; in = TREE_CHAIN(in))
		scan_subtree(TREE_VALUE(in), scan);
}

static tree scan_tree(tree *tp, int *walk_subtrees, void *data)
{
	struct function_scan *scan = (struct function_scan *)data;
	tree t = *tp, ref, root;

	if (TYPE_P(t) || DECL_P(t) || CONSTANT_CLASS_P(t)) {
		*walk_subtrees = 0;
		return NULL_TREE;
	}
	if (t == scan->rmw_lhs) {	/* counted as the read-modify-write */
		*walk_subtrees = 0;
		return NULL_TREE;
	}
	if (EXPR_P(t) && EXPR_HAS_LOCATION(t))
		scan->last_loc = EXPR_LOCATION(t);

	switch (TREE_CODE(t)) {
	case MODIFY_EXPR:
	case INIT_EXPR:
		scan_store(TREE_OPERAND(t, 0), TREE_OPERAND(t, 1),
			   tree_location(t, scan), scan);
		*walk_subtrees = 0;
		return NULL_TREE;

	case PREINCREMENT_EXPR:
	case PREDECREMENT_EXPR:
	case POSTINCREMENT_EXPR:
	case POSTDECREMENT_EXPR:
		scan_write(TREE_OPERAND(t, 0), PTE_ACCESS_RMW,
			   tree_location(t, scan), scan);
		*walk_subtrees = 0;
		return NULL_TREE;

	case ASM_EXPR:
		scan_asm(t, scan);
		*walk_subtrees = 0;
		return NULL_TREE;

	case ADDR_EXPR:
		root = opaque_deref_root(TREE_OPERAND(t, 0));
		if (!root)
			return NULL_TREE;
		/* '&p[i]' and '&(*pa)[i]' are pointer arithmetic; '&p->f' escapes. */
		if (ref_enters_entry(TREE_OPERAND(t, 0)))
			note_access(scan, TREE_OPERAND(t, 0), root,
				    PTE_ACCESS_ADDRESS, tree_location(t, scan));
		scan_ref_operands(TREE_OPERAND(t, 0), scan);
		*walk_subtrees = 0;
		return NULL_TREE;

	default:
		if (!handled_ref_p(t) && TREE_CODE(t) != INDIRECT_REF &&
		    TREE_CODE(t) != MEM_REF)
			return NULL_TREE;
		ref = strip_requalification(t);
		root = opaque_deref_root(ref);
		/* An array of entries is not read as a whole: its elements are. */
		if (!root || TREE_CODE(TREE_TYPE(ref)) == ARRAY_TYPE)
			return NULL_TREE;
		note_access(scan, t, root, PTE_ACCESS_LOAD, scan->last_loc);
		scan_ref_operands(ref, scan);
		*walk_subtrees = 0;
		return NULL_TREE;
	}
}

/* ---- reporting ----------------------------------------------------- */

/* Offer 'ptep_get(ptep)' for '*ptep' when the source says exactly that. */
static bool ident_char(char c)
{
	return ISALNUM(c) || c == '_';
}

static size_t skip_spaces(char_span line, size_t i)
{
	while (i < line.length() && (line[i] == ' ' || line[i] == '\t'))
		i++;
	return i;
}

/* The index after the group LINE[I] opens ('(' or '['), or 0. */
static size_t skip_group(char_span line, size_t i)
{
	char open = line[i], close = open == '(' ? ')' : ']';
	int depth = 0;

	for (; i < line.length(); i++) {
		if (line[i] == open)
			depth++;
		else if (line[i] == close && --depth == 0)
			return i + 1;
	}
	return 0;
}

/*
 * The end (exclusive) of the operand of the '*' at LINE[STAR]: a primary
 * expression (name or parenthesised) with its postfix operators, as in
 * '*vmf->pmd', '**pp', '*(p + 1)', '*pvmw.pte'.  0 when it is anything
 * else, or when a postfix '++' or '--' follows ('*p++' is '*(p++)').
 */
static size_t operand_end(char_span line, size_t star)
{
	size_t i = skip_spaces(line, star + 1), n = line.length(), j;

	while (i < n && line[i] == '*')
		i = skip_spaces(line, i + 1);
	if (i < n && line[i] == '(') {
		i = skip_group(line, i);
	} else if (i < n && ident_char(line[i]) && !ISDIGIT(line[i])) {
		while (i < n && ident_char(line[i]))
			i++;
	} else {
		return 0;
	}
	while (i) {
		j = skip_spaces(line, i);
		if (j < n && line[j] == '[') {
			i = skip_group(line, j);
			continue;
		}
		if (j + 1 < n && line[j] == '-' && line[j + 1] == '>')
			j += 2;
		else if (j < n && line[j] == '.')
			j++;
		else
			break;
		j = skip_spaces(line, j);
		if (j == n || !ident_char(line[j]))
			return 0;
		while (j < n && ident_char(line[j]))
			j++;
		i = j;
	}
	j = skip_spaces(line, i);
	if (i && j + 1 < n && line[j] == line[j + 1] && (line[j] == '+' || line[j] == '-'))
		return 0;
	return i;
}

/* Is LINE[CLOSE] the ')' that closes LINE[OPEN]? */
static bool parens_enclose(char_span line, size_t open, size_t close)
{
	int depth = 0;

	for (size_t i = open; i <= close; i++) {
		if (line[i] == '(')
			depth++;
		else if (line[i] == ')' && --depth == 0)
			return i == close;
	}
	return false;
}

static location_t deref_spelling(const struct finding *f)
{
	return linemap_resolve_location(line_table, get_pure_location(f->deref),
					LRK_SPELLING_LOCATION, NULL);
}

/*
 * A macro that uses its argument twice, as arm64's 'pte_present(pte)'
 * does, makes two loads of one '*p' as written: that text gets one
 * fix-it.  Two fix-its on the same text crash GCC when it prints them.
 */
static bool deref_fixed_earlier(const struct finding *group, unsigned int i)
{
	for (unsigned int j = 0; j < i; j++)
		if (deref_spelling(&group[j]) == deref_spelling(&group[i]))
			return true;
	return false;
}

static void add_getter_fixit(rich_location *richloc, const struct finding *f)
{
	const char *getter = pte_policy_getter(f->level);
	source_range range = get_range_from_loc(line_table, f->deref);
	/*
	 * In 'pmd_page(*pmd)', with pmd_page() a macro, '*pmd' is spelled in
	 * the argument, on the line of the expansion point: fixable there.
	 * Spelled in a macro body instead, it is not the user's to rewrite.
	 */
	location_t star = deref_spelling(f);
	location_t finish = linemap_resolve_location(line_table, range.m_finish,
						     LRK_SPELLING_LOCATION, NULL);
	expanded_location s = expand_location(star);
	expanded_location e = expand_location(finish);
	expanded_location w = expand_location(f->where);
	char replacement[64];

	if (!getter || !s.file)
		return;
	if (star != get_pure_location(f->deref) &&
	    (!w.file || strcmp(w.file, s.file) || w.line != s.line || s.column <= w.column))
		return;
	char_span line = pte_compat_source_line(s.file, s.line);

	if (!line || s.column < 1 || (size_t)s.column > line.length() ||
	    line[s.column - 1] != '*')
		return;
	if (!e.file || strcmp(s.file, e.file) || s.line != e.line || finish == star) {
		/*
		 * The range ends in a macro body, as '(x)' of arm64's
		 * '#define pte_val(x) ((x).pte)' widens it: find the end of
		 * the operand in the argument as written.
		 */
		size_t end = operand_end(line, s.column - 1);

		if (!end)
			return;
		finish = linemap_position_for_loc_and_offset(line_table, star,
							     end - s.column);
		e = expand_location(finish);
	}
	snprintf(replacement, sizeof(replacement), "%s(", getter);
	/* '*(p + 1)' becomes 'ptep_get(p + 1)', not 'ptep_get((p + 1))'. */
	size_t open = s.column, close = e.column - 1;

	while (open < close && (line[open] == ' ' || line[open] == '\t'))
		open++;
	if (open < close && close < line.length() && line[open] == '(' &&
	    line[close] == ')' && parens_enclose(line, open, close)) {
		location_t paren = linemap_position_for_loc_and_offset(line_table, star,
								       open - (s.column - 1));

		richloc->add_fixit_replace(source_range::from_locations(star, paren),
					   replacement);
		return;
	}
	richloc->add_fixit_replace(star, replacement);
	richloc->add_fixit_insert_after(finish, ")");
}

static int compare_findings(const void *a, const void *b)
{
	const struct finding *x = (const struct finding *)a;
	const struct finding *y = (const struct finding *)b;

	if (x->where != y->where)
		return x->where < y->where ? -1 : 1;
	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	/* Within a group, in source order: fix-its are added in order. */
	if (x->deref != y->deref)
		return x->deref < y->deref ? -1 : 1;
	return 0;
}

/*
 * The fix-its of a group of findings reported as one (the accesses of one
 * macro use, such as the two loads of 'BUG_ON(pte_present(*p) &&
 * !pte_huge(*p))'): one for each, or none.  A fix-it that rewrote some of
 * them would leave a raw access behind a diagnostic that looks fixed.
 */
static void add_group_fixits(rich_location *richloc, const struct finding *group,
			     unsigned int n)
{
	for (unsigned int i = 0; i < n; i++) {
		gcc_rich_location probe(group[i].where);

		if (!group[i].plain_load)
			return;
		if (deref_fixed_earlier(group, i))
			continue;
		add_getter_fixit(&probe, &group[i]);
		if (!probe.get_num_fixit_hints())
			return;
	}
	for (unsigned int i = 0; i < n; i++)
		if (!deref_fixed_earlier(group, i))
			add_getter_fixit(richloc, &group[i]);
}

/* One diagnostic for GROUP: N findings of one kind at one place. */
static void report(const struct finding *group, unsigned int n)
{
	const struct finding *f = &group[0];
	/* The policy's "%s" is where GCC prints the type: %qT. */
	const char *format = pte_policy_finding_format(f->kind);
	const char *hole = strstr(format, "%s");
	char gcc_format[256];
	bool shown;

	snprintf(gcc_format, sizeof(gcc_format), "%.*s%%qT%s",
		 (int)(hole - format), format, hole + 2);

	gcc_rich_location richloc(f->where);

	add_group_fixits(&richloc, group, n);
	if (policy.errors) {
		error_at(&richloc, gcc_format, f->entry_type);
		own_errors++;
		shown = true;
	} else {
		shown = warning_at(&richloc, 0, gcc_format, f->entry_type);
	}
	if (shown)
		inform(f->where, pte_policy_fix_note(f->kind, f->level));
}

static void check_function(void *event_data, void *data)
{
	tree fndecl = (tree)event_data;
	struct function_scan scan;

	if (!fndecl || TREE_CODE(fndecl) != FUNCTION_DECL ||
	    !DECL_SAVED_TREE(fndecl))
		return;
	/* After the front end's own errors the tree may hold error_mark_node. */
	if (errorcount + sorrycount > own_errors)
		return;
	if (lookup_attribute(PTE_OPAQUE_ACCESSOR_ATTRIBUTE,
			     DECL_ATTRIBUTES(fndecl)))
		return;
	if (!annotated_type_seen || shadowed)
		return;

	memset(&scan, 0, sizeof(scan));
	scan.last_loc = DECL_SOURCE_LOCATION(fndecl);
	scan_subtree(DECL_SAVED_TREE(fndecl), &scan);

	/* Initialisers are walked before the body: report in source order. */
	qsort(scan.findings, scan.nr_findings, sizeof(*scan.findings),
	      compare_findings);
	/* One macro use, one finding of each kind, with all its fix-its. */
	for (unsigned int i = 0, n; i < scan.nr_findings; i += n) {
		const struct finding *f = &scan.findings[i];

		for (n = 1; i + n < scan.nr_findings; n++)
			if (f[n].where != f->where || f[n].kind != f->kind)
				break;
		report(f, n);
	}
	free(scan.findings);
}

/* ---- plugin set-up ------------------------------------------------- */

int plugin_init(struct plugin_name_args *info,
		struct plugin_gcc_version *version)
{
	const char *name = info->base_name;
	bool help = false;

	if (!plugin_default_version_check(version, &gcc_version)) {
		error(G_("%qs plugin was built for GCC %s, not GCC %s"),
		      name, gcc_version.basever, version->basever);
		inform(UNKNOWN_LOCATION,
		       "rebuild it with this compiler's plugin headers");
		return 1;
	}

	/*
	 * The rule is about C ("GNU C17" and the like); C++ trees differ,
	 * and checking them with C's walker would pass what it cannot see.
	 * An error, no callbacks: GCC goes on and exits non-zero.
	 */
	if (strncmp(lang_hooks.name, "GNU C", 5) || lang_hooks.name[5] == '+') {
		error(G_("%qs plugin checks C, not %s"), name, lang_hooks.name);
		return 0;
	}

	pte_policy_init(&policy);
	for (int i = 0; i < info->argc; i++) {
		const char *key = info->argv[i].key;
		const char *value = info->argv[i].value;
		const char *problem;

		if (!strcmp(key, "help")) {
			help = true;
			continue;
		}
		problem = pte_policy_set_option(&policy, key, value);
		if (problem) {
			error(G_("%qs plugin: %s"), name, problem);
			return 1;
		}
	}
	if (help)
		fprintf(stderr, "%s plugin options (-fplugin-arg-%s-KEY[=VALUE]):\n%s",
			name, name, pte_policy_help());

	register_callback(name, PLUGIN_INFO, NULL, &pte_opaque_plugin_info);
	/* Disabled, the annotations still parse: they just mean nothing. */
	register_callback(name, PLUGIN_ATTRIBUTES, register_attributes, NULL);
	if (policy.disabled)
		return 0;
	register_callback(name, PLUGIN_PRAGMAS, define_plugin_macro, NULL);
	register_callback(name, PLUGIN_FINISH_DECL, record_typedef, NULL);
	register_callback(name, PLUGIN_PRE_GENERICIZE, check_function, NULL);
	return 0;
}
