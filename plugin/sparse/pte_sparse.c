// SPDX-License-Identifier: GPL-2.0
/*
 * pte_sparse.c - pte-sparse: sparse, plus a report of raw accesses to
 * page-table entries.
 *
 * What: every load, store, read-modify-write and member address-taking
 * through a pointer to a type marked __pte_opaque (pte_t), written outside
 * arch code and outside a function marked __pte_accessor, is reported as
 * "file:line:col: warning: raw load of 'pte_t' through a pointer" with a
 * note naming the accessor to use.  The rules, the allowed paths, the levels
 * and the words are the GCC plugin's (plugin/gcc/), shared through
 * ../policy.h; this is the same check for trees that build with sparse.
 *
 * Why: the architecture owns the layout and the semantics of its entries
 * (arm64 contpte ORs access/dirty bits over 16 entries): core code must read
 * them with ptep_get() and write them with set_pte_at()/set_ptes()/ptep_*().
 *
 * How: pte-sparse is sparse's own sparse.c (compiled from the fetched
 * source, main renamed) linked with this file, which takes over each file's
 * sparse(): parse, keep a copy of each function's syntax tree (evaluation
 * rewrites 'p->f' into '*(p + off)' and cancels '&*'), let sparse evaluate,
 * then walk the copy with the evaluated types.  Static inline functions,
 * which sparse only evaluates inlined at call sites, are evaluated once
 * from a private copy with sparse's diagnostics silenced.  A body is
 * copied (and an inline evaluated) only when a scan of its unevaluated
 * tree finds something an access through an annotated pointer could come
 * from, outside allowed files: most bodies, the header inlines above all,
 * cost one quick walk (see "which bodies can hold a finding?").  sparse keeps no
 * spelling locations: for an access inside a macro expansion the original
 * source is re-tokenized at the expansion point and the macro definitions
 * are searched for the operator of the access, to tell an argument written
 * at the use from a macro body written in arch code.  Everything sparse
 * prints and its exit status are unchanged; findings go out through their
 * own path, unaffected by -fmax-warnings and by sparse's silence after an
 * error.
 *
 * Usage (a drop-in for sparse):
 *	build/pte-sparse [sparse options] [--pte-KEY[=VALUE]...] file.c
 *	make C=1 CHECK=/path/to/pte-sparse
 *	build/pte-sparse --pte-help
 * Options: --pte-srctree=DIR, --pte-allow=P:Q, --pte-levels=pte,pmd,...|all,
 * --pte-error (findings become errors and the exit status is 1), and for
 * pte-sparse alone --pte-deps=FILE (the files read, as gcc's -MD writes
 * them: lint-kernel then has Kbuild check a file again when a header it
 * reads changes, without a second preprocessor run).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib.h"
#include "allocate.h"
#include "token.h"
#include "parse.h"
#include "symbol.h"
#include "scope.h"
#include "expression.h"
#include "evaluate.h"

#include "policy.h"

/* sparse.c's main, compiled with -Dmain=sparse_main -Dsparse=pte_sparse_file. */
int sparse_main(int argc, char **argv);
struct symbol_list *pte_sparse_file(char *filename);

static struct pte_policy policy;
static int nr_findings;
/* --pte-deps=FILE, and the first file checked (the target's source). */
static const char *deps_file;
static const char *first_source;

/* ---- small sets of pointers ------------------------------------------ */

/*
 * A set of pointers that remembers the order of insertion (items[0..nr)):
 * named_types and type_names are parallel arrays.  Membership goes through
 * an open-addressing hash table of indices into items, so that the 'seen'
 * set over thousands of functions stays linear.
 */
struct ptrset {
	const void **items;
	int nr, alloc;
	int *table;			/* index + 1 into items, 0: empty */
	unsigned int mask;		/* table size - 1, or 0 without a table */
};

static unsigned int ptr_hash(const void *p)
{
	unsigned long long x = (unsigned long long)(unsigned long)p;

	x ^= x >> 29;
	x *= 0x9e3779b97f4a7c15ull;
	return (unsigned int)(x >> 32);
}

static void ptrset_rehash(struct ptrset *s, unsigned int size)
{
	free(s->table);
	s->table = calloc(size, sizeof(*s->table));
	s->mask = size - 1;
	for (int i = 0; i < s->nr; i++) {
		unsigned int h = ptr_hash(s->items[i]) & s->mask;

		while (s->table[h])
			h = (h + 1) & s->mask;
		s->table[h] = i + 1;
	}
}

static int ptrset_has(const struct ptrset *s, const void *p)
{
	if (!s->table) {
		for (int i = 0; i < s->nr; i++)
			if (s->items[i] == p)
				return 1;
		return 0;
	}
	for (unsigned int h = ptr_hash(p) & s->mask; s->table[h]; h = (h + 1) & s->mask)
		if (s->items[s->table[h] - 1] == p)
			return 1;
	return 0;
}

static void ptrset_add(struct ptrset *s, const void *p)
{
	if (ptrset_has(s, p))
		return;
	if (s->nr == s->alloc) {
		s->alloc = s->alloc ? 2 * s->alloc : 32;
		s->items = realloc(s->items, s->alloc * sizeof(*s->items));
	}
	s->items[s->nr++] = p;
	if (s->table) {
		if (2 * (unsigned int)s->nr > s->mask) {
			ptrset_rehash(s, 2 * (s->mask + 1));
		} else {
			unsigned int h = ptr_hash(p) & s->mask;

			while (s->table[h])
				h = (h + 1) & s->mask;
			s->table[h] = s->nr;
		}
	} else if (s->nr > 8) {
		ptrset_rehash(s, 64);
	}
}

static void ptrset_clear(struct ptrset *s)
{
	s->nr = 0;
	free(s->table);
	s->table = NULL;
	s->mask = 0;
}

static void ptrset_free(struct ptrset *s)
{
	ptrset_clear(s);
	free(s->items);
	s->items = NULL;
	s->alloc = 0;
}

/* ---- annotations -------------------------------------------------------- */

static struct ptrset opaque_types;	/* struct/union symbols */
static struct ptrset accessor_names;	/* idents of __pte_accessor functions */

/* Attribute written before the tag: 'struct __pte_opaque foo {...}'. */
static struct position pending_opaque[256];
static int nr_pending_opaque;

static int same_pos(struct position a, struct position b)
{
	return a.stream == b.stream && a.line == b.line && a.pos == b.pos;
}

/* Skip the rest of the '__attribute__((...))' the handler is inside. */
static struct token *skip_attribute_rest(struct token *token)
{
	int depth = 2;

	while (!eof_token(token) && depth > 0) {
		if (match_op(token, '('))
			depth++;
		else if (match_op(token, ')'))
			depth--;
		token = token->next;
	}
	return token;
}

static int is_attribute_keyword(struct token *token)
{
	if (token_type(token) != TOKEN_IDENT)
		return 0;
	return !strcmp(show_ident(token->ident), "__attribute__") ||
	       !strcmp(show_ident(token->ident), "__attribute");
}

static struct token *skip_attributes_fwd(struct token *token)
{
	while (is_attribute_keyword(token) && match_op(token->next, '(')) {
		int depth = 0;

		token = token->next;
		do {
			if (match_op(token, '('))
				depth++;
			else if (match_op(token, ')'))
				depth--;
			token = token->next;
		} while (!eof_token(token) && depth > 0);
	}
	return token;
}

static struct token *attribute_pte_opaque(struct token *token,
					  struct symbol *attr,
					  struct decl_state *ctx)
{
	struct symbol *type = ctx->ctype.base_type;

	if (type && (type->type == SYM_STRUCT || type->type == SYM_UNION)) {
		/*
		 * After the closing brace the struct is being defined and
		 * has no end position yet.  A typedef of an already complete
		 * struct does not annotate it: GCC ignores that too.
		 */
		if (type->endpos.line == 0)
			ptrset_add(&opaque_types, type);
	} else if (!type) {
		/* 'struct __pte_opaque tag {': find the tag or the brace. */
		struct token *next = skip_attributes_fwd(skip_attribute_rest(token));

		if ((token_type(next) == TOKEN_IDENT || match_op(next, '{')) &&
		    nr_pending_opaque < (int)(sizeof(pending_opaque) / sizeof(pending_opaque[0])))
			pending_opaque[nr_pending_opaque++] = next->pos;
	}
	if (match_op(token, '(')) {	/* no arguments expected: skip any */
		struct expression *expr = NULL;

		token = parens_expression(token, &expr, "in attribute");
	}
	return token;
}

static int is_type_word(struct ident *ident)
{
	struct symbol *sym = lookup_symbol(ident, NS_TYPEDEF | NS_KEYWORD);

	return sym != NULL;
}

static struct token *attribute_pte_accessor(struct token *token,
					    struct symbol *attr,
					    struct decl_state *ctx)
{
	if (ctx->ident && *ctx->ident) {
		/* After the declarator: 'void f(pte_t *p) __pte_accessor;' */
		ptrset_add(&accessor_names, *ctx->ident);
	} else {
		/* Among the specifiers: the name is the declarator ahead. */
		struct token *t = skip_attribute_rest(token);

		for (; !eof_token(t); t = t->next) {
			t = skip_attributes_fwd(t);
			if (match_op(t, ';') || match_op(t, '{') || match_op(t, '='))
				break;
			if (token_type(t) == TOKEN_IDENT && match_op(t->next, '(') &&
			    !is_type_word(t->ident)) {
				ptrset_add(&accessor_names, t->ident);
				break;
			}
		}
	}
	if (match_op(token, '(')) {
		struct expression *expr = NULL;

		token = parens_expression(token, &expr, "in attribute");
	}
	return token;
}

static struct symbol_op pte_opaque_op = { .attribute = attribute_pte_opaque };
static struct symbol_op pte_accessor_op = { .attribute = attribute_pte_accessor };

static void register_attribute(const char *name, struct symbol_op *op)
{
	char wrapped[64];
	const char *names[2] = { name, wrapped };

	snprintf(wrapped, sizeof(wrapped), "__%s__", name);
	for (int i = 0; i < 2; i++) {
		struct symbol *sym = create_symbol(0, names[i], SYM_KEYWORD, NS_KEYWORD);

		sym->ident->keyword = 1;
		sym->op = op;
	}
}

static struct symbol *strip_node(struct symbol *t)
{
	while (t && (t->type == SYM_NODE || t->type == SYM_TYPEOF)) {
		if (t->type == SYM_TYPEOF)
			t = examine_symbol_type(t);
		if (t && t->type == SYM_NODE)
			t = t->ctype.base_type;
	}
	return t;
}

/* Is the struct/union TYPE annotated? */
static int opaque_struct(struct symbol *type)
{
	if (ptrset_has(&opaque_types, type))
		return 1;
	for (int i = 0; i < nr_pending_opaque; i++)
		if (same_pos(pending_opaque[i], type->pos)) {
			ptrset_add(&opaque_types, type);
			return 1;
		}
	return 0;
}

/* The annotated struct/union TYPE is (or is an array of), else NULL. */
static struct symbol *annotated(struct symbol *type)
{
	type = strip_node(type);
	while (type && type->type == SYM_ARRAY)
		type = strip_node(type->ctype.base_type);
	if (!type || (type->type != SYM_STRUCT && type->type != SYM_UNION))
		return NULL;
	return opaque_struct(type) ? type : NULL;
}

/* First typedef declared for each annotated type: its name in messages. */
static struct ptrset named_types;
static struct ident **type_names;

static void record_typedefs(struct scope *scope)
{
	struct symbol *sym;

	if (!scope)
		return;
	FOR_EACH_PTR(scope->symbols, sym) {
		struct symbol *type;

		if (sym->namespace != NS_TYPEDEF || !sym->ident)
			continue;
		type = annotated(sym->ctype.base_type);
		if (!type || ptrset_has(&named_types, type) ||
		    strip_node(sym->ctype.base_type) != type)
			continue;
		ptrset_add(&named_types, type);
		type_names = realloc(type_names, named_types.alloc * sizeof(*type_names));
		type_names[named_types.nr - 1] = sym->ident;
	} END_FOR_EACH_PTR(sym);
}

static void type_name(struct symbol *type, char *buf, size_t size)
{
	for (int i = 0; i < named_types.nr; i++)
		if (named_types.items[i] == type) {
			snprintf(buf, size, "%s", show_ident(type_names[i]));
			return;
		}
	snprintf(buf, size, "%s %s", type->type == SYM_UNION ? "union" : "struct",
		 type->ident ? show_ident(type->ident) : "<anonymous>");
}

/* ---- a copy of the syntax tree, taken before evaluation ---------------- */

/*
 * Evaluation rewrites expressions in place: a symbol becomes '*&sym', a
 * member access '*(p + off)', arrays decay, '&*x' cancels.  The copy keeps
 * the shape the user wrote; each node keeps its expression for the type
 * evaluation gives it.
 */
enum ctx { CTX_VALUE, CTX_STORE, CTX_RMW, CTX_ADDR };

struct snode {
	int type, op;
	struct position pos;
	struct expression *expr;
	struct symbol *sym;		/* EXPR_SYMBOL */
	struct ident *member;		/* EXPR_DEREF */
	struct snode *kid[3];
	struct snode **list;		/* call arguments, initialisers, statements */
	int nr;
	struct snode *generic_of;	/* EXPR_GENERIC: associations in list */
};

/*
 * The copies live in an arena, released at once when the file is done:
 * a body is millions of small nodes in a large file, malloc and free per
 * node cost as much as the copy.
 */
struct arena_chunk {
	struct arena_chunk *next;
	size_t used, size;
	long long data[];
};
static struct arena_chunk *arena;

static void *arena_alloc(size_t size)
{
	void *p;

	size = (size + sizeof(long long) - 1) & ~(sizeof(long long) - 1);
	if (!arena || arena->used + size > arena->size) {
		size_t chunk = size > (1 << 20) ? size : (1 << 20);
		struct arena_chunk *c = malloc(sizeof(*c) + chunk);

		if (!c) {
			fprintf(stderr, "pte-sparse: out of memory\n");
			exit(1);
		}
		c->next = arena;
		c->used = 0;
		c->size = chunk;
		arena = c;
	}
	p = (char *)arena->data + arena->used;
	arena->used += size;
	return p;
}

static void arena_release(void)
{
	while (arena) {
		struct arena_chunk *next = arena->next;

		free(arena);
		arena = next;
	}
}

static struct snode *snode_alloc(void)
{
	struct snode *s = arena_alloc(sizeof(struct snode));

	memset(s, 0, sizeof(*s));
	return s;
}

static void snode_push(struct snode *parent, struct snode *kid)
{
	if (!kid)
		return;
	/* capacity: the next power of two from 4 up */
	if (parent->nr >= 4 && !(parent->nr & (parent->nr - 1))) {
		struct snode **list = arena_alloc(2 * parent->nr * sizeof(kid));

		memcpy(list, parent->list, parent->nr * sizeof(kid));
		parent->list = list;
	} else if (!parent->list) {
		parent->list = arena_alloc(4 * sizeof(kid));
	}
	parent->list[parent->nr++] = kid;
}

static struct snode *copy_expr(struct expression *expr);
static void copy_stmt(struct snode *into, struct statement *stmt);

static void copy_symbol_inits(struct snode *into, struct symbol_list *list)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		if (sym->initializer)
			snode_push(into, copy_expr(sym->initializer));
	} END_FOR_EACH_PTR(sym);
}

static struct snode *copy_expr(struct expression *expr)
{
	struct snode *s;
	struct expression *e;

	if (!expr)
		return NULL;
	/*
	 * Evaluation spells a use of 'x' as '*&x'.  Copying an inline's body,
	 * sparse evaluates each _Generic it meets, so such a body can hold
	 * the evaluated form: it is the symbol, not a dereference.
	 */
	if (expr->type == EXPR_PREOP && expr->op == '*' && expr->unop &&
	    expr->unop->type == EXPR_SYMBOL && expr->unop->ctype == &lazy_ptr_ctype)
		expr = expr->unop;
	s = snode_alloc();
	s->type = expr->type;
	s->op = expr->op;
	s->pos = expr->pos;
	s->expr = expr;
	switch (expr->type) {
	case EXPR_SYMBOL:
		s->sym = expr->symbol;
		break;
	case EXPR_PREOP:
	case EXPR_POSTOP:
		s->kid[0] = copy_expr(expr->unop);
		break;
	case EXPR_DEREF:
		s->member = expr->member;
		s->kid[0] = copy_expr(expr->deref);
		break;
	case EXPR_BINOP:
	case EXPR_ASSIGNMENT:
	case EXPR_LOGICAL:
	case EXPR_COMMA:
	case EXPR_COMPARE:
		s->kid[0] = copy_expr(expr->left);
		s->kid[1] = copy_expr(expr->right);
		break;
	case EXPR_CAST:
	case EXPR_FORCE_CAST:
	case EXPR_IMPLIED_CAST:
		s->kid[0] = copy_expr(expr->cast_expression);
		break;
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		s->kid[0] = copy_expr(expr->conditional);
		s->kid[1] = copy_expr(expr->cond_true);
		s->kid[2] = copy_expr(expr->cond_false);
		break;
	case EXPR_STATEMENT:
		copy_stmt(s, expr->statement);
		break;
	case EXPR_CALL:
		s->kid[0] = copy_expr(expr->fn);
		FOR_EACH_PTR(expr->args, e) {
			snode_push(s, copy_expr(e));
		} END_FOR_EACH_PTR(e);
		break;
	case EXPR_INITIALIZER:
		FOR_EACH_PTR(expr->expr_list, e) {
			snode_push(s, copy_expr(e));
		} END_FOR_EACH_PTR(e);
		break;
	case EXPR_IDENTIFIER:
		s->kid[0] = copy_expr(expr->ident_expression);
		break;
	case EXPR_INDEX:
		s->kid[0] = copy_expr(expr->idx_expression);
		break;
	case EXPR_POS:
		s->kid[0] = copy_expr(expr->init_expr);
		break;
	case EXPR_GENERIC: {
		struct type_expression *map;

		for (map = expr->map; map; map = map->next)
			snode_push(s, copy_expr(map->expr));
		snode_push(s, copy_expr(expr->def));
		break;
	}
	default:
		/* values, strings, types, sizeof, alignof, offsetof, labels */
		break;
	}
	return s;
}

/* An asm output is written ('=') or updated ('+'): a context wrapper. */
#define SNODE_CONTEXT	(-1)

static void copy_asm_operands(struct snode *into, struct asm_operand_list *list,
			      int outputs)
{
	struct asm_operand *op;

	FOR_EACH_PTR(list, op) {
		struct snode *wrap;

		if (!op || !op->expr)
			continue;
		if (!outputs) {
			snode_push(into, copy_expr(op->expr));
			continue;
		}
		wrap = snode_alloc();
		wrap->type = SNODE_CONTEXT;
		wrap->op = op->is_modify ? CTX_RMW : CTX_STORE;
		wrap->pos = op->expr->pos;
		wrap->kid[0] = copy_expr(op->expr);
		snode_push(into, wrap);
	} END_FOR_EACH_PTR(op);
}

/* Flatten a statement into INTO's list: every expression is a value. */
static void copy_stmt(struct snode *into, struct statement *stmt)
{
	struct statement *s;

	if (!stmt)
		return;
	switch (stmt->type) {
	case STMT_DECLARATION:
		copy_symbol_inits(into, stmt->declaration);
		break;
	case STMT_EXPRESSION:
		snode_push(into, copy_expr(stmt->expression));
		break;
	case STMT_COMPOUND:
		if (stmt->inline_fn)	/* an inlined copy: checked at its definition */
			break;
		copy_stmt(into, stmt->args);
		FOR_EACH_PTR(stmt->stmts, s) {
			copy_stmt(into, s);
		} END_FOR_EACH_PTR(s);
		break;
	case STMT_IF:
		snode_push(into, copy_expr(stmt->if_conditional));
		copy_stmt(into, stmt->if_true);
		copy_stmt(into, stmt->if_false);
		break;
	case STMT_RETURN:
		snode_push(into, copy_expr(stmt->ret_value));
		break;
	case STMT_CASE:
		copy_stmt(into, stmt->case_statement);
		break;
	case STMT_SWITCH:
		snode_push(into, copy_expr(stmt->switch_expression));
		copy_stmt(into, stmt->switch_statement);
		break;
	case STMT_ITERATOR:
		copy_symbol_inits(into, stmt->iterator_syms);
		copy_stmt(into, stmt->iterator_pre_statement);
		snode_push(into, copy_expr(stmt->iterator_pre_condition));
		copy_stmt(into, stmt->iterator_statement);
		copy_stmt(into, stmt->iterator_post_statement);
		snode_push(into, copy_expr(stmt->iterator_post_condition));
		break;
	case STMT_LABEL:
		copy_stmt(into, stmt->label_statement);
		break;
	case STMT_GOTO:
		snode_push(into, copy_expr(stmt->goto_expression));
		break;
	case STMT_ASM:
		copy_asm_operands(into, stmt->asm_outputs, 1);
		copy_asm_operands(into, stmt->asm_inputs, 0);
		break;
	case STMT_CONTEXT:
	case STMT_RANGE:
	case STMT_NONE:
		break;
	}
}

/* ---- types of the copy, after evaluation -------------------------------- */

static struct symbol *find_member(struct symbol *type, struct ident *member)
{
	struct symbol *m;

	type = strip_node(type);
	if (!type || (type->type != SYM_STRUCT && type->type != SYM_UNION))
		return NULL;
	FOR_EACH_PTR(type->symbol_list, m) {
		if (m->ident == member)
			return m;
		if (!m->ident) {
			struct symbol *inner = find_member(m->ctype.base_type, member);

			if (inner)
				return inner;
		}
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/* The C type of S as written (before array decay), or NULL. */
static struct symbol *type_of(struct snode *s)
{
	struct symbol *t;

	if (!s)
		return NULL;
	switch (s->type) {
	case EXPR_SYMBOL:
		if (!s->sym)
			return NULL;
		examine_symbol_type(s->sym);
		return s->sym;
	case EXPR_PREOP:
		if (s->op == '(')
			return type_of(s->kid[0]);
		if (s->op == '*') {
			t = strip_node(type_of(s->kid[0]));
			if (!t)
				return NULL;
			if (t->type == SYM_PTR || t->type == SYM_ARRAY)
				return t->ctype.base_type;
			if (t->type == SYM_FN)
				return t;
			return NULL;
		}
		break;
	case EXPR_DEREF:
		return find_member(type_of(s->kid[0]), s->member);
	default:
		break;
	}
	t = s->expr->ctype;
	if (t == &bad_ctype)
		return NULL;
	return t;
}

static int is_kind(struct symbol *t, enum type type)
{
	t = strip_node(t);
	return t && t->type == type;
}

static int is_pointerish(struct symbol *t)
{
	return is_kind(t, SYM_PTR) || is_kind(t, SYM_ARRAY);
}

/* Leftmost identifier of an expression, as a reader would see it. */
static struct ident *lead_of(struct snode *s)
{
	while (s) {
		switch (s->type) {
		case EXPR_SYMBOL:
			return s->sym ? s->sym->ident : s->expr->symbol_name;
		case EXPR_PREOP:
		case EXPR_POSTOP:
		case EXPR_DEREF:
		case EXPR_CAST:
		case EXPR_FORCE_CAST:
		case EXPR_IMPLIED_CAST:
		case EXPR_BINOP:
		case EXPR_ASSIGNMENT:
		case EXPR_LOGICAL:
		case EXPR_COMMA:
		case EXPR_COMPARE:
		case EXPR_CALL:
		case EXPR_CONDITIONAL:
		case EXPR_SELECT:
			s = s->kid[0];
			break;
		default:
			return NULL;
		}
	}
	return NULL;
}

/* ---- findings ---------------------------------------------------------- */

/* How the dereference was spelled: '*p', 'p[i]', 'p->member'. */
enum op_sig { SIG_STAR, SIG_INDEX, SIG_ARROW };

struct finding {
	struct position pos;
	enum pte_access_kind kind;
	enum pte_level level;
	char type_name[128];
	/* what the access looks like in the source, to find where it was written */
	enum op_sig sig;
	struct ident *member;
	struct ident *lead;
};

static struct finding *findings;
static int nr_pending, alloc_pending;

static void visit(struct snode *s, enum ctx ctx);

/*
 * TOP is the access as written, reported at its position; ROOT the
 * dereference it goes through, whose spelling decides where the access was
 * written (see finding_allowed()); ARROW the 'p->member' ROOT is the '*' of,
 * if it is one.
 */
static void add_finding(struct snode *top, struct symbol *type, enum ctx ctx,
			int entered, struct snode *root, struct snode *arrow)
{
	struct finding f;
	enum pte_access_kind kind;
	struct snode *t = top;

	switch (ctx) {
	case CTX_VALUE:
		kind = PTE_ACCESS_LOAD;
		break;
	case CTX_STORE:
		kind = PTE_ACCESS_STORE;
		break;
	case CTX_RMW:
		kind = PTE_ACCESS_RMW;
		break;
	default:
		if (!entered)
			return;	/* '&p[i]', '&*p': pointer arithmetic */
		kind = PTE_ACCESS_ADDRESS;
		break;
	}
	memset(&f, 0, sizeof(f));
	while (t->type == EXPR_PREOP && t->op == '(' && t->kid[0])
		t = t->kid[0];
	f.pos = t->pos;
	f.kind = kind;
	type_name(type, f.type_name, sizeof(f.type_name));
	f.level = pte_policy_level_of(f.type_name);
	if (arrow) {
		f.member = arrow->member;
		f.sig = SIG_ARROW;
	} else if (root->kid[0] && root->kid[0]->type == EXPR_BINOP &&
		   same_pos(root->kid[0]->pos, root->pos)) {
		f.sig = SIG_INDEX;
	} else {
		f.sig = SIG_STAR;
		f.lead = lead_of(root->kid[0]);
	}
	if (nr_pending == alloc_pending) {
		alloc_pending = alloc_pending ? 2 * alloc_pending : 64;
		findings = realloc(findings, alloc_pending * sizeof(*findings));
	}
	findings[nr_pending++] = f;
}

/*
 * The pointer side of an address computation: 'p' in 'p + i', 'i + p',
 * 'p - i'.  Index operands are collected to be scanned as values.
 */
static struct snode *address_base(struct snode *p, struct snode **idx, int *nr_idx)
{
	for (;;) {
		if (p->type == EXPR_PREOP && p->op == '(' && p->kid[0]) {
			p = p->kid[0];
			continue;
		}
		if (p->type == EXPR_BINOP && (p->op == '+' || p->op == '-') &&
		    p->kid[0] && p->kid[1]) {
			if (is_pointerish(type_of(p->kid[0]))) {
				if (*nr_idx < 16)
					idx[(*nr_idx)++] = p->kid[1];
				p = p->kid[0];
				continue;
			}
			if (p->op == '+' && is_pointerish(type_of(p->kid[1]))) {
				if (*nr_idx < 16)
					idx[(*nr_idx)++] = p->kid[0];
				p = p->kid[1];
				continue;
			}
		}
		return p;
	}
}

/*
 * A reference: a chain of member selections and real-array indexing,
 * rooted at a dereference of a pointer or at an object.  Report it when the
 * root is a dereference of an annotated type.
 */
/*
 * '*(T *)&x' with T the type of x is x itself, qualifiers aside: the
 * READ_ONCE() pattern.  GCC folds it the same way.  Returns x or NULL.
 */
static struct snode *cancelled(struct snode *deref)
{
	struct snode *p = deref->kid[0];
	struct symbol *want = strip_node(type_of(deref));

	while (p && ((p->type == EXPR_PREOP && p->op == '(') ||
		     p->type == EXPR_CAST || p->type == EXPR_FORCE_CAST ||
		     p->type == EXPR_IMPLIED_CAST))
		p = p->kid[0];
	if (!p || p->type != EXPR_PREOP || p->op != '&' || !p->kid[0])
		return NULL;
	if (!want || strip_node(type_of(p->kid[0])) != want)
		return NULL;
	return p->kid[0];
}

static void visit_ref(struct snode *top, enum ctx ctx)
{
	struct snode *cur = top, *root = NULL, *pointer = NULL, *sigtop = top;
	struct snode *arrow = NULL;
	struct snode *idx[16];
	int nr_idx = 0, entered = 0;

	/* An array used as a value decays to its address: nothing is read. */
	if (ctx == CTX_VALUE && is_kind(type_of(top), SYM_ARRAY))
		ctx = CTX_ADDR;
	for (;;) {
		if (cur->type == EXPR_PREOP && cur->op == '(' && cur->kid[0]) {
			if (cur == sigtop)
				sigtop = cur->kid[0];
			cur = cur->kid[0];
			continue;
		}
		if (cur->type == EXPR_PREOP && cur->op == '*' && cur->kid[0]) {
			struct snode *x = cancelled(cur);

			if (x) {
				if (cur == sigtop)
					sigtop = x;
				cur = x;
				continue;
			}
		}
		if (cur->type == EXPR_DEREF && cur->kid[0]) {
			struct symbol *obj = type_of(cur->kid[0]);

			if (annotated(obj) && !is_kind(obj, SYM_ARRAY))
				entered = 1;
			arrow = cur;	/* 'p->m' is a DEREF of the '*' of 'p' */
			cur = cur->kid[0];
			continue;
		}
		if (cur->type == EXPR_PREOP && cur->op == '*' && cur->kid[0]) {
			int before = nr_idx;
			struct snode *base = address_base(cur->kid[0], idx, &nr_idx);

			if (is_kind(type_of(base), SYM_ARRAY)) {
				/* 'a[i]' on a real array: part of the array object */
				cur = base;
				continue;
			}
			nr_idx = before;	/* the whole operand is the pointer */
			root = cur;
			pointer = cur->kid[0];
			if (arrow && arrow->kid[0] != root)
				arrow = NULL;
			break;
		}
		/* an object that is not reached through a pointer */
		visit(cur, CTX_VALUE);
		break;
	}
	if (root) {
		struct symbol *type = annotated(type_of(root));

		if (type)
			add_finding(sigtop, type, ctx, entered, root, arrow);
		visit(pointer, CTX_VALUE);
	}
	for (int i = 0; i < nr_idx; i++)
		visit(idx[i], CTX_VALUE);
}

static void visit_generic(struct snode *s)
{
	struct snode *chosen = NULL;
	int count = 0;

	/* sparse copied the chosen association over the node */
	for (int i = 0; i < s->nr; i++)
		if (same_pos(s->list[i]->pos, s->expr->pos) &&
		    s->list[i]->type == s->type) {
			chosen = s->list[i];
			count++;
		}
	if (count == 1)
		visit(chosen, CTX_VALUE);
}

static void visit(struct snode *s, enum ctx ctx)
{
	if (!s)
		return;
	switch (s->type) {
	case SNODE_CONTEXT:
		visit(s->kid[0], s->op);
		return;
	case EXPR_PREOP:
		switch (s->op) {
		case '(':
			visit(s->kid[0], ctx);
			return;
		case '*':
			visit_ref(s, ctx);
			return;
		case '&':
			visit(s->kid[0], CTX_ADDR);
			return;
		case SPECIAL_INCREMENT:
		case SPECIAL_DECREMENT:
			visit(s->kid[0], CTX_RMW);
			return;
		default:
			visit(s->kid[0], CTX_VALUE);
			return;
		}
	case EXPR_POSTOP:
		visit(s->kid[0], CTX_RMW);
		return;
	case EXPR_DEREF:
		visit_ref(s, ctx);
		return;
	case EXPR_ASSIGNMENT:
		visit(s->kid[0], s->op == '=' ? CTX_STORE : CTX_RMW);
		visit(s->kid[1], CTX_VALUE);
		return;
	case EXPR_GENERIC:
		/* the expression came from one association: find which */
		s->type = s->expr->type;
		visit_generic(s);
		s->type = EXPR_GENERIC;
		return;
	default:
		break;
	}
	for (int i = 0; i < 3; i++)
		visit(s->kid[i], CTX_VALUE);
	for (int i = 0; i < s->nr; i++)
		visit(s->list[i], CTX_VALUE);
}

/* ---- where was the access written? -------------------------------------- */

/*
 * The GCC plugin allows an access when its spelling location or its
 * outermost expansion point is in allowed code, the body of a transparent
 * macro (READ_ONCE) counting as written where the macro was used.  sparse
 * gives every token of an expansion the position of the outermost macro
 * name, so the expansion is redone here from the source file and the
 * macros' definitions: the access is looked for among the tokens written
 * in each place (the arguments at the use, then each macro body).
 */
static int is_end(struct token *t);

struct file_tokens {
	int stream;
	struct token *list;
	struct token **line_first;	/* first token of each line, or NULL */
	int nr_lines;
};
static struct file_tokens token_cache[64];
static int nr_token_cache;

static void index_lines(struct file_tokens *ft)
{
	ft->line_first = NULL;
	ft->nr_lines = 0;
	for (struct token *t = ft->list; !is_end(t); t = t->next) {
		int line = t->pos.line;

		if (line >= ft->nr_lines) {
			int n = line + 1024;

			ft->line_first = realloc(ft->line_first, n * sizeof(*ft->line_first));
			memset(ft->line_first + ft->nr_lines, 0,
			       (n - ft->nr_lines) * sizeof(*ft->line_first));
			ft->nr_lines = n;
		}
		if (!ft->line_first[line])
			ft->line_first[line] = t;
	}
}

/*
 * Where to start looking for a token on LINE in LIST: the first token on
 * that line (none before it is on it), else LIST itself.
 */
static struct token *tokens_from_line(int stream, struct token *list, int line)
{
	for (int i = 0; i < nr_token_cache; i++) {
		struct file_tokens *ft = &token_cache[i];

		if (ft->stream != stream || ft->list != list)
			continue;
		if (!ft->line_first)
			index_lines(ft);
		if (line >= 0 && line < ft->nr_lines && ft->line_first[line])
			return ft->line_first[line];
		break;
	}
	return list;
}

static void drop_token_cache(void)
{
	for (int i = 0; i < nr_token_cache; i++)
		free(token_cache[i].line_first);
	nr_token_cache = 0;
}

static struct token *source_tokens(int stream)
{
	const char *name = stream_name(stream);
	struct token *list = NULL, *end;
	struct stat st;
	char *buf;
	int fd;

	for (int i = 0; i < nr_token_cache; i++)
		if (token_cache[i].stream == stream)
			return token_cache[i].list;
	fd = open(name, O_RDONLY);
	if (fd >= 0 && !fstat(fd, &st) && st.st_size > 0) {
		buf = malloc(st.st_size + 1);
		/* kept: cheap, and never freed while tokens may point in it */
		if (buf && read(fd, buf, st.st_size) == st.st_size)
			list = tokenize_buffer(buf, st.st_size, &end);
	}
	if (fd >= 0)
		close(fd);
	if (nr_token_cache < 64) {
		token_cache[nr_token_cache].stream = stream;
		token_cache[nr_token_cache].list = list;
		token_cache[nr_token_cache].line_first = NULL;
		token_cache[nr_token_cache].nr_lines = 0;
		nr_token_cache++;
	}
	return list;
}

static struct symbol *macro_of(struct token *token)
{
	struct symbol *sym;

	if (token_type(token) != TOKEN_IDENT)
		return NULL;
	sym = lookup_symbol(token->ident, NS_MACRO | NS_UNDEF);
	if (sym && sym->namespace != NS_MACRO)
		sym = NULL;
	return sym;
}

static int is_end(struct token *t)
{
	return !t || eof_token(t) || token_type(t) == TOKEN_STREAMEND;
}

/* A segment of tokens: [first, stop), read in a context. */
struct mcontext {
	struct token *first, *stop;
	const char *file;		/* where these tokens were written */
	struct mcontext *parent;		/* where the arguments were written */
	struct token *args[32][2];	/* argument segments, in PARENT */
	int nr_args;
	int depth;
};

static struct token *skip_group(struct token *t, struct token *stop)
{
	int depth = 0;

	for (; t != stop && !is_end(t); t = t->next) {
		if (match_op(t, '(') || match_op(t, '[') || match_op(t, '{'))
			depth++;
		else if (match_op(t, ')') || match_op(t, ']') || match_op(t, '}'))
			depth--;
		if (depth == 0)
			return t->next;
	}
	return t;
}

/* Collect the arguments of the invocation whose '(' is OPEN. */
static struct token *collect_args(struct token *open, struct token *stop,
				  struct mcontext *ctx)
{
	struct token *t = open->next, *start = t;
	int depth = 0;

	ctx->nr_args = 0;
	for (; t != stop && !is_end(t); t = t->next) {
		if (match_op(t, '(') || match_op(t, '[') || match_op(t, '{')) {
			depth++;
		} else if (match_op(t, ')') || match_op(t, ']') || match_op(t, '}')) {
			if (depth-- == 0)
				break;
		} else if (match_op(t, ',') && depth == 0) {
			if (ctx->nr_args < 32) {
				ctx->args[ctx->nr_args][0] = start;
				ctx->args[ctx->nr_args][1] = t;
				ctx->nr_args++;
			}
			start = t->next;
		}
	}
	if (ctx->nr_args < 32 && (start != t || ctx->nr_args)) {
		ctx->args[ctx->nr_args][0] = start;
		ctx->args[ctx->nr_args][1] = t;
		ctx->nr_args++;
	}
	return (t != stop && !is_end(t)) ? t->next : t;
}

static int is_arg_token(struct token *t)
{
	return token_type(t) == TOKEN_MACRO_ARGUMENT ||
	       token_type(t) == TOKEN_QUOTED_ARGUMENT ||
	       token_type(t) == TOKEN_STR_ARGUMENT;
}

static int lead_matches(struct token *t, struct token *stop,
			struct mcontext *ctx, struct ident *lead, int depth);

/* Does the expression starting at T lead with LEAD? -1: cannot tell. */
static int lead_matches(struct token *t, struct token *stop,
			struct mcontext *ctx, struct ident *lead, int depth)
{
	if (depth > 16)
		return -1;
	while (t != stop && !is_end(t)) {
		if (match_op(t, '(')) {
			struct token *n = t->next;

			if (token_type(n) == TOKEN_IDENT && is_type_word(n->ident)) {
				t = skip_group(t, stop);	/* a cast */
				continue;
			}
			t = n;
			continue;
		}
		if (match_op(t, '&') || match_op(t, '*') || match_op(t, '-') ||
		    match_op(t, '!') || match_op(t, '~') || match_op(t, '+') ||
		    match_op(t, SPECIAL_INCREMENT) || match_op(t, SPECIAL_DECREMENT)) {
			t = t->next;
			continue;
		}
		break;
	}
	if (t == stop || is_end(t))
		return 0;
	if (is_arg_token(t)) {
		if (!ctx->parent || t->argnum >= ctx->nr_args)
			return -1;
		return lead_matches(ctx->args[t->argnum][0], ctx->args[t->argnum][1],
				    ctx->parent, lead, depth + 1);
	}
	if (token_type(t) != TOKEN_IDENT)
		return 0;
	if (!lead)
		return -1;
	if (t->ident == lead)
		return 1;
	if (macro_of(t))
		return -1;	/* expands to something: cannot tell */
	return 0;
}

static int is_operand_end(struct token *t)
{
	if (!t)
		return 0;
	switch (token_type(t)) {
	case TOKEN_IDENT:
		return !lookup_keyword(t->ident, NS_KEYWORD);
	case TOKEN_NUMBER:
	case TOKEN_STRING:
	case TOKEN_WIDE_STRING:
	case TOKEN_MACRO_ARGUMENT:
		return 1;
	case TOKEN_SPECIAL:
		return t->special == ')' || t->special == ']';
	default:
		return token_type(t) >= TOKEN_CHAR && token_type(t) <= TOKEN_WIDE_CHAR_EMBEDDED_3;
	}
}

/* Is the access of F written literally among the tokens of CTX? */
static int written_here(const struct finding *f, struct mcontext *ctx)
{
	struct token *prev = NULL;
	int maybe = 0;

	for (struct token *t = ctx->first; t != ctx->stop && !is_end(t);
	     prev = t, t = t->next) {
		if (token_type(t) != TOKEN_SPECIAL)
			continue;
		switch (f->sig) {
		case SIG_ARROW:
			if (t->special == SPECIAL_DEREFERENCE &&
			    token_type(t->next) == TOKEN_IDENT &&
			    t->next->ident == f->member)
				return 1;
			break;
		case SIG_INDEX:
			if (t->special == '[')
				return 1;
			break;
		case SIG_STAR:
			if (t->special == '*' && !is_operand_end(prev)) {
				int m = lead_matches(t->next, ctx->stop, ctx, f->lead, 0);

				if (m > 0)
					return 1;
				if (m < 0)
					maybe = 1;
			}
			break;
		}
	}
	return maybe ? 2 : 0;
}

/* The file the access was written in, searching CTX and what it expands. */
static const char *written_file(const struct finding *f, struct mcontext *ctx,
				const char **maybe)
{
	int here = written_here(f, ctx);

	if (here == 1)
		return ctx->file;
	if (here == 2 && !*maybe)
		*maybe = ctx->file;
	if (ctx->depth > 16)
		return NULL;
	for (struct token *t = ctx->first; t != ctx->stop && !is_end(t); t = t->next) {
		struct symbol *macro = macro_of(t);
		struct mcontext inner;
		const char *found;

		if (!macro || t->pos.noexpand)
			continue;
		memset(&inner, 0, sizeof(inner));
		inner.parent = ctx;
		inner.depth = ctx->depth + 1;
		inner.first = macro->expansion;
		inner.stop = NULL;
		if (macro->arglist) {
			if (!match_op(t->next, '('))
				continue;	/* a function-like name not called */
			collect_args(t->next, ctx->stop, &inner);
		}
		inner.file = pte_policy_macro_is_transparent(show_ident(macro->ident)) ?
			ctx->file : stream_name(macro->pos.stream);
		found = written_file(f, &inner, maybe);
		if (found)
			return found;
	}
	return NULL;
}

static int finding_allowed(const struct finding *f)
{
	const char *file = stream_name(f->pos.stream);
	struct token *t, *list;
	struct symbol *macro;
	struct mcontext top;
	const char *written, *maybe = NULL;

	if (pte_policy_path_allowed(&policy, file))
		return 1;
	list = source_tokens(f->pos.stream);
	for (t = tokens_from_line(f->pos.stream, list, f->pos.line); !is_end(t); t = t->next)
		if (t->pos.line == f->pos.line && t->pos.pos == f->pos.pos)
			break;
	if (is_end(t) || !(macro = macro_of(t)))
		return 0;	/* written right here */
	memset(&top, 0, sizeof(top));
	top.first = t;
	top.stop = t->next;
	top.file = file;
	if (macro->arglist && match_op(t->next, '(')) {
		struct mcontext dummy;

		top.stop = collect_args(t->next, NULL, &dummy);
	}
	written = written_file(f, &top, &maybe);
	if (!written)
		written = maybe ? maybe : file;
	return pte_policy_path_allowed(&policy, written);
}

/* ---- reporting ---------------------------------------------------------- */

static void print_note(const char *note, char *out, size_t size)
{
	size_t o = 0;

	for (const char *p = note; *p && o + 1 < size; p++) {
		if (p[0] == '%' && (p[1] == '<' || p[1] == '>')) {
			out[o++] = '\'';
			p++;
		} else if (p[0] == '%' && p[1] == '%') {
			out[o++] = '%';
			p++;
		} else {
			out[o++] = *p;
		}
	}
	out[o] = '\0';
}

static int compare_findings(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;

	if (x->pos.stream != y->pos.stream)
		return x->pos.stream < y->pos.stream ? -1 : 1;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.pos != y->pos.pos)
		return x->pos.pos < y->pos.pos ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

static void report_findings(int first)
{
	qsort(findings + first, nr_pending - first, sizeof(*findings), compare_findings);
	for (int i = first; i < nr_pending; i++) {
		const struct finding *f = &findings[i];
		char quoted[160], message[512], note[512];

		if (i > first && same_pos(f->pos, findings[i - 1].pos) &&
		    f->kind == findings[i - 1].kind)
			continue;	/* one macro, one finding of each kind */
		if (!pte_policy_level_checked(&policy, f->level) || finding_allowed(f))
			continue;
		snprintf(quoted, sizeof(quoted), "'%s'", f->type_name);
		snprintf(message, sizeof(message), pte_policy_finding_format(f->kind), quoted);
		print_note(pte_policy_fix_note(f->kind, f->level), note, sizeof(note));
		fflush(stdout);
		fprintf(stderr, "%s:%d:%d: %s%s%s\n", stream_name(f->pos.stream),
			f->pos.line, f->pos.pos, diag_prefix,
			policy.errors ? "error: " : "warning: ", message);
		fprintf(stderr, "%s:%d:%d:    note: %s\n", stream_name(f->pos.stream),
			f->pos.line, f->pos.pos, note);
		nr_findings++;
	}
	nr_pending = first;
}

/* ---- which bodies can hold a finding? ----------------------------------- */

/*
 * Copying a body, and evaluating a static inline privately, is most of what
 * the check costs, and most bodies (header inlines above all) cannot hold a
 * finding.  A finding is a '*' (or '->', '[]') applied to an expression of
 * type pointer to (or array of) an annotated type.  Evaluation derives the
 * type of every expression from a symbol's declared type, a member's type,
 * a type name written in the body (cast, compound literal, typeof,
 * _Generic) and the types of its subexpressions.  So a body none of whose
 * expressions
 *  - names a symbol whose type mentions an annotated type, or mentions a
 *    struct that the file-level declarations do not reach (one defined in a
 *    block: its members are not known here),
 *  - selects (or designates) a member by a name that some member mentioning
 *    an annotated type has, in any struct the declarations reach,
 *  - writes a type name that mentions an annotated type, or __auto_type,
 * has no expression of such a type and no finding: it is neither copied
 * nor evaluated.  "Mentions" follows nodes, pointers, arrays, bitfields,
 * function return types and typeof's expression (by the same rules); it
 * does not enter struct members: member names stand for those.
 *
 * Neither can a body all of whose copied expressions are positioned in
 * allowed files: a finding is positioned at one of them, and
 * finding_allowed() allows any finding positioned in an allowed file.
 */
static struct ptrset known_structs;	/* reached from file-level declarations */
static struct ptrset opaque_members;	/* idents of members mentioning one */
static struct ptrset typeof_yes, typeof_no;	/* typeof nodes, decided */
static signed char *stream_allowed;	/* per stream: -1 unknown, 0 no, 1 yes */
static int nr_stream_allowed;

enum mention_mode { MENTION_MEMBER, MENTION_BODY };

struct scan {
	int suspicious;		/* may have an expression of annotated type */
	int foreign;		/* has an expression positioned outside allowed files */
	int track;		/* note positions (the expressions copy_expr() copies) */
};

static void scan_expr(struct scan *sc, struct expression *expr);
static void scan_stmt(struct scan *sc, struct statement *stmt);

static int typeof_mentions(struct symbol *t)
{
	static int depth;
	struct scan sub = { 0 };

	if (ptrset_has(&typeof_yes, t))
		return 1;
	if (ptrset_has(&typeof_no, t))
		return 0;
	if (depth > 32)
		return 1;
	depth++;
	scan_expr(&sub, t->initializer);
	depth--;
	ptrset_add(sub.suspicious ? &typeof_yes : &typeof_no, t);
	return sub.suspicious;
}

/* Does the type T mention an annotated type (see above)?  Never examines. */
static int mentions(struct symbol *t, enum mention_mode mode)
{
	for (int n = 0; t; n++) {
		if (n > 64 || t == &autotype_ctype)
			return 1;
		switch (t->type) {
		case SYM_NODE:
		case SYM_PTR:
		case SYM_ARRAY:
		case SYM_FN:
		case SYM_BITFIELD:
		case SYM_RESTRICT:
		case SYM_FOULED:
			t = t->ctype.base_type;
			continue;
		case SYM_STRUCT:
		case SYM_UNION:
			if (opaque_struct(t))
				return 1;
			return mode == MENTION_BODY && !ptrset_has(&known_structs, t);
		case SYM_TYPEOF:
			return mode == MENTION_MEMBER || typeof_mentions(t);
		case SYM_BASETYPE:
		case SYM_ENUM:
		case SYM_LABEL:
		case SYM_BAD:
			return 0;
		default:
			return 1;
		}
	}
	return 0;
}

/* Structs and unions reached from the file-level declarations. */
static struct symbol **struct_work;
static int nr_struct_work, alloc_struct_work;

static void know_type(struct symbol *t)
{
	for (int n = 0; t && n < 1000; n++) {
		switch (t->type) {
		case SYM_NODE:
		case SYM_PTR:
		case SYM_ARRAY:
		case SYM_BITFIELD:
		case SYM_RESTRICT:
		case SYM_FOULED:
			t = t->ctype.base_type;
			continue;
		case SYM_FN: {
			struct symbol *arg;

			FOR_EACH_PTR(t->arguments, arg) {
				know_type(arg);
			} END_FOR_EACH_PTR(arg);
			t = t->ctype.base_type;
			continue;
		}
		case SYM_STRUCT:
		case SYM_UNION:
			if (ptrset_has(&known_structs, t))
				return;
			ptrset_add(&known_structs, t);
			if (nr_struct_work == alloc_struct_work) {
				alloc_struct_work = alloc_struct_work ? 2 * alloc_struct_work : 1024;
				struct_work = realloc(struct_work,
						      alloc_struct_work * sizeof(*struct_work));
			}
			struct_work[nr_struct_work++] = t;
			return;
		default:
			return;
		}
	}
}

static void know_scope(struct scope *scope)
{
	struct symbol *sym;

	if (!scope)
		return;
	FOR_EACH_PTR(scope->symbols, sym) {
		know_type(sym);
	} END_FOR_EACH_PTR(sym);
}

static void know_file_types(void)
{
	ptrset_clear(&known_structs);
	ptrset_clear(&opaque_members);
	ptrset_clear(&typeof_yes);
	ptrset_clear(&typeof_no);
	nr_struct_work = 0;
	know_scope(global_scope);
	know_scope(file_scope);
	while (nr_struct_work) {
		struct symbol *type = struct_work[--nr_struct_work], *m;

		FOR_EACH_PTR(type->symbol_list, m) {
			if (m->ident && mentions(m, MENTION_MEMBER))
				ptrset_add(&opaque_members, m->ident);
			know_type(m);
		} END_FOR_EACH_PTR(m);
	}
}

static int is_allowed_stream(int stream)
{
	if (stream >= nr_stream_allowed) {
		int n = stream + 256;

		stream_allowed = realloc(stream_allowed, n);
		memset(stream_allowed + nr_stream_allowed, -1, n - nr_stream_allowed);
		nr_stream_allowed = n;
	}
	if (stream_allowed[stream] < 0)
		stream_allowed[stream] =
			pte_policy_path_allowed(&policy, stream_name(stream)) ? 1 : 0;
	return stream_allowed[stream];
}

static int scan_done(const struct scan *sc)
{
	return sc->suspicious && (sc->foreign || !sc->track);
}

static void scan_type(struct scan *sc, struct symbol *type)
{
	if (!sc->suspicious && mentions(type, MENTION_BODY))
		sc->suspicious = 1;
}

static void scan_member(struct scan *sc, struct ident *member)
{
	if (member && ptrset_has(&opaque_members, member))
		sc->suspicious = 1;
}

/* The same expressions as copy_expr(), and the types they are derived from. */
static void scan_expr(struct scan *sc, struct expression *expr)
{
	struct expression *e;

	if (!expr || scan_done(sc))
		return;
	if (sc->track && !sc->foreign && !is_allowed_stream(expr->pos.stream))
		sc->foreign = 1;
	switch (expr->type) {
	case EXPR_SYMBOL:
		if (expr->symbol)
			scan_type(sc, expr->symbol);
		break;
	case EXPR_PREOP:
	case EXPR_POSTOP:
		scan_expr(sc, expr->unop);
		break;
	case EXPR_DEREF:
		scan_member(sc, expr->member);
		scan_expr(sc, expr->deref);
		break;
	case EXPR_BINOP:
	case EXPR_ASSIGNMENT:
	case EXPR_LOGICAL:
	case EXPR_COMMA:
	case EXPR_COMPARE:
		scan_expr(sc, expr->left);
		scan_expr(sc, expr->right);
		break;
	case EXPR_CAST:
	case EXPR_FORCE_CAST:
	case EXPR_IMPLIED_CAST:
		scan_type(sc, expr->cast_type);
		scan_expr(sc, expr->cast_expression);
		break;
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		scan_expr(sc, expr->conditional);
		scan_expr(sc, expr->cond_true);
		scan_expr(sc, expr->cond_false);
		break;
	case EXPR_STATEMENT:
		scan_stmt(sc, expr->statement);
		break;
	case EXPR_CALL:
		scan_expr(sc, expr->fn);
		FOR_EACH_PTR(expr->args, e) {
			scan_expr(sc, e);
		} END_FOR_EACH_PTR(e);
		break;
	case EXPR_INITIALIZER:
		FOR_EACH_PTR(expr->expr_list, e) {
			scan_expr(sc, e);
		} END_FOR_EACH_PTR(e);
		break;
	case EXPR_IDENTIFIER:
		scan_member(sc, expr->expr_ident);
		scan_expr(sc, expr->ident_expression);
		break;
	case EXPR_INDEX:
		scan_expr(sc, expr->idx_expression);
		break;
	case EXPR_POS:
		scan_expr(sc, expr->init_expr);
		break;
	case EXPR_GENERIC: {
		struct type_expression *map;

		for (map = expr->map; map; map = map->next) {
			scan_type(sc, map->type);
			scan_expr(sc, map->expr);
		}
		scan_expr(sc, expr->def);
		break;
	}
	case EXPR_TYPE:
		scan_type(sc, expr->symbol);
		break;
	case EXPR_VALUE:
	case EXPR_FVALUE:
	case EXPR_STRING:
	case EXPR_LABEL:
	case EXPR_SIZEOF:
	case EXPR_PTRSIZEOF:
	case EXPR_ALIGNOF:
	case EXPR_OFFSETOF:
		/* no pointer values, nothing copied below */
		break;
	default:
		sc->suspicious = 1;
		break;
	}
}

static void scan_symbols(struct scan *sc, struct symbol_list *list)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		scan_type(sc, sym);
		scan_expr(sc, sym->initializer);
	} END_FOR_EACH_PTR(sym);
}

static void scan_asm_operands(struct scan *sc, struct asm_operand_list *list)
{
	struct asm_operand *op;

	FOR_EACH_PTR(list, op) {
		if (op)
			scan_expr(sc, op->expr);
	} END_FOR_EACH_PTR(op);
}

/* The same statements as copy_stmt(). */
static void scan_stmt(struct scan *sc, struct statement *stmt)
{
	struct statement *s;

	if (!stmt || scan_done(sc))
		return;
	switch (stmt->type) {
	case STMT_DECLARATION:
		scan_symbols(sc, stmt->declaration);
		break;
	case STMT_EXPRESSION:
		scan_expr(sc, stmt->expression);
		break;
	case STMT_COMPOUND:
		if (stmt->inline_fn)
			break;
		scan_stmt(sc, stmt->args);
		FOR_EACH_PTR(stmt->stmts, s) {
			scan_stmt(sc, s);
		} END_FOR_EACH_PTR(s);
		break;
	case STMT_IF:
		scan_expr(sc, stmt->if_conditional);
		scan_stmt(sc, stmt->if_true);
		scan_stmt(sc, stmt->if_false);
		break;
	case STMT_RETURN:
		scan_expr(sc, stmt->ret_value);
		break;
	case STMT_CASE:
		scan_stmt(sc, stmt->case_statement);
		break;
	case STMT_SWITCH:
		scan_expr(sc, stmt->switch_expression);
		scan_stmt(sc, stmt->switch_statement);
		break;
	case STMT_ITERATOR:
		scan_symbols(sc, stmt->iterator_syms);
		scan_stmt(sc, stmt->iterator_pre_statement);
		scan_expr(sc, stmt->iterator_pre_condition);
		scan_stmt(sc, stmt->iterator_statement);
		scan_stmt(sc, stmt->iterator_post_statement);
		scan_expr(sc, stmt->iterator_post_condition);
		break;
	case STMT_LABEL:
		scan_stmt(sc, stmt->label_statement);
		break;
	case STMT_GOTO:
		scan_expr(sc, stmt->goto_expression);
		break;
	case STMT_ASM:
		scan_asm_operands(sc, stmt->asm_outputs);
		scan_asm_operands(sc, stmt->asm_inputs);
		break;
	case STMT_CONTEXT:
	case STMT_RANGE:
	case STMT_NONE:
		break;
	default:
		sc->suspicious = sc->foreign = 1;
		break;
	}
}

/* Can the body STMT (unevaluated) hold a finding that is reported? */
static int worth_checking(struct statement *stmt)
{
	struct scan sc = { .track = 1 };

	scan_stmt(&sc, stmt);
	return sc.suspicious && sc.foreign;
}

/* ---- one file ----------------------------------------------------------- */

struct checked_fn {
	struct symbol *sym;
	struct snode *body;
	int private_eval;		/* a static inline: evaluated here */
	struct symbol_list *saved_symbol_list;
};

static int is_accessor(struct symbol *sym)
{
	return sym->ident && ptrset_has(&accessor_names, sym->ident);
}

static void collect_inlines(struct scope *scope, struct checked_fn **fns, int *nr,
			    struct ptrset *seen)
{
	struct symbol *sym;

	if (!scope)
		return;
	FOR_EACH_PTR(scope->symbols, sym) {
		struct symbol *fn = sym->ctype.base_type;

		if (sym->namespace != NS_SYMBOL || !fn || fn->type != SYM_FN ||
		    !fn->inline_stmt || fn->stmt || sym->evaluated ||
		    (sym->definition && sym->definition != sym) ||
		    ptrset_has(seen, sym) || is_accessor(sym))
			continue;
		ptrset_add(seen, sym);
		if (!worth_checking(fn->inline_stmt))
			continue;	/* neither copied nor evaluated */
		*fns = realloc(*fns, (*nr + 1) * sizeof(**fns));
		(*fns)[*nr].sym = sym;
		(*fns)[*nr].private_eval = 1;
		(*fns)[*nr].saved_symbol_list = sym->symbol_list;
		/* the copy sparse itself makes when it evaluates an inline */
		uninline(sym);
		(*fns)[*nr].body = snode_alloc();
		copy_stmt((*fns)[*nr].body, fn->stmt);
		(*nr)++;
	} END_FOR_EACH_PTR(sym);
}

/* Evaluate with sparse's diagnostics and their state left as they were. */
static void evaluate_silently(struct symbol *sym)
{
	static FILE *null;
	struct symbol_list *list = NULL;
	FILE *saved_stderr = stderr;
	int saved_has_error = has_error, saved_die = die_if_error;
	int saved_werror = Wsparse_error;
	unsigned int saved_max = fmax_warnings;

	if (!null)
		null = fopen("/dev/null", "w");
	if (null)
		stderr = null;
	has_error = 0;
	Wsparse_error = 0;
	fmax_warnings = ~0u;
	add_symbol(&list, sym);
	evaluate_symbol_list(list);
	free_ptr_list(&list);
	fmax_warnings = saved_max;
	Wsparse_error = saved_werror;
	die_if_error = saved_die;
	has_error = saved_has_error;
	stderr = saved_stderr;
}

struct symbol_list *pte_sparse_file(char *filename)
{
	struct symbol_list *res;
	struct checked_fn *fns = NULL;
	struct ptrset seen = { 0 };
	struct symbol *sym;
	int nr = 0;

	if (!first_source)
		first_source = filename;
	if (policy.disabled)		/* --pte-disable: plain sparse */
		return sparse(filename);

	/* Tokens live on while the file is checked: macro bodies are needed. */
	ptrset_clear(&accessor_names);
	res = sparse_keep_tokens(filename);
	if (has_error & ERROR_CURR_PHASE)
		has_error = ERROR_PREV_PHASE;

	record_typedefs(file_scope);
	record_typedefs(global_scope);
	know_file_types();

	/* Copy the syntax of every function before evaluation rewrites it. */
	FOR_EACH_PTR(res, sym) {
		struct symbol *fn = sym->ctype.base_type;

		if (!fn || fn->type != SYM_FN || !fn->stmt || is_accessor(sym) ||
		    ptrset_has(&seen, sym))
			continue;
		ptrset_add(&seen, sym);
		if (!worth_checking(fn->stmt))
			continue;
		fns = realloc(fns, (nr + 1) * sizeof(*fns));
		fns[nr].sym = sym;
		fns[nr].private_eval = 0;
		fns[nr].body = snode_alloc();
		copy_stmt(fns[nr].body, fn->stmt);
		nr++;
	} END_FOR_EACH_PTR(sym);
	collect_inlines(file_scope, &fns, &nr, &seen);
	collect_inlines(global_scope, &fns, &nr, &seen);

	/* What sparse() does. */
	evaluate_symbol_list(res);

	for (int i = 0; i < nr; i++) {
		struct checked_fn *c = &fns[i];
		struct symbol *fn = c->sym->ctype.base_type;
		int first = nr_pending;

		if (c->private_eval && !c->sym->evaluated) {
			evaluate_silently(c->sym);
			visit(c->body, CTX_VALUE);
			/* leave the inline as sparse had it: it inlines from inline_stmt */
			fn->stmt = NULL;
			c->sym->evaluated = 0;
			c->sym->symbol_list = c->saved_symbol_list;
		} else {
			visit(c->body, CTX_VALUE);
		}
		report_findings(first);
	}
	free(fns);
	ptrset_free(&seen);
	arena_release();

	drop_token_cache();
	clear_token_alloc();
	return res;
}

/* ---- options and main --------------------------------------------------- */

/* Sparse's options whose value is the next argument (sparse's options.c). */
static bool takes_separate_value(const char *arg)
{
	static const char *const options[] = {
		"-D", "-U", "-I", "-G", "-o", "-x", "-include", "-imacros", "-isystem",
		"-idirafter", "-MF", "-MQ", "-MT", "-gcc-base-dir", "-multiarch-dir", "--param",
		NULL
	};

	for (const char *const *option = options; *option; option++)
		if (!strcmp(arg, *option))
			return true;
	return false;
}

/*
 * Refuse input sparse would half-read and pass: C++, an unreadable file,
 * binary data.  One line and exit status 1, as for a bad option.
 */
static bool inputs_are_checkable(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *problem;

		if (argv[i][0] == '-') {
			if (argv[i][1] && takes_separate_value(argv[i]))
				i++;
			continue;
		}
		problem = pte_policy_input_problem(argv[i]);
		if (problem) {
			fprintf(stderr, "pte-sparse: %s: %s\n", argv[i], problem);
			return false;
		}
	}
	return true;
}

/*
 * Write the files sparse read, as gcc's -MD would: "target: source
 * headers...".  Every stream that is a regular file counts (the pre-buffer
 * and command-line pseudo-streams are not); a header read twice is listed
 * once, as sparse opens it again only when its guard allows.
 */
static int write_deps(const char *path)
{
	size_t stem = strlen(first_source);
	FILE *f = fopen(path, "w");
	struct stat st;

	if (!f) {
		fprintf(stderr, "pte-sparse: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (stem > 2 && !strcmp(first_source + stem - 2, ".c"))
		stem -= 2;
	fprintf(f, "%.*s.o: %s", (int)stem, first_source, first_source);
	for (int i = 0; i < input_stream_nr; i++) {
		const char *name = input_streams[i].name;
		bool listed = false;

		if (!name || !strcmp(name, first_source) || stat(name, &st) || !S_ISREG(st.st_mode))
			continue;
		for (int j = 0; j < i && !listed; j++)
			listed = input_streams[j].name && !strcmp(input_streams[j].name, name);
		if (!listed)
			fprintf(f, " \\\n  %s", name);
	}
	fputc('\n', f);
	if (fclose(f)) {
		fprintf(stderr, "pte-sparse: %s: %s\n", path, strerror(errno));
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	char **args = calloc(argc + 1, sizeof(char *));
	int nr_args = 0, status;

	pte_policy_init(&policy);
	for (int i = 0; i < argc; i++) {
		const char *arg = argv[i];

		if (i > 0 && !strncmp(arg, "--pte-", 6)) {
			char key[256];
			const char *value = strchr(arg + 6, '=');
			const char *problem;
			size_t n = value ? (size_t)(value - (arg + 6)) : strlen(arg + 6);

			snprintf(key, sizeof(key), "%.*s", (int)n, arg + 6);
			if (value)
				value++;
			if (!strcmp(key, "help")) {
				printf("pte-sparse: sparse, plus a report of raw page-table entry accesses\n"
				       "usage: %s [sparse options] [--pte-KEY[=VALUE]...] file.c...\n"
				       "options (--pte-KEY[=VALUE]):\n%s"
				       "  deps=FILE      write the files read to FILE, as gcc -MD does\n"
				       "                 (pte-sparse only)\n", argv[0], pte_policy_help());
				return 0;
			}
			if (!strcmp(key, "deps")) {
				if (!value || !*value) {
					fprintf(stderr, "pte-sparse: option 'deps' needs a value ('deps=...')\n");
					return 1;
				}
				deps_file = value;
				continue;
			}
			problem = pte_policy_set_option(&policy, key, value);
			if (problem) {
				fprintf(stderr, "pte-sparse: %s\n", problem);
				return 1;
			}
			continue;
		}
		args[nr_args++] = argv[i];
	}
	args[nr_args] = NULL;
	if (!inputs_are_checkable(nr_args, args))
		return 1;

	register_attribute(PTE_OPAQUE_TYPE_ATTRIBUTE, &pte_opaque_op);
	register_attribute(PTE_OPAQUE_ACCESSOR_ATTRIBUTE, &pte_accessor_op);

	status = sparse_main(nr_args, args);
	if (status == 0 && policy.errors && nr_findings)
		status = 1;
	if (deps_file && first_source && write_deps(deps_file))
		status = 1;
	return status;
}
