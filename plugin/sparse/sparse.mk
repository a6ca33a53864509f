# pte-opaque: build rules for build/pte-sparse, the sparse client.
# Included by the top-level Makefile; usable alone too:
#	make -f plugin/sparse/sparse.mk build/pte-sparse
#
# sparse ships no library: scripts/fetch-sparse-source gets Debian's sparse
# source into $(BUILD)/sparse-src (apt with a private configuration) and
# builds libsparse.a there.  pte-sparse is sparse's own sparse.c (main
# renamed, its per-file sparse() call routed to pte_sparse.c) linked with
# the check and the shared policy: every sparse warning stays as it was.
BUILD ?= build
SPARSE_CC ?= $(or $(filter-out cc,$(CC)),gcc)

PTE_SPARSE := $(BUILD)/pte-sparse
PTE_SPARSE_SRC := $(BUILD)/sparse-src
PTE_SPARSE_LIB := $(PTE_SPARSE_SRC)/libsparse.a
PTE_SPARSE_CFLAGS := -O2 -g -Wall -Wno-unused-parameter -I$(PTE_SPARSE_SRC) -Iplugin
PTE_SPARSE_OBJS := $(BUILD)/pte-sparse.d/pte_sparse.o \
	$(BUILD)/pte-sparse.d/policy.o \
	$(BUILD)/pte-sparse.d/sparse-main.o

.PHONY: sparse
sparse: $(PTE_SPARSE)

$(PTE_SPARSE_LIB):
	scripts/fetch-sparse-source $(BUILD)

$(BUILD)/pte-sparse.d/pte_sparse.o: plugin/sparse/pte_sparse.c plugin/policy.h $(PTE_SPARSE_LIB)
	@mkdir -p $(@D)
	$(SPARSE_CC) $(PTE_SPARSE_CFLAGS) -c $< -o $@

$(BUILD)/pte-sparse.d/policy.o: plugin/policy.c plugin/policy.h
	@mkdir -p $(@D)
	$(SPARSE_CC) $(PTE_SPARSE_CFLAGS) -c $< -o $@

# sparse's own driver, unchanged but for two names.
$(BUILD)/pte-sparse.d/sparse-main.o: $(PTE_SPARSE_LIB)
	@mkdir -p $(@D)
	$(SPARSE_CC) -O2 -g -I$(PTE_SPARSE_SRC) -Dmain=sparse_main \
		-Dsparse=pte_sparse_file -c $(PTE_SPARSE_SRC)/sparse.c -o $@

$(PTE_SPARSE): $(PTE_SPARSE_OBJS) $(PTE_SPARSE_LIB)
	$(SPARSE_CC) -o $@ $(PTE_SPARSE_OBJS) $(PTE_SPARSE_LIB)
