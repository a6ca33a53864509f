# SPDX-License-Identifier: GPL-2.0
"""How a kernel tree compiles one C file, and checking it the same way.

The pre-commit hook and the patch review check single files with the
flags the tree's own build uses, found in this order:

  1. compile_commands.json (scripts/clang-tools/gen_compile_commands.py)
     in the build directory or the tree;
  2. the .cmd file Kbuild left beside the object (cmd_ or savedcmd_);
  3. Kbuild itself, asked what it would run for the object (make -n).

The command is then made a syntax-only run of the plugin that writes
nothing: no object, no dependency file.
"""
import json
import os
import re
import shlex
import subprocess

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = os.path.join(os.environ.get("BUILD", os.path.join(TOP, "build")), "pte_opaque.so")


class NoCommand(Exception):
    pass


def is_arch(path):
    """Arch code may touch entries: it is not checked (plugin/policy.c
    allows arch/ and include/asm-generic/ by default)."""
    return path.startswith(("arch/", "include/asm-generic/"))


def _from_compile_commands(build, tree, src):
    want = os.path.realpath(os.path.join(tree, src))
    for d in (build, tree):
        db = os.path.join(d, "compile_commands.json")
        if not os.path.isfile(db):
            continue
        with open(db) as f:
            entries = json.load(f)
        for e in entries:
            path = os.path.realpath(os.path.join(e["directory"], e["file"]))
            if path == want:
                argv = e.get("arguments") or shlex.split(e["command"])
                return argv, e["directory"]
    return None


CMD_LINE = re.compile(r"^(?:saved)?cmd_(?P<obj>\S+)\s*:=\s*(?P<cmd>.*)$")


def _from_cmd_file(build, src):
    obj = src[:-2] + ".o"
    cmd = os.path.join(build, os.path.dirname(obj), "." + os.path.basename(obj) + ".cmd")
    if not os.path.isfile(cmd):
        return None
    with open(cmd, errors="replace") as f:
        for line in f:
            m = CMD_LINE.match(line.rstrip("\n"))
            if m:
                # The recipe may go on after the compiler (objtool, ...).
                return _compiler_part(m.group("cmd"), obj), build
    return None


def _compiler_part(recipe, obj):
    """The compiler's own command out of a recipe of several."""
    for part in re.split(r"\s*;\s*", recipe.replace("\\\n", " ")):
        try:
            argv = shlex.split(part)
        except ValueError:
            continue
        if "-c" in argv and any(a == obj or a.endswith("/" + obj) for a in argv):
            return argv
    raise NoCommand(f"no compiler command for {obj} in its recipe")


def _from_kbuild(tree, build, src):
    """Ask Kbuild what it would run for the object, without running it."""
    obj = src[:-2] + ".o"
    cmd = ["make", "-s", "-n", "-C", tree, "-W", src, obj]
    if os.path.realpath(build) != os.path.realpath(tree):
        # An O= build names its sources $(srctree)/...: -W must match.
        cmd[cmd.index("-W") + 1] = os.path.join(os.path.abspath(tree), src)
        cmd.append("O=" + os.path.abspath(build))
    out = subprocess.run(cmd, capture_output=True, text=True)
    for line in out.stdout.splitlines():
        if " -c " in line and obj in line:
            try:
                return _compiler_part(line, obj), build
            except NoCommand:
                continue
    raise NoCommand(f"Kbuild gives no command for {obj} (is {build} configured?)")


def compile_command(tree, build, src):
    """(argv, directory): how BUILD compiles SRC (relative to TREE)."""
    found = _from_compile_commands(build, tree, src) or _from_cmd_file(build, src)
    return found or _from_kbuild(tree, build, src)


def includers(build, tree, header, limit=1):
    """Up to LIMIT C files (of TREE, outside arch/) whose objects' .cmd
    files in BUILD list HEADER among their dependencies."""
    found = []
    for dirpath, dirs, files in os.walk(build):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "arch")
        for name in sorted(files):
            if not (name.startswith(".") and name.endswith(".o.cmd")):
                continue
            src = os.path.relpath(os.path.join(dirpath, name[1:-len(".o.cmd")] + ".c"), build)
            if not os.path.isfile(os.path.join(tree, src)):
                continue
            with open(os.path.join(dirpath, name), errors="replace") as f:
                text = f.read()
            if ("/" + header) in text or f" {header} " in text:
                found.append(src)
                if len(found) == limit:
                    return found
    return found


# Options that write files or belong to a build's own plugin copy.
DROP_WITH_VALUE = {"-o", "-MF", "-MT", "-MQ"}
DROP = re.compile(r"^(-c|-MD|-MMD|-Wp,-M.*|-fplugin=.*pte_opaque.*|-fplugin-arg-pte_opaque.*|"
                  r"--pte-lint-engine=.*)$")


def plain_command(argv):
    """ARGV as the compiler itself takes it, writing nothing: without
    lint-kernel's wrapper, the options that write files, and this plugin's
    own options (a build's other plugins stay)."""
    # lint-kernel's wrapper: 'lint-wrap cc REAL ...' is REAL ...
    if len(argv) > 2 and os.path.basename(argv[0]) == "lint-wrap":
        argv = argv[2:]
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
        elif a in DROP_WITH_VALUE:
            skip = True
        elif not DROP.match(a):
            out.append(a)
    return out


def check_command(argv, src_in_cmd, check_path, extra_quote_dir=None, levels="pte"):
    """ARGV made a syntax-only plugin run on CHECK_PATH instead of
    SRC_IN_CMD; nothing is written."""
    out = [a for a in plain_command(argv)
           if not (a == src_in_cmd or (a.endswith(".c") and not a.startswith("-") and
                                       os.path.basename(a) == os.path.basename(src_in_cmd)))]
    out += ["-fsyntax-only", "-Wno-error", "-fdiagnostics-parseable-fixits",
            "-fplugin=" + PLUGIN, "-fplugin-arg-pte_opaque-levels=" + levels]
    if extra_quote_dir:
        out += ["-iquote", extra_quote_dir]
    return out + [check_path]


def source_arg(argv, src):
    """The spelling of SRC in ARGV (relative, absolute, $srctree/...)."""
    for a in reversed(argv):
        if a.endswith(".c") and (a == src or a.endswith("/" + src)):
            return a
    raise NoCommand(f"{src} is not in its compile command")


PATH_OPTIONS = ("-I", "-iquote", "-isystem", "-idirafter", "-include", "-imacros")


def rebase_command(argv, directory, tree, scratch):
    """ARGV, run in DIRECTORY for TREE, made to read SCRATCH's sources: a
    checkout of another version of TREE.  Paths into TREE that SCRATCH
    also has are taken from SCRATCH; an include directory keeps TREE's
    copy after SCRATCH's, for the generated headers (include/generated)
    that only a build has."""
    tree = os.path.realpath(tree)

    def moved(path):
        full = os.path.realpath(os.path.join(directory, path))
        if full != tree and not full.startswith(tree + "/"):
            return None
        other = os.path.join(scratch, os.path.relpath(full, tree))
        return other if os.path.exists(other) else None

    out, i = [], 0
    while i < len(argv):
        a = argv[i]
        opt = next((o for o in PATH_OPTIONS if a.startswith(o)), None)
        if opt is None:
            out.append(a)
            i += 1
            continue
        if a == opt and i + 1 < len(argv):
            value, i = argv[i + 1], i + 2
        else:
            value, i = a[len(opt):], i + 1
        other = moved(value)
        if other and opt in ("-include", "-imacros"):
            out += [opt, other]
        elif other:
            out += [opt, other, opt, value]
        else:
            out += [opt, value]
    return out
