#!/usr/bin/env python3
"""Runs one corolint check test, as clang-tidy's check_clang_tidy.py does.

Usage (from a lit RUN line):
  check_coro_lint.py [tool paths] [--check-suffix=S] [--config=YAML]
                     [--no-compile-fixed] INPUT CHECK TMPDIR -- COMPILER ARGS

The expectations sit beside the code in INPUT:
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [coro-...]
  // CHECK-FIXES: the fixed line
With --check-suffix=S the prefixes are CHECK-MESSAGES-S and CHECK-FIXES-S.

It fails unless all of these hold:
  1. the driver's findings match CHECK-MESSAGES, and it reports no warning or
     error that no CHECK-MESSAGES line expects (FileCheck -implicit-check-not);
  2. the file fixed by `corolint --fix` matches CHECK-FIXES, or, when INPUT
     has none, is unchanged;
  3. the fixed file still compiles (clang++ -fsyntax-only);
  4. running --fix again changes nothing and applies no fix (idempotence);
  5. the clang-tidy plugin prints the same findings and makes the same fixes
     as the driver;
  6. the driver prints the same findings and makes the same fixes when it
     parses the bodies of functions in system headers
     (--skip-system-function-bodies=false), which it skips by default.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys


def run(cmd, cwd=None, check_status=None):
    result = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    if check_status is not None and result.returncode not in check_status:
        sys.exit("command failed with exit code %d: %s\n--- stdout\n%s\n"
                 "--- stderr\n%s" % (result.returncode, " ".join(cmd),
                                     result.stdout, result.stderr))
    return result


INSERTS_LINES = ": note: the fix-it also inserts "


def inserts_lines(output):
    return INSERTS_LINES in output


def diagnostic_lines(output):
    """The findings' and notes' own lines, without snippets, and without the
    driver's notes for line-inserting fix-its."""
    return [line for line in output.splitlines()
            if re.match(r"\S+:\d+:\d+: (warning|error|note): ", line)
            and INSERTS_LINES not in line]


def without_fixit_notes(output):
    """clang-tidy notes each fix it is about to apply ("note: FIX-IT applied
    suggested code changes", with the source line); corolint applies fixes
    after printing and says what it wrote in one line on stderr."""
    kept, skipping = [], False
    for line in output.splitlines(keepends=True):
        if re.search(r": note: FIX-IT (applied|failed)", line):
            skipping = True
            continue
        if skipping and re.match(r"\s*\d* \|", line):
            continue
        skipping = False
        kept.append(line)
    return "".join(kept)


def fail(message):
    sys.exit("check_coro_lint.py: FAIL: " + message)


def main():
    parser = argparse.ArgumentParser()
    for tool in ("corolint", "plugin", "clang-tidy", "clangxx", "filecheck"):
        parser.add_argument("--" + tool, required=True)
    parser.add_argument("--check-suffix", default="")
    parser.add_argument("--config", default="")
    parser.add_argument("--no-compile-fixed", action="store_true")
    parser.add_argument("input")
    parser.add_argument("check")
    parser.add_argument("tmpdir")
    parser.add_argument("compiler_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    compiler_args = args.compiler_args
    if compiler_args and compiler_args[0] == "--":
        compiler_args = compiler_args[1:]

    suffix = "-" + args.check_suffix if args.check_suffix else ""
    messages_prefix = "CHECK-MESSAGES" + suffix
    fixes_prefix = "CHECK-FIXES" + suffix

    with open(args.input, encoding="utf-8") as f:
        original = f.read()
    has_messages = re.search(r"\b%s:" % re.escape(messages_prefix), original)
    has_fixes = re.search(r"\b%s:" % re.escape(fixes_prefix), original)
    # CHECK lines are blanked (not removed) so line numbers stay the same and
    # the checker never matches its own expectations.
    cleaned = re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", original)

    shutil.rmtree(args.tmpdir, ignore_errors=True)
    name = os.path.basename(args.input)
    runs = {}
    for tool in ("driver", "plugin", "driver-all-bodies"):
        workdir = os.path.join(args.tmpdir, tool)
        os.makedirs(workdir)
        with open(os.path.join(workdir, name), "w", encoding="utf-8") as f:
            f.write(cleaned)
        config = ["--config=" + args.config] if args.config else []
        if tool == "driver":
            cmd = [args.corolint]
        elif tool == "driver-all-bodies":
            cmd = [args.corolint, "--skip-system-function-bodies=false"]
        else:
            cmd = [args.clang_tidy, "--load=" + args.plugin]
        cmd += ["--checks=-*," + args.check, "--fix"] + config + [name, "--"]
        cmd += compiler_args
        result = run(cmd, cwd=workdir, check_status=(0, 1))
        with open(os.path.join(workdir, name), encoding="utf-8") as f:
            fixed = f.read()
        # Paths in diagnostics differ only by the work directory.
        output = result.stdout.replace(workdir + os.sep, "")
        if tool == "plugin":
            output = without_fixit_notes(output)
        runs[tool] = (result.returncode, output, fixed, result.stderr)

    driver_status, driver_output, fixed, driver_stderr = runs["driver"]
    plugin_status, plugin_output, plugin_fixed, _ = runs["plugin"]
    workdir = os.path.join(args.tmpdir, "driver")
    fixed_path = os.path.join(workdir, name)
    output_path = os.path.join(args.tmpdir, "driver-output.txt")
    with open(output_path, "w", encoding="utf-8") as f:
        f.write(driver_output)

    # 1. Findings.
    if has_messages:
        run([args.filecheck, "-input-file=" + output_path, args.input,
             "-check-prefix=" + messages_prefix,
             "-implicit-check-not={{warning|error}}:"], check_status=(0,))
    elif re.search(r"(warning|error):", driver_output):
        fail("no %s lines, but corolint reported:\n%s"
             % (messages_prefix, driver_output))

    # 2. Fixes.
    if has_fixes:
        run([args.filecheck, "-input-file=" + fixed_path, args.input,
             "-check-prefix=" + fixes_prefix, "-strict-whitespace"],
            check_status=(0,))
    elif fixed != cleaned:
        fail("no %s lines, but --fix changed the file:\n%s"
             % (fixes_prefix, fixed))

    # 3. The fixed code compiles.
    if not args.no_compile_fixed:
        run([args.clangxx, "-fsyntax-only"] + compiler_args + [fixed_path],
            check_status=(0,))

    # 4. Fixing again changes nothing.
    again = run([args.corolint, "--checks=-*," + args.check, "--fix"] +
                (["--config=" + args.config] if args.config else []) +
                [name, "--"] + compiler_args, cwd=workdir,
                check_status=(0, 1))
    with open(fixed_path, encoding="utf-8") as f:
        if f.read() != fixed:
            fail("a second --fix changed the file again")
    if re.search(r"corolint applied [1-9]", again.stderr):
        fail("a second --fix applied fixes:\n" + again.stderr)

    # 5. The plugin agrees with the driver: the same findings and notes. The
    # snippets are compared too, unless a fix-it inserts lines (an #include):
    # the driver shows that as a note (FixItDisplay.h), clang-tidy in the
    # finding's snippet, numbered wrongly by clang's renderer.
    if inserts_lines(driver_output):
        comparable_driver = diagnostic_lines(driver_output)
        comparable_plugin = diagnostic_lines(plugin_output)
    else:
        comparable_driver, comparable_plugin = driver_output, plugin_output
    if (plugin_status, comparable_plugin) != (driver_status,
                                              comparable_driver):
        fail("plugin and driver disagree\n--- driver (exit %d)\n%s\n"
             "--- plugin (exit %d)\n%s" % (driver_status, driver_output,
                                           plugin_status, plugin_output))
    if plugin_fixed != fixed:
        fail("plugin and driver fixed the file differently")

    # 6. Skipping the bodies of system functions changes nothing.
    all_status, all_output, all_fixed, _ = runs["driver-all-bodies"]
    if (all_status, all_output) != (driver_status, driver_output):
        fail("the driver's findings change when it parses system function "
             "bodies\n--- skipping (exit %d)\n%s\n--- parsing all (exit %d)\n%s"
             % (driver_status, driver_output, all_status, all_output))
    if all_fixed != fixed:
        fail("the driver fixed the file differently when it parsed system "
             "function bodies")


if __name__ == "__main__":
    main()
