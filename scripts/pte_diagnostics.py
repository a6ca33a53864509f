# SPDX-License-Identifier: GPL-2.0
"""pte-opaque's findings as data, shared by every tool that reads them.

Both engines print GCC-style diagnostics: the GCC plugin as GCC does (with
-fdiagnostics-parseable-fixits, its fix-its as 'fix-it:' lines), pte-sparse
as sparse does.  This module reads either into Finding records, and writes
records in each output format the tools offer:

  text      file:line:col: warning: ... and its note, as the engines print
  jsonl     one JSON object per finding, per line
  sarif     SARIF 2.1.0, one run, as code-scanning services read it
  checkpatch  checkpatch.pl's style, for a patch review

lint-kernel, apply-fixits, pte-hook, pte-review and pte-report use it, so
the pattern of a finding and the schema of each format live only here.
"""
import json
import os
import re

# The words are plugin/policy.c's pte_policy_finding_format().
KINDS = (("load", "raw load of "), ("store", "raw store to "),
         ("read-modify-write", "raw read-modify-write of "),
         ("address-of", "raw address of a member of "))
RULES = {kind: "pte-opaque/raw-" + kind for kind, _ in KINDS}
RULE_TEXT = {
    "load": "A page-table entry is read through a pointer instead of its getter.",
    "store": "A page-table entry is written through a pointer instead of its setter.",
    "read-modify-write": "A page-table entry is updated in place instead of through "
                         "a ptep_*() helper.",
    "address-of": "The address of a member of a page-table entry is taken, handing raw "
                  "memory to code the accessors do not see.",
}
TOOL_URI = "https://docs.kernel.org/dev-tools/pte-opaque.html"

FINDING = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): "
                     r"(?P<severity>warning|error): "
                     r"(?P<msg>raw (?:load|store|read-modify-write|address)\b[^[]*?)"
                     r"(?: \[-W[^]]*\])?$")
NOTE = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+):\s+note: (?P<msg>.*)$")
FIXIT = re.compile(r'^fix-it:"(?P<file>[^"]+)":\{(?P<l1>\d+):(?P<c1>\d+)-(?P<l2>\d+):(?P<c2>\d+)\}:'
                   r'"(?P<text>(?:[^"\\]|\\.)*)"$')
OTHER = re.compile(r"^[^:\s][^:]*:\d+:\d+: (?:warning|error):")
ENTRY_TYPE = re.compile(r"'(?P<type>[^']+)'")
LEVEL = re.compile(r"\b(pte|pmd|pud|p4d|pgd)_t\b")


def plain_quotes(text):
    """GCC quotes with U+2018/U+2019 in a UTF-8 locale, sparse with '."""
    return text.replace("\u2018", "'").replace("\u2019", "'")


def unescape(text):
    return re.sub(r"\\(.)", r"\1", text)


class Finding:
    """One raw access: where, what, the note naming the fix, the fix-its."""

    __slots__ = ("file", "line", "col", "severity", "message", "note", "fixits")

    def __init__(self, file, line, col, message, severity="warning", note=None):
        self.file, self.line, self.col = file, line, col
        self.message, self.severity, self.note = message, severity, note
        self.fixits = []	# (file, line1, col1, line2, col2, text)

    @property
    def kind(self):
        for kind, prefix in KINDS:
            if self.message.startswith(prefix):
                return kind
        return "access"

    @property
    def entry_type(self):
        m = ENTRY_TYPE.search(self.message)
        return m.group("type") if m else None

    @property
    def level(self):
        m = LEVEL.search(self.entry_type or "")
        return m.group(1) if m else "other"

    def key(self):
        """What makes two reports the same finding: a header reported by
        many compilations counts once."""
        return (self.file, self.line, self.message)

    def as_dict(self):
        d = {"file": self.file, "line": self.line, "column": self.col,
             "severity": self.severity, "rule": RULES.get(self.kind, "pte-opaque/raw-access"),
             "kind": self.kind, "level": self.level, "type": self.entry_type,
             "message": self.message, "note": self.note}
        d["fixits"] = [{"file": f, "start": {"line": l1, "column": c1},
                        "end": {"line": l2, "column": c2}, "text": t}
                       for f, l1, c1, l2, c2, t in self.fixits]
        return d


def parse(lines, relative_to=()):
    """Findings in LINES (an engine's stderr), in order.  File names under
    one of the directories RELATIVE_TO are made relative to it (O= builds
    and scratch trees spell $srctree/mm/memory.c)."""
    prefixes = []
    for d in relative_to:
        for p in {os.path.abspath(d), os.path.realpath(d)}:
            prefixes.append(p.rstrip("/") + "/")

    def rel(path):
        path = os.path.normpath(path)
        for p in prefixes:
            if path.startswith(p):
                return path[len(p):]
        return path

    findings, current = [], None
    for raw in lines:
        line = plain_quotes(raw.rstrip("\n"))
        m = FINDING.match(line)
        if m:
            current = Finding(rel(m.group("file")), int(m.group("line")), int(m.group("col")),
                              m.group("msg").rstrip(), m.group("severity"))
            findings.append(current)
            continue
        if current is None:
            continue
        m = FIXIT.match(line)
        if m:
            fix = (rel(m.group("file")), int(m.group("l1")), int(m.group("c1")),
                   int(m.group("l2")), int(m.group("c2")), unescape(m.group("text")))
            if fix not in current.fixits:
                current.fixits.append(fix)
            continue
        m = NOTE.match(line)
        if m and current.note is None and int(m.group("line")) == current.line:
            current.note = m.group("msg")
            continue
        if OTHER.match(line):
            current = None	# another diagnostic: what follows is not ours
    return findings


def unique(findings):
    """FINDINGS without repeats (by key), sorted by place."""
    seen = {}
    for f in findings:
        seen.setdefault(f.key(), f)
    return sorted(seen.values(), key=lambda f: (f.file, f.line, f.col, f.message))


def counted(n, noun, plural=None):
    """'1 file', '2 files': a count for a tool's summary line."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def format_text(f):
    out = f"{f.file}:{f.line}:{f.col}: {f.severity}: {f.message}\n"
    if f.note:
        out += f"{f.file}:{f.line}:{f.col}: note: {f.note}\n"
    return out


def format_jsonl(f):
    return json.dumps(f.as_dict(), sort_keys=True) + "\n"


def format_checkpatch(f, source_line=None, patch_line=None, prefix="+"):
    """checkpatch.pl's block: the message, the place, the line itself."""
    severity = "ERROR" if f.severity == "error" else "WARNING"
    rule = RULES.get(f.kind, "pte-opaque/raw-access").split("/")[1].upper().replace("-", "_")
    text = f"{f.message}; {f.note}" if f.note else f.message
    out = f"{severity}:PTE_{rule}: {text}\n"
    where = f"#{patch_line}: " if patch_line else ""
    out += f"{where}FILE: {f.file}:{f.line}:\n"
    if source_line is not None:
        out += f"{prefix}{source_line.rstrip()}\n"
    return out + "\n"


def sarif(findings, srcroot=None):
    """A SARIF 2.1.0 log (a dict) of FINDINGS; paths are relative to
    SRCROOT, the tree, when it is given."""
    kinds = [kind for kind, _ in KINDS]
    rules = [{"id": RULES[k], "name": "Raw" + k.title().replace("-", ""),
              "shortDescription": {"text": RULE_TEXT[k]},
              "helpUri": TOOL_URI,
              "defaultConfiguration": {"level": "warning"}} for k in kinds]
    results = []
    for f in findings:
        kind = f.kind if f.kind in kinds else None
        location = {"physicalLocation": {
            "artifactLocation": {"uri": f.file},
            "region": {"startLine": f.line, "startColumn": f.col}}}
        if srcroot:
            location["physicalLocation"]["artifactLocation"]["uriBaseId"] = "SRCROOT"
        result = {"ruleId": RULES[kind] if kind else "pte-opaque/raw-access",
                  "level": "error" if f.severity == "error" else "warning",
                  "message": {"text": f"{f.message}; {f.note}" if f.note else f.message},
                  "locations": [location],
                  "properties": {"level": f.level, "type": f.entry_type}}
        if kind:
            result["ruleIndex"] = kinds.index(kind)
        if f.fixits:
            changes = {}
            for file, l1, c1, l2, c2, text in f.fixits:
                change = changes.setdefault(file, {"artifactLocation": {"uri": file},
                                                   "replacements": []})
                change["replacements"].append({
                    "deletedRegion": {"startLine": l1, "startColumn": c1,
                                      "endLine": l2, "endColumn": c2},
                    "insertedContent": {"text": text}})
            result["fixes"] = [{"description": {"text": f.note or "use the accessor"},
                                "artifactChanges": list(changes.values())}]
        results.append(result)
    run = {"tool": {"driver": {"name": "pte-opaque", "informationUri": TOOL_URI,
                               "rules": rules}},
           # GCC's and sparse's columns count bytes; kernel sources are
           # ASCII, where bytes and code points agree.
           "columnKind": "unicodeCodePoints",
           "results": results}
    if srcroot:
        run["originalUriBaseIds"] = {"SRCROOT": {
            "uri": "file://" + os.path.abspath(srcroot).rstrip("/") + "/"}}
    return {"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0", "runs": [run]}


FORMATS = ("text", "jsonl", "sarif")


def write(findings, fmt, out, srcroot=None):
    """Write FINDINGS to the file OUT in FMT (one of FORMATS)."""
    if fmt == "sarif":
        json.dump(sarif(findings, srcroot), out, indent=1)
        out.write("\n")
        return
    for f in findings:
        out.write(format_jsonl(f) if fmt == "jsonl" else format_text(f))
