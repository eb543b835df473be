#!/usr/bin/env python3
"""Lints a corpus of real coroutine projects with corolint and records the findings.

Run by hand, never by the tests. The corpus lives outside this repository (one directory
per project, each with build/compile_commands.json); nothing from it is committed, and
this script writes nothing into it or into the repository.

    bench/realworld.py --tool build/bin/corolint
    bench/realworld.py --tool /tmp/corolint --projects alibaba+async_simple --out /tmp/rw

For each project it runs `corolint -p <project>/build -j 2 --quiet`, adding
--checks=-*,coro-* when the project's own .clang-tidy turns the coro- checks off, and
writes <out>/<project>.tsv: one `path:line:col<TAB>check<TAB>message` line per finding,
the path relative to the project's root. It prints, per project, the time taken and the
number of findings of each check.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIAG = re.compile(r"^(.*?):(\d+):(\d+): (?:warning|error): (.*) \[([\w.,-]+)\]$")


def configured_checks(path):
    """The globs of the Checks entry of the .clang-tidy file at path, in order."""
    if not os.path.isfile(path):
        return []
    value = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if value and line[:1].strip():  # The next top-level key ends the entry.
                break
            if value or line.startswith("Checks:"):
                value.append(line.removeprefix("Checks:"))
    globs = re.split(r"[\s,'\"]+", " ".join(value))
    return [g for g in globs if g and g not in (">", "|", ">-", "|-", "-")]


def enabled(check, globs):
    """Whether check is on after globs, read as clang-tidy reads them: the last match wins."""
    on = False
    for glob in globs:
        if re.fullmatch(re.escape(glob.lstrip("-")).replace(r"\*", ".*"), check):
            on = not glob.startswith("-")
    return on


def lint(tool, root, jobs):
    """Runs tool on root's compile database; returns (findings, seconds)."""
    db = os.path.join(root, "build")
    cmd = [tool, "-p", db, "-j", str(jobs), "--quiet"]
    # The project's Checks come after corolint's default ones, as in clang-tidy.
    globs = ["-*", "coro-*"] + configured_checks(os.path.join(root, ".clang-tidy"))
    if not enabled("coro-blocking-call", globs):
        cmd.append("--checks=-*,coro-*")
    start = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    took = time.perf_counter() - start
    if run.returncode not in (0, 1, 3):
        sys.exit("realworld.py: %s exited %d:\n%s"
                 % (" ".join(cmd), run.returncode, run.stderr[-2000:]))
    with open(os.path.join(db, "compile_commands.json")) as f:
        dirs = [root] + sorted({e.get("directory", root) for e in json.load(f)})
    findings, broken = set(), set()
    for line in (run.stdout + run.stderr).splitlines():
        m = DIAG.match(line.strip())
        if not m:
            continue
        path = m.group(1)
        if not os.path.isabs(path):
            path = next((os.path.join(d, path) for d in dirs
                         if os.path.exists(os.path.join(d, path))), os.path.join(root, path))
        rel = os.path.relpath(os.path.realpath(path), os.path.realpath(root))
        if m.group(5).startswith("coro-"):
            findings.add((rel, int(m.group(2)), int(m.group(3)), m.group(5), m.group(4)))
        elif m.group(5) == "clang-diagnostic-error":
            broken.add(rel)
    if run.returncode == 3:
        where = ", ".join(sorted(broken)) or "a worker crashed or timed out"
        print("%s: not all files were linted: %s" % (os.path.basename(root), where),
              file=sys.stderr)
    return sorted(findings), took


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tool", required=True, help="the corolint binary")
    ap.add_argument("--corpus", default=os.path.expanduser("~/.cache/corolint-corpus"),
                    help="one directory per project (default: %(default)s)")
    ap.add_argument("--projects", help="comma-separated project names (default: all)")
    ap.add_argument("--out", default="/tmp/corolint-realworld",
                    help="where <project>.tsv goes (default: %(default)s)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="files linted at once (default: 2)")
    opts = ap.parse_args()
    tool, corpus, out = (os.path.abspath(p) for p in (opts.tool, opts.corpus, opts.out))
    for forbidden in (corpus, REPO):
        if os.path.commonpath([out, forbidden]) == forbidden:
            sys.exit("realworld.py: --out must be outside %s" % forbidden)
    projects = opts.projects.split(",") if opts.projects else sorted(
        p for p in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, p, "build")))
    os.makedirs(out, exist_ok=True)
    for name in projects:
        root = os.path.join(corpus, name)
        if not os.path.isfile(os.path.join(root, "build", "compile_commands.json")):
            sys.exit("realworld.py: no %s/build/compile_commands.json" % root)
        findings, took = lint(tool, root, opts.jobs)
        with open(os.path.join(out, name + ".tsv"), "w") as f:
            f.writelines("%s:%d:%d\t%s\t%s\n" % finding for finding in findings)
        print("%s: %d findings, %.0f s" % (name, len(findings), took))
        for check, n in sorted(collections.Counter(f[3] for f in findings).items()):
            print("  %-24s %4d" % (check, n))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
