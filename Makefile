# pte-opaque: build the GCC plugin and the sparse client, run the tests.
# See README.md.  Top-level targets:
#   make            build build/pte_opaque.so (and build/pte-sparse)
#   make check      install missing Debian packages (as root), build, test
SHELL := /bin/bash
BUILD ?= build
CC ?= gcc
CXX ?= g++
PLUGIN_CC ?= $(CXX)
GCC_PLUGIN_DIR := $(shell $(CC) -print-file-name=plugin)

PLUGIN := $(BUILD)/pte_opaque.so
PLUGIN_SRCS := plugin/gcc/pte_opaque_plugin.c plugin/policy.c
PLUGIN_HDRS := plugin/gcc/gcc-compat.h plugin/policy.h
PLUGIN_CXXFLAGS := -std=gnu++11 -fPIC -shared -O2 -g -fno-rtti -fno-exceptions \
	-fasynchronous-unwind-tables -ggdb -Wall -Wno-narrowing \
	-Wno-unused-variable -Wno-format-diag -Wno-format-security \
	-I$(GCC_PLUGIN_DIR)/include -Iplugin

.PHONY: all check deps test-plugin test-cases smoke clean
all: $(PLUGIN)

$(PLUGIN): $(PLUGIN_SRCS) $(PLUGIN_HDRS) | deps-plugin
	@mkdir -p $(BUILD)
	$(PLUGIN_CC) $(PLUGIN_CXXFLAGS) -x c++ $(PLUGIN_SRCS) -o $@

# Debian packages the build and the tests need; installed only if missing.
DEB_PLUGIN := gcc-12-plugin-dev
DEB_CHECK := $(DEB_PLUGIN) linux-source-6.1 flex bison bc libelf-dev libssl-dev python3 xz-utils
.PHONY: deps-plugin
deps-plugin:
	@scripts/ensure-debs $(DEB_PLUGIN)
deps:
	@scripts/ensure-debs $(DEB_CHECK)

check: deps all
	python3 testcases/run --engines gcc
	scripts/test-plugin-args
	scripts/test-annotation-noop
	scripts/kernel-smoke

clean:
	rm -rf $(BUILD)
