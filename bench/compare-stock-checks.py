#!/usr/bin/env python3
"""Compares corolint's lock and dangling-reference checks with stock
clang-tidy's coroutine checks, case by case, and writes docs/comparison.md.

    bench/compare-stock-checks.py --corolint build/bin/corolint         # write
    bench/compare-stock-checks.py --corolint build/bin/corolint --check # check

It runs clang-tidy-19 with its four coroutine checks (STOCK_CHECKS) and
corolint with coro-lock-across-await and coro-dangling-reference on each case
file of bench/comparison/, maps every finding to the case it falls in, and
renders the verdicts as Markdown. A corolint check that the binary does not
have yet is reported as "not in this build", not as a miss.

Case files are C++ with marker comments:

    // case: <name>: <one-line description>
        starts a case; it runs to the line before the next marker (or the end
        of the file). A case is the unit of comparison: a tool reports a case
        when one of its findings lies on one of the case's lines, whichever
        line that is (stock checks report declarations, corolint calls).
    <code>  // expect: bug <corolint check>
        a finding belongs on this line: the case is a bug case.
    <code>  // expect: ok <corolint check>
        a finding on this line would be wrong. A case without `expect: bug`
        lines is an ok case; every case needs at least one expect line, and
        all of a case's expect lines name the same corolint check.

Verdicts per tool and case: a bug case is a "true positive" when the tool
reports one of its lines other than its `expect: ok` lines, else "missed";
an ok case is a "false alarm" when the tool reports any of its lines, else
"quiet". Findings on `expect: ok` lines of bug cases are listed besides.

--check regenerates the document in memory and exits 1, with a diff, when
the file differs (or is missing); it also exits 1 when corolint misses a bug
case that stock clang-tidy finds, or reports an ok case or an `expect: ok`
line, naming each. Exit 2: a case file is malformed or a tool failed.
The output names files relative to the repository and has no timestamps.
"""

import argparse
import dataclasses
import difflib
import glob
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
CASES_DIR = "bench/comparison"
DEFAULT_DOC = "docs/comparison.md"
COMPILE_FLAGS = ["-std=c++20", "-DASIO_HAS_CO_AWAIT",
                 "-DASIO_HAS_STD_COROUTINE"]
# Each stock check, with the corolint check whose cases it is held against
# alone in the summary.
STOCK_CHECKS = {
    "misc-coroutine-hostile-raii": "coro-lock-across-await",
    "cppcoreguidelines-no-suspend-with-lock": "coro-lock-across-await",
    "cppcoreguidelines-avoid-reference-coroutine-parameters":
        "coro-dangling-reference",
    "cppcoreguidelines-avoid-capturing-lambda-coroutines":
        "coro-dangling-reference",
}
COROLINT_CHECKS = ["coro-lock-across-await", "coro-dangling-reference"]
STOCK, COROLINT = "stock", "corolint"
NOT_IN_BUILD = "not in this build"

CASE_RE = re.compile(r"^\s*// case: ([\w-]+): (.+?)\s*$")
EXPECT_RE = re.compile(r"// expect: (bug|ok) (coro-[\w-]+)\s*$")
DIAG_RE = re.compile(
    r"^(.*?):(\d+):(\d+): (warning|error): (.*) \[([\w.,-]+)\]$")


class ComparisonError(Exception):
    """A malformed case file or a tool that failed: exit 2."""


@dataclasses.dataclass
class Case:
    file: str
    name: str
    description: str
    first: int
    last: int = 0
    check: str = ""
    bug_lines: list = dataclasses.field(default_factory=list)
    ok_lines: list = dataclasses.field(default_factory=list)

    @property
    def truth(self):
        return "bug" if self.bug_lines else "ok"


@dataclasses.dataclass(frozen=True, order=True)
class Finding:
    file: str
    line: int
    column: int
    check: str
    message: str


# Reading the cases.

def add_expectation(case, path, number, kind, check):
    """Records an `expect:` marker of line number on case."""
    if case is None:
        raise ComparisonError(f"{path}:{number}: expect: before any case")
    if case.check and case.check != check:
        raise ComparisonError(
            f"{path}:{number}: case '{case.name}' names both {case.check} "
            f"and {check}")
    case.check = check
    (case.bug_lines if kind == "bug" else case.ok_lines).append(number)


def read_cases(path):
    """The cases of the case file at path (relative to the repository)."""
    with open(os.path.join(REPO, path), encoding="utf-8") as f:
        lines = f.read().splitlines()
    cases = []
    for number, text in enumerate(lines, start=1):
        marker = CASE_RE.match(text)
        if marker:
            if cases:
                cases[-1].last = number - 1
            cases.append(Case(path, marker.group(1), marker.group(2), number))
            continue
        expect = EXPECT_RE.search(text)
        if expect:
            add_expectation(cases[-1] if cases else None, path, number,
                            expect.group(1), expect.group(2))
    if cases:
        cases[-1].last = len(lines)
    for case in cases:
        if not case.check:
            raise ComparisonError(
                f"{path}:{case.first}: case '{case.name}' has no expect: line")
    return cases


def read_all_cases(files):
    """The cases of all case files, checking that names are unique."""
    cases = [case for path in files for case in read_cases(path)]
    seen = set()
    for case in cases:
        if case.name in seen:
            raise ComparisonError(f"case name '{case.name}' used twice")
        seen.add(case.name)
    return cases


def case_files():
    """The case files, relative to the repository, in a stable order."""
    pattern = os.path.join(REPO, CASES_DIR, "*.cpp")
    return sorted(os.path.relpath(path, REPO) for path in glob.glob(pattern))


# Running the tools.

def run(command):
    """Runs command in the repository; its stdout, or ComparisonError."""
    try:
        result = subprocess.run(command, cwd=REPO, capture_output=True,
                                text=True)
    except OSError as error:
        raise ComparisonError(f"cannot run {command[0]}: {error}")
    if result.returncode not in (0, 1):
        raise ComparisonError(
            f"{' '.join(command)} exited {result.returncode}:\n"
            f"{result.stdout}{result.stderr}")
    return result.stdout


def relative(path):
    """path relative to the repository (tools may print it absolute)."""
    return os.path.relpath(os.path.realpath(os.path.join(REPO, path)), REPO)


def stock_command(clang_tidy, path):
    return [clang_tidy, "--config={}", "--checks=-*," + ",".join(STOCK_CHECKS),
            path, "--"] + COMPILE_FLAGS


def stock_findings(clang_tidy, path):
    """The findings of the stock checks on the case file at path."""
    findings = []
    for text in run(stock_command(clang_tidy, path)).splitlines():
        diag = DIAG_RE.match(text)
        if not diag:
            continue
        if diag.group(4) == "error" or diag.group(6).startswith("clang-"):
            raise ComparisonError(f"{path} does not compile: {text}")
        findings.append(Finding(relative(diag.group(1)), int(diag.group(2)),
                                int(diag.group(3)), diag.group(6),
                                diag.group(5)))
    return findings


def clang_tidy_version(clang_tidy):
    """The LLVM version clang-tidy reports, e.g. 19.1.7."""
    found = re.search(r"LLVM version (\S+)", run([clang_tidy, "--version"]))
    if not found:
        raise ComparisonError(f"{clang_tidy} --version names no LLVM version")
    return found.group(1)


def corolint_available_checks(corolint):
    """Those of COROLINT_CHECKS that the corolint binary has."""
    listing = run([corolint, "--config={}", "--checks=-*,coro-*",
                   "--list-checks"])
    names = set(re.findall(r"^\s+(coro-[\w-]+)(?:\s|$)", listing,
                           re.MULTILINE))
    return [check for check in COROLINT_CHECKS if check in names]


def corolint_command(corolint, checks, path):
    return [corolint, "--config={}", "--checks=-*," + ",".join(checks),
            "--format=json", "--quiet", "--source-root=.", path,
            "--"] + COMPILE_FLAGS


def corolint_findings(corolint, checks, path):
    """The findings of corolint's checks on the case file at path."""
    if not checks:
        return []
    report = json.loads(run(corolint_command(corolint, checks, path)))
    return [Finding(relative(item["file"]), item["line"], item["column"],
                    item["check"], item["message"])
            for item in report["findings"]]


# Judging.

def case_of(finding, cases):
    """The case a finding lies in, or None."""
    for case in cases:
        if (case.file == finding.file
                and case.first <= finding.line <= case.last):
            return case
    return None


def group_by_case(findings, cases):
    """{case name: sorted findings}, and the sorted findings outside cases."""
    grouped = {case.name: [] for case in cases}
    outside = []
    for finding in sorted(set(findings)):
        case = case_of(finding, cases)
        (grouped[case.name] if case else outside).append(finding)
    return grouped, outside


def verdict(case, findings):
    """A tool's verdict on case, given its findings there."""
    if case.truth == "bug":
        hits = [f for f in findings if f.line not in case.ok_lines]
        return "true positive" if hits else "missed"
    return "false alarm" if findings else "quiet"


def stray(case, findings):
    """Findings on the `expect: ok` lines of a bug case."""
    if case.truth != "bug":
        return []
    return [f for f in findings if f.line in case.ok_lines]


@dataclasses.dataclass
class Results:
    cases: list
    stock: dict
    corolint: dict
    outside: dict
    available: list
    version: str

    def missing(self, tool, case):
        """Whether corolint lacks case's check and reports nothing there."""
        return (tool == COROLINT and case.check not in self.available
                and not self.findings(tool, case))

    def verdict(self, tool, case, only=None):
        if self.missing(tool, case):
            return NOT_IN_BUILD
        return verdict(case, self.findings(tool, case, only))

    def findings(self, tool, case, only=None):
        """The tool's findings in case; with only, those of that check."""
        found = (self.stock if tool == STOCK else self.corolint)[case.name]
        return [f for f in found if only is None or f.check == only]


def collect(clang_tidy, corolint):
    """Runs both tools on every case file and returns the Results."""
    files = case_files()
    if not files:
        raise ComparisonError(f"no case files in {CASES_DIR}")
    cases = read_all_cases(files)
    available = corolint_available_checks(corolint)
    stock, corolint_found = [], []
    for path in files:
        stock += stock_findings(clang_tidy, path)
        corolint_found += corolint_findings(corolint, available, path)
    stock_grouped, stock_outside = group_by_case(stock, cases)
    corolint_grouped, corolint_outside = group_by_case(corolint_found, cases)
    return Results(cases, stock_grouped, corolint_grouped,
                   {STOCK: stock_outside, COROLINT: corolint_outside},
                   available, clang_tidy_version(clang_tidy))


# Rendering.

def cell(text):
    return text.replace("|", "\\|")


def finding_list(findings):
    """`check` (line N, ...) for each check of findings, or nothing."""
    if not findings:
        return "nothing"
    lines = {}
    for finding in findings:
        lines.setdefault(finding.check, []).append(str(finding.line))
    return "; ".join(
        f"`{check}` (line{'s' if len(numbers) > 1 else ''} "
        f"{', '.join(numbers)})" for check, numbers in sorted(lines.items()))


def tool_cells(results, tool, case):
    """What a tool reports on case, and its verdict."""
    if results.missing(tool, case):
        return "-", NOT_IN_BUILD
    findings = results.findings(tool, case)
    judged = results.verdict(tool, case)
    extra = stray(case, findings)
    if extra:
        lines = ", ".join(sorted({str(f.line) for f in extra}))
        judged += f"; also on ok line {lines}"
    return finding_list(findings), judged


def case_table(results, path):
    """The Markdown table of the cases of one case file."""
    rows = ["| case | truth | stock reports | stock verdict "
            "| corolint reports | corolint verdict |",
            "|---|---|---|---|---|---|"]
    for case in results.cases:
        if case.file != path:
            continue
        stock, stock_verdict = tool_cells(results, STOCK, case)
        ours, our_verdict = tool_cells(results, COROLINT, case)
        name = (f"`{case.name}` (lines {case.first}-{case.last}): "
                f"{cell(case.description)}")
        rows.append(f"| {name} | {case.truth} | {stock} | {stock_verdict} "
                    f"| {ours} | {our_verdict} |")
    return rows


def message_lines(results):
    """Every finding with its message, by case."""
    out = []
    for case in results.cases:
        for tool, label in ((STOCK, "stock"), (COROLINT, "corolint")):
            for f in results.findings(tool, case):
                out.append(f"- `{case.name}`, {label}: {f.file}:{f.line}:"
                           f"{f.column}: `{f.check}`: {f.message}")
    for tool, label in ((STOCK, "stock"), (COROLINT, "corolint")):
        for f in results.outside[tool]:
            out.append(f"- outside any case, {label}: {f.file}:{f.line}:"
                       f"{f.column}: `{f.check}`: {f.message}")
    return out or ["None."]


def tally(results, tool, cases, only=None):
    """[true positives, missed, false alarms, quiet, not in build, stray]."""
    counts = dict.fromkeys(["true positive", "missed", "false alarm", "quiet",
                            NOT_IN_BUILD], 0)
    strays = 0
    for case in cases:
        judged = results.verdict(tool, case, only)
        counts[judged] += 1
        if judged != NOT_IN_BUILD:
            strays += len(stray(case, results.findings(tool, case, only)))
    return list(counts.values()) + [strays]


def tally_row(label, group, counts):
    return f"| {label} | {group} | {' | '.join(str(n) for n in counts)} |"


def summary_table(results):
    """Counts per tool and case file, and in all."""
    rows = ["| tool | cases | true positives | missed | false alarms "
            "| quiet (ok cases) | not in this build "
            "| findings on ok lines of bug cases |",
            "|---|---|---:|---:|---:|---:|---:|---:|"]
    files = sorted({case.file for case in results.cases})
    groups = [(os.path.basename(path),
               [c for c in results.cases if c.file == path]) for path in files]
    groups.append(("all", results.cases))
    for tool, label in ((STOCK, f"clang-tidy-{major(results)} (stock)"),
                        (COROLINT, "corolint")):
        for group, cases in groups:
            rows.append(tally_row(label, group, tally(results, tool, cases)))
    for check, compared in STOCK_CHECKS.items():
        cases = [c for c in results.cases if c.check == compared]
        rows.append(tally_row(f"`{check}` alone", f"{compared} cases",
                              tally(results, STOCK, cases, check)))
    return rows


def major(results):
    return results.version.split(".")[0]


def intro(results):
    """The document's opening: what is compared and how."""
    tidy = f"clang-tidy-{major(results)}"
    flags = " ".join(COMPILE_FLAGS)
    missing = [c for c in COROLINT_CHECKS if c not in results.available]
    lines = [
        "# corolint and stock clang-tidy on coroutine locks and dangling "
        "references",
        "",
        "Generated by `bench/compare-stock-checks.py --corolint "
        "<build>/bin/corolint`; do not edit",
        "(`--check`, run by tests/driver/stock-comparison.test, fails when "
        "this file is stale).",
        "",
        f"Stock {tidy} (LLVM {results.version}) with its coroutine checks, "
        "against corolint's",
        "`coro-lock-across-await` and `coro-dangling-reference`, on the small "
        f"cases of `{CASES_DIR}/`:",
        "",
        "```sh",
        f"{tidy} --checks=-*,{','.join(STOCK_CHECKS)} FILE -- {flags}",
        f"corolint --checks=-*,{','.join(COROLINT_CHECKS)} FILE -- {flags}",
        "```",
        "",
        "The unit of comparison is the case (a `// case:` marker up to the "
        "next one, one or a",
        "few functions of its own): a tool reports a case when a finding lies "
        "on any of its lines.",
        "Stock checks report declarations (a reference parameter, a lambda, "
        "a guard variable) where",
        "corolint reports the call or the suspension point; both count. The "
        "truth of a case comes",
        "from its `// expect: bug` or `// expect: ok` markers. A bug case is "
        "a *true positive* when",
        "the tool reports one of its lines other than an `expect: ok` line, "
        "else *missed*; an ok",
        "case is a *false alarm* when the tool reports it, else *quiet*. "
        "\"stock\" is the four",
        "checks together; the findings' messages are listed at the end.",
        "",
        "Stock's reference and lambda checks flag every coroutine with a "
        "reference parameter and",
        "every capturing coroutine lambda, however it is called: they find "
        "the bug cases of those",
        "shapes and flag the ok ones alike, so read their true positives with "
        "their false alarms.",
    ]
    if missing:
        names = ", ".join(f"`{c}`" for c in missing)
        lines += ["", f"The corolint build used has no {names} yet:",
                  "the cases of a check it lacks read "
                  f"*{NOT_IN_BUILD}* (unless corolint reports them anyway)",
                  "and count neither way."]
    return lines


def render(results):
    """The whole of docs/comparison.md."""
    lines = intro(results)
    for path in sorted({case.file for case in results.cases}):
        lines += ["", f"## `{path}`", ""] + case_table(results, path)
    lines += ["", "## Summary", ""] + summary_table(results)
    lines += ["", "## Findings", ""] + message_lines(results)
    return "\n".join(lines) + "\n"


# Checking.

def regressions(results):
    """Where corolint does worse than it must: one line each."""
    problems = []
    for case in results.cases:
        if results.missing(COROLINT, case):
            continue
        ours = results.verdict(COROLINT, case)
        where = f"{case.file}:{case.first}: case '{case.name}'"
        if (ours == "missed"
                and results.verdict(STOCK, case) == "true positive"):
            problems.append(f"{where}: corolint misses a bug stock finds")
        elif ours == "false alarm":
            problems.append(f"{where}: corolint reports an ok case")
        for f in stray(case, results.findings(COROLINT, case)):
            problems.append(f"{where}: corolint reports ok line {f.line}")
    return problems


def check_document(text, doc_path):
    """True when the file at doc_path holds text; else prints a diff."""
    shown = os.path.relpath(doc_path, REPO)
    if shown.startswith(os.pardir):
        shown = doc_path
    try:
        with open(doc_path, encoding="utf-8") as f:
            current = f.read()
    except FileNotFoundError:
        print(f"{shown} is missing; run bench/compare-stock-checks.py "
              "--corolint <corolint> to write it", file=sys.stderr)
        return False
    if current == text:
        return True
    print(f"{shown} is stale; run bench/compare-stock-checks.py --corolint "
          "<corolint> to rewrite it:", file=sys.stderr)
    sys.stderr.writelines(difflib.unified_diff(
        current.splitlines(True), text.splitlines(True),
        fromfile=shown, tofile=shown + " (regenerated)"))
    return False


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corolint", required=True,
                        help="the corolint binary")
    parser.add_argument("--clang-tidy", default="clang-tidy-19",
                        help="the stock clang-tidy (default: clang-tidy-19)")
    parser.add_argument("--doc", default=os.path.join(REPO, DEFAULT_DOC),
                        help=f"the document (default: {DEFAULT_DOC})")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if the document is "
                        "stale or corolint does worse than it must")
    args = parser.parse_args()
    try:
        results = collect(args.clang_tidy, os.path.abspath(args.corolint))
    except ComparisonError as error:
        print(f"compare-stock-checks.py: {error}", file=sys.stderr)
        return 2
    text = render(results)
    if not args.check:
        with open(args.doc, "w", encoding="utf-8") as f:
            f.write(text)
        return 0
    ok = check_document(text, args.doc)
    for problem in regressions(results):
        print(problem, file=sys.stderr)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
