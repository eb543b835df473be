#!/usr/bin/env python3
"""Times `corolint -p DB --cache-dir=DIR` cold (empty cache), warm (nothing
changed) and warm after one source file changed, run by hand, never by the
tests.

    bench/result-cache.py                     # examples/ (2 files, asio)
    bench/result-cache.py --asio-examples     # asio's 60 C++11 examples
    bench/result-cache.py --rounds 5 --jobs 2

The files are copied to a temporary directory (one of them is edited). Each
round starts from an empty cache. It checks that every run exits as the
cold one did and prints the same findings (the edit is a comment at the end
of the file, which moves no finding), and that the warm runs took every
unchanged file from the cache; then prints the median times.
"""

import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ASIO_EXAMPLES = "/usr/share/doc/libasio-dev/examples/cpp11"
FLAGS = ["-std=c++20", "-DASIO_HAS_CO_AWAIT", "-DASIO_HAS_STD_COROUTINE"]


def copy_project(opts, work):
    """The files to lint, copied under work/src, and their database."""
    src = os.path.join(work, "src")
    if opts.asio_examples:
        shutil.copytree(ASIO_EXAMPLES, src)
    else:
        shutil.copytree(os.path.join(ROOT, "examples", "dashboard"), src)
    files = sorted(glob.glob(os.path.join(src, "**", "*.cpp"), recursive=True))
    if not files:
        sys.exit("result-cache.py: no files to lint under %s" % src)
    db = os.path.join(work, "db")
    os.makedirs(db)
    with open(os.path.join(db, "compile_commands.json"), "w") as f:
        json.dump([{"directory": os.path.dirname(p), "file": p,
                    "arguments": ["clang++"] + FLAGS + ["-I" + os.path.dirname(p), "-c", p]}
                   for p in files], f)
    return db, files


def run(corolint, db, cache, jobs):
    start = time.perf_counter()
    done = subprocess.run([corolint, "-p", db, "-j", str(jobs), "--cache-dir=" + cache],
                          capture_output=True, text=True)
    return time.perf_counter() - start, done


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--asio-examples", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    opts = ap.parse_args()
    corolint = os.path.join(opts.build, "bin", "corolint")
    times = {"cold": [], "warm": [], "one file changed": []}
    with tempfile.TemporaryDirectory() as work:
        db, files = copy_project(opts, work)
        edited = files[0]
        with open(edited) as f:
            original = f.read()
        outputs = set()
        status = None
        for round_ in range(opts.rounds):
            cache = os.path.join(work, "cache-%d" % round_)
            with open(edited, "w") as f:
                f.write(original)
            for name in times:
                if name == "one file changed":
                    with open(edited, "w") as f:
                        f.write(original + "\n// edited %d\n" % round_)
                seconds, done = run(corolint, db, cache, opts.jobs)
                times[name].append(seconds)
                if status is None:
                    status = done.returncode
                if done.returncode != status or done.returncode not in (0, 1):
                    sys.exit("result-cache.py: %s run exited %d:\n%s"
                             % (name, done.returncode, done.stderr[-2000:]))
                outputs.add(done.stdout)
                cached = len(files) - (0 if name == "warm" else 1)
                if name != "cold" and ("%d of them from the cache" % cached) not in done.stderr:
                    sys.exit("result-cache.py: the %s run did not take %d files from the cache:\n%s"
                             % (name, cached, done.stderr[-2000:]))
        if len(outputs) != 1:
            sys.exit("result-cache.py: the runs printed different findings")
    print("%d files, -j %d, %d rounds (median):" % (len(files), opts.jobs, opts.rounds))
    cold = statistics.median(times["cold"])
    for name, values in times.items():
        median = statistics.median(values)
        print("  %-17s %6.2f s  (%.2fx cold; all: %s)"
              % (name, median, median / cold, ", ".join("%.2f" % v for v in values)))


if __name__ == "__main__":
    main()
