# SPDX-License-Identifier: GPL-2.0
"""Check a kernel tree for raw page-table entry accesses: scripts/lint-kernel.

Runs Kbuild over the tree with lint-wrap as its compiler: every non-arch C
file the configuration builds is checked by the chosen engine (the GCC
plugin, syntax-only, or pte-sparse through make C=2) instead of compiled,
in parallel.  Prints every finding once (a header included by a thousand
files counts once) and a last line:

    pte-opaque: N findings in M files (K files checked)

(in the singular where a count is 1).

The default tree is Debian's linux-source-6.1 (KERNEL_VERSION=6.12:
linux-source-6.12), extracted into build/linux-VERSION as a git repository,
with the series of kernel-patches/linux-VERSION applied in a scratch clone
(SERIES=none applies only its annotation patches: the count before the
conversion).  LEVELS selects the page-table levels checked (the engines'
levels= option: pte, pmd, pud, p4d, pgd, a comma-separated list, or all).  A tree
given with KERNEL=dir is never written to: the build goes to a scratch
output directory, and a series is applied to a scratch clone, never to the
tree itself (refused when the tree has uncommitted changes).

Usage: scripts/lint-kernel [KERNEL=dir] [KERNEL_VERSION=6.1|6.12] [SERIES=all|none]
                           [CONFIG=defconfig|allmodconfig] [DIRS="mm fs"] [ENGINE=gcc|sparse]
                           [ARCH=x86_64|i386|arm64] [LEVELS=pte|...|all] [JOBS=n]
                           [FORMAT=text|jsonl|sarif]

DIRS narrows the check to directories (Kbuild's directory targets) or
single C files (fs/dax.c: its object target), relative to the tree.  A
directory counts the sources under it and those it builds from elsewhere
(arch/x86/kvm builds virt/kvm/*.c); a directory without a makefile
(drivers/hwtracing) stands for its subdirectories that have one.
FORMAT=jsonl or sarif writes the findings as JSON lines or a SARIF 2.1.0
log (with the fix-its the records carry) to stdout, the summary to stderr.
"""
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pte_diagnostics  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("BUILD", os.path.join(TOP, "build"))
GIT_ID = ["-c", "user.name=pte-opaque", "-c", "user.email=pte-opaque@localhost"]

VARIABLES = {"KERNEL", "KERNEL_VERSION", "SERIES", "CONFIG", "DIRS", "ENGINE", "ARCH",
             "LEVELS", "JOBS", "FORMAT"}
LEVEL_NAMES = ("pte", "pmd", "pud", "p4d", "pgd")


class LintError(Exception):
    pass


# The compiler each architecture is checked with, and the plugin it loads.
# i386 is this machine's gcc (Kbuild adds -m32); arm64 is Debian's cross
# compiler, with a plugin built against its own plugin headers.  The name is
# the one Kbuild derives from CROSS_COMPILE: Kconfig records the compiler's
# --version text, and a different spelling would rebuild everything.
TOOLCHAINS = {
    "x86_64": ("", "gcc", ""),
    "i386": ("", "gcc", ""),
    "arm64": ("aarch64-linux-gnu-", "aarch64-linux-gnu-gcc", "aarch64-linux-gnu"),
}


def toolchain(arch):
    """(CROSS_COMPILE, the C compiler, the plugin) for ARCH."""
    cross, cc, plugin_dir = TOOLCHAINS[arch]
    return cross, cc, os.path.join(BUILD, plugin_dir, "pte_opaque.so")


def summary(findings, files, checked):
    """The last line of a run; test-series and users' scripts parse it."""
    counted = pte_diagnostics.counted
    return (f"pte-opaque: {counted(findings, 'finding')} in {counted(files, 'file')} "
            f"({counted(checked, 'file')} checked)")


def log(msg):
    print("lint-kernel: " + msg, file=sys.stderr, flush=True)


def run(cmd, **kw):
    kw.setdefault("check", True)
    return subprocess.run(cmd, **kw)


def git(tree, *args, **kw):
    return run(["git", "-C", tree] + GIT_ID + list(args), **kw)


def parse_args(argv):
    opts = {"KERNEL": "", "KERNEL_VERSION": "6.1", "SERIES": "", "CONFIG": "defconfig",
            "DIRS": "", "ENGINE": "gcc", "ARCH": "x86_64", "LEVELS": "pte", "FORMAT": "text",
            "JOBS": str(os.cpu_count() or 1)}
    for arg in argv:
        key, eq, value = arg.partition("=")
        if not eq or key not in VARIABLES:
            raise LintError(f"unknown argument {arg!r}; expected one of "
                            + ", ".join(sorted(k + "=..." for k in VARIABLES)))
        opts[key] = value
    for key, allowed in (("CONFIG", ("defconfig", "allmodconfig")),
                         ("ENGINE", ("gcc", "sparse")),
                         ("FORMAT", pte_diagnostics.FORMATS),
                         ("SERIES", ("", "all", "none")),
                         ("ARCH", tuple(TOOLCHAINS)),
                         ("KERNEL_VERSION", ("6.1", "6.12"))):
        if opts[key] not in allowed:
            raise LintError(f"bad {key}={opts[key]!r}; expected one of {', '.join(a for a in allowed if a)}")
    levels = opts["LEVELS"].split(",")
    if opts["LEVELS"] != "all" and (not all(l in LEVEL_NAMES for l in levels)
                                    or len(set(levels)) != len(levels)):
        raise LintError(f"bad LEVELS={opts['LEVELS']!r}; expected a comma-separated list "
                        f"of {', '.join(LEVEL_NAMES)}, or all")
    if not opts["JOBS"].isdigit() or int(opts["JOBS"]) < 1:
        raise LintError(f"bad JOBS={opts['JOBS']!r}")
    for d in opts["DIRS"].split():
        if d.startswith("/") or ".." in d.split("/") or (d.endswith(".h")):
            raise LintError(f"bad DIRS entry {d!r}: expected a directory or a .c file "
                            f"relative to the tree")
    return opts


def series_patches(version, which):
    """The patch files to apply: the whole series, or its annotation part."""
    PATCHES = os.path.join(TOP, "kernel-patches", "linux-" + version)
    if not os.path.isdir(PATCHES):
        raise LintError(f"no series in {PATCHES}")
    patches = sorted(p for p in os.listdir(PATCHES)
                     if p.endswith(".patch") and not p.startswith("0000-"))
    if which == "none":
        with open(os.path.join(PATCHES, "annotation-patches")) as f:
            wanted = {line.strip() for line in f if line.strip() and not line.startswith("#")}
        patches = [p for p in patches if p in wanted]
    return [os.path.join(PATCHES, p) for p in patches]


def ensure_base_tree(version):
    """Debian's source as a git repository: the series' base."""
    out = run([os.path.join(TOP, "scripts", "kernel-base-tree"), version],
              capture_output=True, text=True, check=False)
    if out.returncode:
        raise LintError(out.stderr.strip())
    return out.stdout.strip()


def tree_is_clean(tree):
    out = git(tree, "status", "--porcelain", "--untracked-files=no",
              capture_output=True, text=True).stdout
    return not out.strip()


def apply_series(source, rev, patches, name):
    """A scratch clone of SOURCE at REV with PATCHES applied; SOURCE untouched."""
    scratch = os.path.join(BUILD, "lint", "src-" + name)
    head = git(source, "rev-parse", rev, capture_output=True, text=True).stdout.strip()
    stamp = os.path.join(scratch, ".git", "pte-lint-stamp")
    digest = hashlib.sha1()
    for p in patches:
        with open(p, "rb") as f:
            digest.update(f.read())
    want = f"{head} {digest.hexdigest()}"
    if os.path.exists(stamp) and open(stamp).read() == want:
        return scratch
    if rev == "HEAD" and not tree_is_clean(source):
        raise LintError(f"{source} has uncommitted changes: commit or stash them first; "
                        "the series is applied on top of HEAD")
    if not os.path.isdir(os.path.join(scratch, ".git")):
        shutil.rmtree(scratch, ignore_errors=True)
        run(["git", "clone", "-q", "--shared", "--no-checkout", source, scratch])
    git(scratch, "fetch", "-q", source, head)
    # The patched tree is built in a private index and only then checked
    # out: a file whose content is the same as in the previous checkout
    # keeps its timestamp, so after a series change Kbuild rebuilds what
    # the change touches, not the whole tree.
    index = os.path.join(scratch, ".git", "pte-lint-index")
    env = dict(os.environ, GIT_INDEX_FILE=index)
    if patches:
        log(f"applying {len(patches)} patches to {scratch}")
    try:
        git(scratch, "read-tree", head, env=env)
        for p in patches:
            applied = git(scratch, "apply", "--cached", p, env=env, check=False,
                          capture_output=True, text=True)
            if applied.returncode:
                raise LintError(f"{os.path.basename(p)} does not apply; "
                                "the tree is left as it was:\n" + applied.stderr)
        tree = git(scratch, "write-tree", env=env, capture_output=True, text=True).stdout.strip()
    finally:
        if os.path.exists(index):
            os.unlink(index)
    commit = git(scratch, "commit-tree", tree, "-p", head, "-m",
                 f"pte-lint: {len(patches)} patches applied",
                 capture_output=True, text=True).stdout.strip()
    git(scratch, "checkout", "-q", "-f", "--detach", commit)
    git(scratch, "clean", "-q", "-f", "-d", "-x")
    with open(stamp, "w") as f:
        f.write(want)
    return scratch


def kbuild(src, out, arch, *args):
    """The Kbuild command line for ARCH, with its cross compiler."""
    cross = toolchain(arch)[0]
    return ["make", "-C", src, "O=" + out, "ARCH=" + arch] + \
        (["CROSS_COMPILE=" + cross] if cross else []) + list(args)


def kbuild_env(env):
    """ENV without the variables of a 'make lint-kernel' that started us:
    they are ours, not Kbuild's."""
    return {k: v for k, v in env.items()
            if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")}


def kmake(src, out, arch, *args, **kw):
    return run(kbuild(src, out, arch, *args), env=kbuild_env(os.environ), **kw)


def configure(src, out, opts):
    config = os.path.join(out, ".config")
    stamp = os.path.join(out, ".pte-lint-config")
    want = opts["CONFIG"] + " " + opts["ARCH"] + " no-in-tree-plugin"
    fresh = not (os.path.exists(config) and os.path.exists(stamp) and open(stamp).read() == want)
    if fresh:
        os.makedirs(out, exist_ok=True)
        log(f"configuring {opts['ARCH']} {opts['CONFIG']} in {out}")
        kmake(src, out, opts["ARCH"], "-s", opts["CONFIG"], stdout=subprocess.DEVNULL)
    # Findings are warnings: -Werror builds would stop at the first one, and
    # allmodconfig's checks for a complete build are not wanted here.  The
    # engine is this project's plugin, not the tree's own copy.  Applied on
    # every run: the tree's Kconfig may have changed since (a series
    # applied or removed), and olddefconfig settles new symbols quietly.
    run([os.path.join(src, "scripts", "config"), "--file", config,
         "--disable", "WERROR", "--disable", "DEBUG_INFO_BTF",
         "--disable", "GCC_PLUGIN_PTE_OPAQUE"])
    kmake(src, out, opts["ARCH"], "-s", "olddefconfig", stdout=subprocess.DEVNULL)
    if fresh:
        with open(stamp, "w") as f:
            f.write(want)


def read_records(records, dirs, trees):
    """Findings, checked sources and failed sources from lint-wrap's records.
    A directory's sources are those under it and those it builds from
    elsewhere (arch/x86/kvm builds virt/kvm/: lint-wrap leaves a .pte-from
    naming each); every source counts once."""
    sources, failures = set(), set()
    roots = [os.path.join(records, d.strip("/")) for d in dirs] or [records]
    for root in roots:
        if root.endswith(".c"):		# one file: its record alone
            sources.add(os.path.relpath(root, records))
            continue
        for dirpath, _, files in os.walk(root):
            for f in files:
                path = os.path.join(dirpath, f)
                if f.endswith(".pte"):
                    sources.add(os.path.relpath(path, records)[:-len(".pte")])
                elif f.endswith(".failed"):
                    sources.add(os.path.relpath(path, records)[:-len(".failed")])
                elif f.endswith(".pte-from") and dirs:	# the whole tree has it already
                    with open(path) as pointer:
                        sources.add(pointer.read().strip())
    findings, checked = [], 0
    for source in sorted(sources):
        path = os.path.join(records, source)
        if os.path.exists(path + ".failed"):
            failures.add(source)
        if not os.path.exists(path + ".pte"):
            continue
        checked += 1
        with open(path + ".pte", errors="replace") as rec:
            # O= builds spell $srctree/mm/...
            findings += pte_diagnostics.parse(rec, trees)
    return pte_diagnostics.unique(findings), checked, sorted(failures)


def kbuild_targets(src, dirs):
    """Kbuild's targets for DIRS in the tree SRC: a C file's object, a
    directory's directory target.  Kbuild does nothing, and says only
    "Nothing to be done", for a directory without a makefile (the parent
    descends into its subdirectories itself: drivers/hwtracing), so such
    a directory stands for the subdirectories under it that have one."""
    targets = []
    for d in dirs:
        d = os.path.normpath(d)
        path = os.path.join(src, d)
        if d.endswith(".c"):
            if not os.path.isfile(path):
                raise LintError(f"DIRS entry {d!r}: no such file in {src}")
            targets.append(d[:-2] + ".o")
            continue
        if not os.path.isdir(path):
            raise LintError(f"DIRS entry {d!r}: no such directory in {src}")
        found = []
        for dirpath, subdirs, files in os.walk(path):
            subdirs.sort()
            if "Makefile" in files or "Kbuild" in files:
                found.append(os.path.relpath(dirpath, src) + "/")
                subdirs[:] = []		# Kbuild descends from here
        if not found:
            raise LintError(f"DIRS entry {d!r}: no Kbuild makefile in it or under it")
        if found != [d + "/"]:
            log(f"{d} has no makefile: checking {' '.join(found)}")
        targets += found
    return targets


def lint(src, out, opts):
    arch, jobs = opts["ARCH"], opts["JOBS"]
    dirs = opts["DIRS"].split()
    targets = kbuild_targets(src, dirs) or ["all"]
    configure(src, out, opts)
    log("preparing the output tree")
    kmake(src, out, arch, "-s", "-j" + jobs, "prepare", stdout=subprocess.DEVNULL)

    _, cc, plugin = toolchain(arch)
    empty = os.path.join(out, ".pte-lint-empty.o")
    run([cc, "-c", "-x", "c", "/dev/null", "-o", empty] + (["-m32"] if arch == "i386" else []))
    records = os.path.join(out, ".pte-lint")
    os.makedirs(records, exist_ok=True)
    wrap = os.path.join(TOP, "scripts", "lint-wrap")
    if opts["ENGINE"] == "gcc":
        engine_args = "-fplugin-arg-pte_opaque-levels=" + opts["LEVELS"]
    else:
        engine_args = "--pte-levels=" + opts["LEVELS"]
    env = dict(os.environ, PTE_LINT_ENGINE=opts["ENGINE"], PTE_LINT_EMPTY=empty,
               PTE_LINT_RECORDS=records, PTE_LINT_PLUGIN=plugin,
               PTE_LINT_ARGS=engine_args)
    # Kbuild rebuilds what changed: the records of the rest stay valid.  A
    # rebuilt engine changes the compiler command, so everything is checked.
    engine = plugin if opts["ENGINE"] == "gcc" else os.path.join(BUILD, "pte-sparse")
    with open(engine, "rb") as f:
        engine_id = hashlib.sha1(f.read() + (engine_args.encode() if opts["LEVELS"] != "pte"
                                             else b"")).hexdigest()[:16]
    args = ["-k", "-j" + jobs, f"CC={wrap} cc {cc} --pte-lint-engine={engine_id}",
            "OBJECT_FILES_NON_STANDARD=y"]
    if opts["ENGINE"] == "sparse":
        args += ["C=1", f"CHECK={wrap} check {os.path.join(BUILD, 'pte-sparse')}"]
    logfile = os.path.join(out, "pte-lint.log")
    tty = sys.stderr.isatty()
    start = time.time()
    compiled = 0
    proc = subprocess.Popen(kbuild(src, out, arch, *args, *targets), env=kbuild_env(env),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, errors="replace")
    with open(logfile, "w") as logf:
        for line in proc.stdout:
            logf.write(line)
            if tty and line.startswith("  CC "):
                compiled += 1
                print(f"\rlint-kernel: {compiled} objects checked, {time.time() - start:.0f}s",
                      end="", file=sys.stderr, flush=True)
    proc.wait()
    if tty:
        print(file=sys.stderr)
    findings, checked, failures = read_records(records, dirs, (src, out))
    return findings, checked, failures, time.time() - start, logfile


class Run:
    """What a lint-kernel run checked and found."""

    def __init__(self, src, out, findings, checked, failures, elapsed, logfile):
        self.src, self.out, self.findings = src, out, findings
        self.checked, self.failures = checked, failures
        self.elapsed, self.logfile = elapsed, logfile

    @property
    def records(self):
        return os.path.join(self.out, ".pte-lint")


def output_dir(name, opts):
    """Where lint_tree checks the tree NAME (VERSION-SERIES, or a user
    tree's name) with OPTS: one output tree per configuration and engine."""
    levels = "" if opts["LEVELS"] == "pte" else "-" + opts["LEVELS"].replace(",", "+")
    return os.path.join(BUILD, "lint", f"out-{name}-{opts['ARCH']}-{opts['CONFIG']}"
                                       f"-{opts['ENGINE']}{levels}")


def lint_tree(opts):
    """Check the tree OPTS (parse_args()'s result) names; raises LintError
    or subprocess.CalledProcessError when it cannot."""
    if opts["ENGINE"] == "sparse" and not os.access(os.path.join(BUILD, "pte-sparse"), os.X_OK):
        raise LintError("no build/pte-sparse: run 'make' first")
    cross, cc, plugin = toolchain(opts["ARCH"])
    if not shutil.which(cc):
        raise LintError(f"no {cc} for ARCH={opts['ARCH']}: 'make lint-kernel "
                        f"ARCH={opts['ARCH']}' installs it")
    if opts["ENGINE"] == "gcc" and not os.path.exists(plugin):
        raise LintError(f"no {os.path.relpath(plugin, TOP)}: 'make lint-kernel "
                        f"ARCH={opts['ARCH']}' builds it")
    if opts["KERNEL"]:
        source = os.path.abspath(opts["KERNEL"])
        if not os.path.isfile(os.path.join(source, "Makefile")):
            raise LintError(f"{source} is not a kernel tree")
        name = "user-" + re.sub(r"[^A-Za-z0-9]+", "-", source).strip("-")
        if opts["SERIES"]:
            if not os.path.isdir(os.path.join(source, ".git")):
                raise LintError("SERIES needs KERNEL to be a git tree")
            src = apply_series(source, "HEAD",
                               series_patches(opts["KERNEL_VERSION"], opts["SERIES"]),
                               name + "-" + opts["SERIES"])
        else:
            src = source
    else:
        series, version = opts["SERIES"] or "all", opts["KERNEL_VERSION"]
        base = ensure_base_tree(version)
        root = git(base, "rev-list", "--max-parents=0", "HEAD",
                   capture_output=True, text=True).stdout.split()[0]
        name = f"{version}-{series}"
        src = apply_series(base, root, series_patches(version, series), name)
    out = output_dir(name, opts)
    return Run(src, out, *lint(src, out, opts))


def main(argv):
    try:
        opts = parse_args(argv)
        result = lint_tree(opts)
    except LintError as e:
        print(f"lint-kernel: error: {e}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as e:
        print(f"lint-kernel: error: {' '.join(e.cmd)} failed ({e.returncode})", file=sys.stderr)
        return 2

    findings, failures = result.findings, result.failures
    if opts["FORMAT"] == "text":
        for f in findings:
            print(f"{f.file}:{f.line}: {f.message}")
    else:
        pte_diagnostics.write(findings, opts["FORMAT"], sys.stdout, result.src)
    named = {os.path.normpath(d) for d in opts["DIRS"].split() if d.endswith(".c")}
    for f in failures:
        # Kbuild compiles a file named as a target even where the
        # configuration does not build it: say so rather than leave a
        # compile failure of, say, an x86-only driver on arm64 unexplained.
        hint = (f"; it was named in DIRS, and Kbuild compiles a named file even if "
                f"{opts['ARCH']} {opts['CONFIG']} does not build it" if f in named else "")
        log(f"{f}: did not compile (see {result.logfile}){hint}")
    files = len({f.file for f in findings})
    # The summary is part of the text report; with a data format it goes
    # to stderr, leaving stdout to the data.
    print(summary(len(findings), files, result.checked),
          file=sys.stdout if opts["FORMAT"] == "text" else sys.stderr)
    log(f"{result.elapsed:.0f}s, engine {opts['ENGINE']}, {opts['ARCH']} {opts['CONFIG']}, "
        f"levels {opts['LEVELS']}, log {result.logfile}")
    return 1 if failures else 0
