#!/usr/bin/env python3
"""Write corolint's man page from the driver's own --help and --list-checks.

    scripts/make-manpage.py <corolint binary> <output.1> [--name corolint-22]

The build runs it (target corolint-manpage), so the page can never list an
option the binary does not have, or miss one it has. --name is the command the
page documents (the Debian packages install corolint-NN, with corolint as an
alternative). Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

PROJECT_URL = "https://github.com/corolint/corolint"


def roff_escape(text: str) -> str:
    """Text as roff shows it literally: backslashes doubled, and a line that
    starts with '.' or ' protected."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each joined into one line."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())
            if p.strip()]


def parse_help(help_text: str) -> tuple[str, str, list[tuple[str, list[str]]]]:
    """(overview, usage, options) of LLVM's cl::opt --help output. Each option
    is (its synopsis, its description lines, sub-values included)."""
    overview = help_text.split("OVERVIEW:", 1)[1].split("USAGE:", 1)[0]
    usage = help_text.split("USAGE:", 1)[1].split("\n", 1)[0].strip()
    # Only corolint's own options; LLVM's generic ones are --help/--version.
    section = help_text.split("corolint options:", 1)[1]
    options: list[tuple[str, list[str]]] = []
    for line in section.split("\n"):
        option = re.match(r"^  (-\S.*?)\s+- ?(.*)$", line)
        value = re.match(r"^    (=\S+)\s+-\s+(.*)$", line)
        if option:
            options.append((option.group(1).strip(), [option.group(2).strip()]))
        elif value and options:
            options[-1][1].append(f"{value.group(1)[1:]}: {value.group(2)}")
        elif line.strip() and options:
            options[-1][1].append(line.strip())
    return overview, usage, options


def manpage(name: str, version: str, help_text: str, checks: str) -> str:
    overview, usage, options = parse_help(help_text)
    description = paragraphs(overview)
    exit_codes = [p for p in description if p.startswith("Exit codes:")]
    description = [p for p in description if not p.startswith("Exit codes:")]
    out = [
        f'.TH {name.upper()} 1 "" "corolint {version}" "User Commands"',
        ".SH NAME",
        f"{roff_escape(name)} \\- lint C++20 coroutine code for async misuse",
        ".SH SYNOPSIS",
        ".B " + roff_escape(name),
        roff_escape(usage.split(None, 1)[1] if " " in usage else ""),
        ".SH DESCRIPTION",
    ]
    for paragraph in description:
        out += [".PP", roff_escape(paragraph)]
    out.append(".SH OPTIONS")
    for synopsis, lines in options:
        body = [l for l in lines if l]
        out += [".TP", ".B " + roff_escape(synopsis)]
        # A sub-value list (--format) keeps one line per value.
        text = []
        for line in body:
            if re.match(r"^[a-z]+: ", line) and text:
                out.append(roff_escape(" ".join(text)))
                out.append(".br")
                text = [line]
            else:
                text.append(line)
        if text:
            out.append(roff_escape(" ".join(text)))
    out.append(".SH CHECKS")
    for line in checks.splitlines():
        match = re.match(r"^\s+(\S+) - (.*?)( https?://\S+)?$", line)
        if match:
            out += [".TP", ".B " + roff_escape(match.group(1)),
                    roff_escape(match.group(2))]
    out += [".PP", roff_escape(
        f"{name} --explain <check> prints a check's page.")]
    if exit_codes:
        out += [".SH EXIT STATUS", roff_escape(
            exit_codes[0].removeprefix("Exit codes:").strip())]
    out += [
        ".SH SEE ALSO",
        ".BR clang\\-tidy (1)",
        ".PP",
        roff_escape(f"{PROJECT_URL} (docs/checks/ has a page per check)."),
    ]
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corolint")
    parser.add_argument("output")
    parser.add_argument("--name", default="corolint")
    args = parser.parse_args()

    def run(*flags: str) -> str:
        return subprocess.run([args.corolint, *flags], check=True,
                              capture_output=True, text=True).stdout

    version_line = run("--version").strip()
    match = re.search(r"corolint version (\S+)", version_line)
    if not match:
        print(f"make-manpage.py: unexpected --version: {version_line!r}",
              file=sys.stderr)
        return 1
    page = manpage(args.name, match.group(1), run("--help"),
                   run("--list-checks"))
    output = Path(args.output)
    temporary = output.with_name(output.name + ".tmp")
    temporary.write_text(page)
    temporary.replace(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
