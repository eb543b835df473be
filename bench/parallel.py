#!/usr/bin/env python3
"""Times `corolint -p DB -j 1` against `-j N` on a compile database of asio's
own C++11 examples (libasio-doc: 60 files), run by hand, never by the tests.

    bench/parallel.py                 # -j 1 vs -j 2, 3 interleaved rounds
    bench/parallel.py --jobs 4 --rounds 5

It checks that every run exits 0 and that all runs print the same findings,
then prints the median times and their ratio.
"""

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

EXAMPLES = "/usr/share/doc/libasio-dev/examples/cpp11"
FLAGS = ["-std=c++20", "-DASIO_HAS_CO_AWAIT", "-DASIO_HAS_STD_COROUTINE"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--build", default=os.path.join(os.path.dirname(__file__), "..", "build"))
    opts = ap.parse_args()
    corolint = os.path.join(opts.build, "bin", "corolint")
    files = sorted(glob.glob(os.path.join(EXAMPLES, "**", "*.cpp"), recursive=True))
    if not files:
        sys.exit("parallel.py: no asio examples under %s (install libasio-doc)" % EXAMPLES)
    with tempfile.TemporaryDirectory() as db:
        with open(os.path.join(db, "compile_commands.json"), "w") as f:
            json.dump([{"directory": os.path.dirname(p), "file": p,
                        "arguments": ["clang++"] + FLAGS + ["-I" + os.path.dirname(p), "-c", p]}
                       for p in files], f)
        times = {1: [], opts.jobs: []}
        outputs = set()
        for _ in range(opts.rounds):
            for jobs in times:
                start = time.perf_counter()
                run = subprocess.run([corolint, "-p", db, "-j", str(jobs)],
                                     capture_output=True, text=True)
                times[jobs].append(time.perf_counter() - start)
                if run.returncode != 0:
                    sys.exit("parallel.py: -j %d exited %d:\n%s" % (jobs, run.returncode, run.stderr[-2000:]))
                outputs.add(run.stdout)
        if len(outputs) != 1:
            sys.exit("parallel.py: the runs printed different findings")
    one = statistics.median(times[1])
    many = statistics.median(times[opts.jobs])
    print("%d files, %d rounds: -j 1 %.1f s, -j %d %.1f s, ratio %.2fx"
          % (len(files), opts.rounds, one, opts.jobs, many, many / one))


if __name__ == "__main__":
    main()
