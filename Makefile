# pte-opaque: build the GCC plugin and the sparse client, run the tests.
# See README.md.  Top-level targets:
#   make            build build/pte_opaque.so (and build/pte-sparse)
#   make check      install missing Debian packages (as root), build, test
SHELL := /bin/bash
BUILD ?= build
# The plugin runs inside cc1 on this machine: it is built by this machine's
# C++ compiler of the same version as the GCC that loads it, against that
# GCC's plugin headers.  'make CC=gcc-11 BUILD=build/gcc-11' builds one for
# GCC 11; 'make CC=aarch64-linux-gnu-gcc-12 BUILD=build/aarch64-linux-gnu
# plugin' one for the arm64 cross compiler.
ifeq ($(origin CC),default)
CC := gcc
endif
GCC_MAJOR := $(shell $(CC) -dumpversion 2>/dev/null | cut -d. -f1)
ifeq ($(origin CXX),default)
CXX := g++-$(GCC_MAJOR)
endif
PLUGIN_CC ?= $(CXX)
GCC_PLUGIN_DIR := $(shell $(CC) -print-file-name=plugin 2>/dev/null)

PLUGIN := $(BUILD)/pte_opaque.so
PLUGIN_SRCS := plugin/gcc/pte_opaque_plugin.c plugin/policy.c
PLUGIN_HDRS := plugin/gcc/gcc-compat.h plugin/policy.h
PLUGIN_CXXFLAGS := -std=gnu++11 -fPIC -shared -O2 -g -fno-rtti -fno-exceptions \
	-fasynchronous-unwind-tables -ggdb -Wall -Wno-narrowing \
	-Wno-unused-variable -Wno-format-diag -Wno-format-security \
	-I$(GCC_PLUGIN_DIR)/include -Iplugin

.PHONY: all plugin check check-gcc11 deps lint-kernel boot-test bench fuzz clean
all: $(PLUGIN)
plugin: $(PLUGIN)

include plugin/sparse/sparse.mk
all: $(PTE_SPARSE)

$(PLUGIN): $(PLUGIN_SRCS) $(PLUGIN_HDRS) | deps-plugin
	@mkdir -p $(BUILD)
	$(PLUGIN_CC) $(PLUGIN_CXXFLAGS) -x c++ $(PLUGIN_SRCS) -o $@

# Debian packages the build and the tests need; installed only if missing.
# A cross compiler's plugin headers come in gcc-N-plugin-dev-TRIPLET.
CC_TRIPLET := $(patsubst %-gcc-$(GCC_MAJOR),%,$(filter %-gcc-$(GCC_MAJOR),$(CC)))
DEB_PLUGIN := gcc-$(GCC_MAJOR)-plugin-dev$(if $(CC_TRIPLET),-$(CC_TRIPLET)) g++-$(GCC_MAJOR)
DEB_CHECK := $(DEB_PLUGIN) dpkg-dev linux-source-6.1 flex bison bc libelf-dev libssl-dev python3 xz-utils \
	csmith libcsmith-dev
.PHONY: deps-plugin
deps-plugin:
	@scripts/ensure-debs $(DEB_PLUGIN)
deps:
	@scripts/ensure-debs $(DEB_CHECK)

check: deps all
	python3 testcases/run --engines gcc,sparse
	$(MAKE) --no-print-directory check-gcc11
	scripts/test-cli
	scripts/test-tools
	scripts/fuzz --csmith 10 --mutants 200 --save $(BUILD)/fuzz-check
	scripts/kernel-smoke
	scripts/test-series

# The same testcases with a plugin built for, and loaded by, GCC 11.
check-gcc11:
	@scripts/ensure-debs gcc-11-plugin-dev g++-11
	$(MAKE) --no-print-directory CC=gcc-11 BUILD=$(BUILD)/gcc-11 all
	CC=gcc-11 python3 testcases/run --engines gcc --build $(BUILD)/gcc-11

# The main job: check a kernel tree (default: Debian's 6.1 with the series).
# make lint-kernel [KERNEL=dir] [SERIES=all|none] [CONFIG=defconfig|allmodconfig]
#                  [DIRS="mm fs"] [ENGINE=gcc|sparse] [ARCH=x86_64|i386|arm64] [JOBS=n]
#                  [KERNEL_VERSION=6.1|6.12] [LEVELS=pte,pmd,...|all]
#                  [FORMAT=text|jsonl|sarif]
# ARCH=arm64 checks with Debian's aarch64 cross compiler and a plugin built
# for it; ARCH=i386 with this machine's gcc (-m32).
LINT_VARS := KERNEL KERNEL_VERSION SERIES CONFIG DIRS ENGINE ARCH LEVELS JOBS FORMAT
CROSS_arm64 := aarch64-linux-gnu
# With FORMAT=jsonl or sarif, stdout is the data alone: the recipe is not echoed.
lint-kernel: deps all $(if $(CROSS_$(ARCH)),lint-cross-$(ARCH))
	$(if $(FORMAT),@)scripts/lint-kernel $(foreach v,$(LINT_VARS),$(if $(filter command line,$(origin $(v))),'$(v)=$($(v))'))

.PHONY: lint-cross-arm64
lint-cross-arm64:
	@scripts/ensure-debs gcc-$(CROSS_arm64) gcc-$(GCC_MAJOR)-plugin-dev-$(CROSS_arm64) \
		binutils-$(CROSS_arm64)
	@$(MAKE) --no-print-directory CC=$(CROSS_arm64)-gcc-$(GCC_MAJOR) \
		BUILD=$(BUILD)/$(CROSS_arm64) plugin

# Boot Debian's 6.1 (or KERNEL_VERSION=6.12), unpatched and with the series
# (plugin on), under qemu and run boot/mm-smoke on each; ARCH=arm64 builds
# with the cross compiler and boots under qemu-system-aarch64.
# 'make boot-test KERNELS="name=image ..."' boots given images instead.
boot-test:
	scripts/boot-test $(if $(ARCH),--arch $(ARCH)) \
		$(if $(KERNEL_VERSION),--version $(KERNEL_VERSION)) \
		$(if $(KERNELS),--kernels '$(KERNELS)')

# Speed and memory, as ratios against a baseline run in the same command.
# The plugin's compile-time overhead on mm/ (which also makes the smoke
# tree) and its peak cc1 memory there, then pte-sparse against plain sparse
# built from the same source, then lint-kernel against Coccinelle (Debian's
# spatch) on the whole defconfig tree: wall time and recall.
bench: deps all
	@scripts/ensure-debs coccinelle time
	$(MAKE) -C $(PTE_SPARSE_SRC) -s sparse
	scripts/kernel-smoke --overhead
	bench/cc1-memory
	bench/sparse-overhead
	bench/coccinelle

# A bounded fuzzing campaign: 1,000 csmith programs through both engines,
# 2,000 mutated testcases compared between them (scripts/fuzz; FUZZ_ARGS
# overrides: FUZZ_ARGS="--csmith 5000 --seed 7").  make check runs a small one.
FUZZ_ARGS ?= --csmith 1000 --mutants 2000
fuzz: deps all
	scripts/fuzz $(FUZZ_ARGS)

clean:
	rm -rf $(BUILD)
