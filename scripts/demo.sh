#!/usr/bin/env bash
# Sets up, builds corolint, and runs it on the bundled example service
# (examples/): the classic coroutine mistakes, found.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" --example
# The build takes minutes on a fresh machine: its progress goes to stderr
# (one updating line on a terminal), so that stdout holds only the findings.
echo "corolint: building build/bin/corolint (a few minutes the first time)" >&2
"$root/scripts/build.sh" >&2
# Configuring the example is enough: it writes compile_commands.json. Its
# compiler is the Clang of corolint's LLVM (GCC would do as well, were it
# installed).
version="$(sed -n 's/^COROLINT_LLVM_VERSION:STRING=//p' "$root/build/CMakeCache.txt")"
compiler="clang++-$version"
cmake -S "$root/examples" -B "$root/examples/build" -G Ninja \
  -DCMAKE_CXX_COMPILER="$compiler" >/dev/null
cd "$root"
status=0
build/bin/corolint -p examples/build || status=$?
echo "corolint exited with $status (0: findings are warnings; see README)"
