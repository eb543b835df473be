#!/usr/bin/env python3
"""Keeps the examples of docs/checks/*.md true: each is a real file, compiled
and linted, and the page shows exactly that file and corolint's findings.

An example on a page is a marker, the file's code and the findings block:

    <!-- example: coro-unawaited-task/bad-dropped-tasks.cpp -->
    ```cpp
    ...the whole of docs/checks/examples/coro-unawaited-task/bad-dropped-tasks.cpp...
    ```

    ```console
    $ corolint bad-dropped-tasks.cpp
    ...what corolint prints, paths relative to the example's directory...
    ```

The files live in docs/checks/examples/<check>/<bad|good>-<what>.cpp, and the
compiler flags they need in docs/checks/examples/compile_flags.txt, which
corolint (and clangd) read by themselves.

Usage:
  update-doc-examples.py            rewrite the pages' example blocks
  update-doc-examples.py --check    change nothing; fail, naming the page and
                                    the example, when a page differs from its
                                    files or from corolint's output
Either way it fails when an example does not compile, a "bad" example has no
finding of its page's check, a "good" one has any finding, a ```cpp block of
a page has no marker, a marker names no file, or a file is on no page.
"""

import argparse
import concurrent.futures
import difflib
import glob
import os
import re
import subprocess
import sys

MARKER = re.compile(r"^<!-- example: (\S+) -->$")
EXAMPLE_NAME = re.compile(r"^([a-z0-9-]+)/(bad|good)-[a-z0-9-]+\.cpp$")
FLAGS_FILE = "compile_flags.txt"


class Example:
    """One example file and what the tools say about it."""

    def __init__(self, examples_dir, name):
        self.name = name
        self.path = os.path.join(examples_dir, name)
        self.dir = os.path.dirname(self.path)
        self.file = os.path.basename(self.path)
        match = EXAMPLE_NAME.match(name)
        self.check = match.group(1) if match else None
        self.kind = match.group(2) if match else None
        self.code = None
        self.findings = None  # The console block's lines.
        self.problems = []


def compile_flags(example_dir, examples_dir):
    """The flags of the nearest compile_flags.txt, as clang's tooling reads
    them (one argument a line, relative to the file's directory), and that
    directory."""
    directory = example_dir
    while True:
        candidate = os.path.join(directory, FLAGS_FILE)
        if os.path.exists(candidate):
            with open(candidate, encoding="utf-8") as f:
                return [l.strip() for l in f if l.strip()], directory
        if os.path.samefile(directory, examples_dir):
            return [], example_dir
        directory = os.path.dirname(directory)


def build_compiler(build_dir):
    """The Clang of the LLVM a build directory was made with, else
    clang++-22."""
    try:
        with open(os.path.join(build_dir, "CMakeCache.txt")) as cache:
            for line in cache:
                if line.startswith("COROLINT_LLVM_VERSION:"):
                    return "clang++-" + line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "clang++-22"


def run_tools(example, examples_dir, corolint, clangxx):
    """Compiles and lints one example, filling in its findings or problems."""
    with open(example.path, encoding="utf-8") as f:
        example.code = f.read()
    flags, flags_dir = compile_flags(example.dir, examples_dir)
    compiled = subprocess.run(
        [clangxx, "-fsyntax-only"] + flags + [example.path], cwd=flags_dir,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if compiled.returncode != 0:
        example.problems.append("does not compile:\n" + compiled.stdout)
        return
    # --quiet: nothing but the findings, the same stdout as without it.
    linted = subprocess.run([corolint, "--quiet", example.file],
                            cwd=example.dir, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    if linted.returncode != 0:
        example.problems.append("corolint exited with %d:\n%s%s" % (
            linted.returncode, linted.stdout, linted.stderr))
        return
    # Paths relative to the example's directory; trailing blanks (a fix-it
    # line's) dropped, as editors drop them from the page.
    output = linted.stdout.replace(os.path.realpath(example.dir) + os.sep, "")
    output = output.replace(example.dir + os.sep, "")
    example.findings = ["$ corolint " + example.file] + [
        line.rstrip() for line in output.splitlines()]
    warnings = [l for l in example.findings if re.search(r": (warning|error):", l)]
    if example.kind == "bad" and not any(
            l.endswith("[%s]" % example.check) for l in warnings):
        example.problems.append(
            "is a bad example, but corolint reports no %s finding for it"
            % example.check)
    if example.kind == "good" and warnings:
        example.problems.append(
            "is a good example, but corolint reports:\n" + "\n".join(warnings))


def fenced(language, lines):
    return ["```" + language] + lines + ["```"]


def read_fence(lines, at, language):
    """The lines of the fenced block of \\p language starting at line \\p at,
    and the line after it; None when there is no such block there."""
    if at >= len(lines) or lines[at] != "```" + language:
        return None, at
    end = at + 1
    while end < len(lines) and lines[end] != "```":
        end += 1
    if end == len(lines):
        return None, at
    return lines[at + 1:end], end + 1


def process_page(page, root, check_name, examples, problems):
    """The page's text with its example blocks made what they should be."""
    with open(page, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, at, seen = [], 0, []
    shown = os.path.relpath(page, root)
    while at < len(lines):
        line = lines[at]
        marker = MARKER.match(line)
        if line == "```cpp":
            problems.append("%s:%d: a C++ block without an example marker "
                            "(<!-- example: %s/<bad|good>-<what>.cpp -->)"
                            % (shown, at + 1, check_name))
        if not marker:
            out.append(line)
            at += 1
            continue
        name = marker.group(1)
        seen.append(name)
        example = examples.get(name)
        where = "%s: example %s" % (shown, name)
        out.append(line)
        at += 1
        code, after_code = read_fence(lines, at, "cpp")
        if code is None:
            problems.append("%s: no ```cpp block after the marker" % where)
            continue
        at = after_code
        findings, after_findings = None, at
        if at + 1 < len(lines) and lines[at] == "":
            findings, after_findings = read_fence(lines, at + 1, "console")
        if example is None or example.code is None:
            out += fenced("cpp", code)
            if findings is not None:
                out += [""] + fenced("console", findings)
                at = after_findings
            continue
        file_code = example.code.rstrip("\n").split("\n")
        if code != file_code:
            problems.append("%s: the page's code is not the file's:\n%s" % (
                where, diff(code, file_code, "page", example.name)))
        out += fenced("cpp", file_code)
        if findings is None:
            problems.append("%s: no ```console block of findings after the "
                            "code" % where)
        else:
            at = after_findings
            if example.findings is not None and findings != example.findings:
                problems.append(
                    "%s: the page's findings are not corolint's:\n%s" % (
                        where, diff(findings, example.findings, "page",
                                    "corolint")))
        if example.findings is not None:
            out += [""] + fenced("console", example.findings)
        elif findings is not None:
            out += [""] + fenced("console", findings)
    return "\n".join(out), seen


def diff(old, new, old_name, new_name):
    return "\n".join(difflib.unified_diff(old, new, old_name, new_name,
                                          lineterm="", n=1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; fail where a page is not true")
    parser.add_argument("--root", default=os.path.dirname(
        os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--corolint", help="default: ROOT/build/bin/corolint")
    parser.add_argument("--clangxx",
                        help="default: the compiler of ROOT/build, else "
                        "clang++-22")
    parser.add_argument("--page", action="append", default=[],
                        help="only this check's page (repeatable)")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    corolint = os.path.abspath(
        args.corolint or os.path.join(root, "build", "bin", "corolint"))
    clangxx = args.clangxx or build_compiler(os.path.join(root, "build"))
    docs = os.path.join(root, "docs", "checks")
    examples_dir = os.path.join(docs, "examples")
    pages = sorted(glob.glob(os.path.join(docs, "*.md")))
    if args.page:
        pages = [p for p in pages
                 if os.path.basename(p)[:-len(".md")] in args.page]
    problems = []

    # Every example a selected page marks, and every file of its directory.
    names = set()
    for page in pages:
        with open(page, encoding="utf-8") as f:
            names.update(m.group(1) for m in map(MARKER.match, f.read().split(
                "\n")) if m)
        check_name = os.path.basename(page)[:-len(".md")]
        for path in glob.glob(os.path.join(examples_dir, check_name, "*.cpp")):
            names.add(os.path.relpath(path, examples_dir))
    examples = {}
    for name in sorted(names):
        example = Example(examples_dir, name)
        if not example.check:
            problems.append("example %s: not named <check>/<bad|good>-<what>"
                            ".cpp" % name)
        elif not os.path.exists(example.path):
            problems.append("example %s: no such file in %s" % (
                name, os.path.relpath(examples_dir, root)))
        else:
            examples[name] = example
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda e: run_tools(e, examples_dir, corolint,
                                          clangxx), examples.values()))

    changed = []
    shown_on = {}
    for page in pages:
        check_name = os.path.basename(page)[:-len(".md")]
        page_problems = []
        text, seen = process_page(page, root, check_name, examples,
                                  page_problems)
        for name in seen:
            if name in shown_on:
                page_problems.append("%s: example %s is shown twice (also on "
                                     "%s)" % (os.path.relpath(page, root), name,
                                             shown_on[name]))
            shown_on[name] = os.path.relpath(page, root)
            if EXAMPLE_NAME.match(name) and not name.startswith(check_name + "/"):
                page_problems.append("%s: example %s is not in examples/%s/"
                                     % (os.path.relpath(page, root), name,
                                        check_name))
        if args.check:
            problems += page_problems
            continue
        # Differences are what an update fixes; everything else stays a problem.
        problems += [p for p in page_problems
                     if "is not the file's" not in p and
                     "are not corolint's" not in p and
                     "no ```console block" not in p]
        with open(page, encoding="utf-8") as f:
            if f.read() != text:
                with open(page, "w", encoding="utf-8") as f:
                    f.write(text)
                changed.append(os.path.relpath(page, root))

    for name, example in sorted(examples.items()):
        for problem in example.problems:
            problems.append("example %s %s" % (name, problem))
        if name not in shown_on:
            problems.append("example %s is on no page" % name)
    for page in changed:
        print("updated " + page)
    if problems:
        sys.exit("\n".join(problems))
    print("%d examples on %d pages are true" % (len(examples), len(pages)))


if __name__ == "__main__":
    main()
