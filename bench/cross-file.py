#!/usr/bin/env python3
"""Times what following calls across files costs a run over a compile database.

Run by hand, never by the tests:

    bench/cross-file.py --build build --database examples/build
    bench/cross-file.py --build /tmp/b --database ~/.cache/corolint-corpus/X/build --runs 5

For each database it runs `corolint -p DB -j JOBS --quiet` with --cross-file=false and with
--cross-file (the default), interleaved (each round runs both, alternating which goes first),
and prints the median wall time of each, their ratio and the number of findings of each.
The issue's bound: the cold run with cross-file analysis costs at most 1.15x the run
without it. Nothing is written into the database's project.

Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def run(command: list[str]) -> tuple[float, int]:
    """Wall time of command, and how many findings it printed."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, errors="replace")
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    findings = sum(1 for line in done.stdout.splitlines() if ": warning: " in line or ": error: " in line)
    return seconds, findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", required=True, help="corolint build (bin/corolint in it)")
    parser.add_argument("--database", action="append", required=True,
                        help="a directory with compile_commands.json (repeatable)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--extra", action="append", default=[],
                        help="an extra corolint argument, e.g. --checks=-*,coro-* (repeatable)")
    args = parser.parse_args()
    corolint = str(Path(args.build) / "bin" / "corolint")
    print("| database | files | without (s) | with (s) | ratio | findings without / with |")
    print("|---|---|---|---|---|---|")
    for database in args.database:
        base = [corolint, "-p", database, f"-j{args.jobs}", "--quiet", *args.extra]
        variants = {"without": base + ["--cross-file=false"], "with": base + ["--cross-file"]}
        times: dict[str, list[float]] = {name: [] for name in variants}
        findings: dict[str, int] = {}
        run(variants["with"])  # warm the file system cache
        for round_ in range(args.runs):
            order = list(variants) if round_ % 2 == 0 else list(reversed(variants))
            for name in order:
                seconds, count = run(variants[name])
                times[name].append(seconds)
                findings[name] = count
            print(f"round {round_ + 1}: " + ", ".join(f"{n} {times[n][-1]:.2f} s" for n in variants),
                  file=sys.stderr)
        files = len(__import__("json").load(open(Path(database) / "compile_commands.json")))
        without, with_ = statistics.median(times["without"]), statistics.median(times["with"])
        print(f"| {database} | {files} | {without:.2f} | {with_:.2f} | {with_ / without:.3f}x "
              f"| {findings['without']} / {findings['with']} |")


if __name__ == "__main__":
    main()
