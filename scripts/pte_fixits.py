# SPDX-License-Identifier: GPL-2.0
"""The plugin's fix-its, read from lint-kernel's records and applied in
memory: what scripts/apply-fixits and scripts/pte-convert share.

A finding is converted when every fix-it it carries edits its own file (a
plain load '*pmdp' becomes 'pmdp_get(pmdp)'); every other finding (stores,
read-modify-writes, member addresses, loads spelled in a macro body) is
left for a human.  A header reported through many files is fixed once.
"""
import difflib
import os

import pte_diagnostics


def record_files(records, dirs=()):
    """lint-kernel's record files under RECORDS, for DIRS (directories or
    C files of the tree; all when empty)."""
    for d in dirs or [""]:
        root = os.path.join(records, d.strip("/"))
        if root.endswith(".c"):
            if os.path.isfile(root + ".pte"):
                yield root + ".pte"
            continue
        for dirpath, _, files in os.walk(root):
            for name in files:
                if name.endswith(".pte"):
                    yield os.path.join(dirpath, name)


def read_findings(records, tree, dirs=()):
    """{(file, line, col, msg): [fix-its]} with paths relative to TREE;
    findings outside TREE are not ours to edit."""
    findings = {}
    for record in record_files(records, dirs):
        with open(record, errors="replace") as f:
            for found in pte_diagnostics.parse(f, [tree]):
                if os.path.isabs(found.file):
                    continue
                key = (found.file, found.line, found.col, found.message)
                fixes = findings.setdefault(key, None)
                for fix in found.fixits:
                    if os.path.isabs(fix[0]):
                        continue
                    if fixes is None:
                        fixes = findings[key] = []
                    if fix not in fixes:
                        fixes.append(fix)
    return findings


def apply(tree, edits):
    """Apply EDITS {file: [(l1, c1, l2, c2, text)]}; return {file: (old, new)}."""
    out = {}
    for path, fixes in edits.items():
        with open(os.path.join(tree, path), encoding="utf-8", errors="surrogateescape") as f:
            old = f.read()
        lines = old.splitlines(keepends=True)
        starts = [0]
        for ln in lines:
            starts.append(starts[-1] + len(ln))

        def offset(line, col):	# GCC's columns here are 1-based bytes
            return starts[line - 1] + len(lines[line - 1].encode("utf-8", "surrogateescape")
                                          [:col - 1].decode("utf-8", "surrogateescape"))
        new = old
        for l1, c1, l2, c2, text in sorted(set(fixes), key=lambda e: (e[0], e[1]), reverse=True):
            a, b = offset(l1, c1), offset(l2, c2)
            new = new[:a] + text + new[b:]
        out[path] = (old, new)
    return out


class Plan:
    """FINDINGS ({(file, line, col, msg): fix-its}) split into the edits
    to make and the findings left for a human, and the edits' result."""

    def __init__(self, findings, tree):
        self.findings, self.manual = findings, []
        edits = {}
        for key, fixes in sorted(findings.items()):
            if fixes and all(f[0] == key[0] for f in fixes):
                for f in fixes:
                    edits.setdefault(f[0], []).append(f[1:])
            else:
                self.manual.append(key)
        self.converted = len(findings) - len(self.manual)
        self.changes = apply(tree, edits)	# {file: (old, new)}

    def diff(self):
        """The edits as a patch that git apply and patch -p1 take."""
        out = []
        for path, (old, new) in sorted(self.changes.items()):
            out.append(f"diff --git a/{path} b/{path}\n")
            out += difflib.unified_diff(old.splitlines(keepends=True),
                                        new.splitlines(keepends=True),
                                        "a/" + path, "b/" + path)
        return "".join(out)
