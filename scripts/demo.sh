#!/usr/bin/env bash
# Sets up, builds corolint, and runs it on the bundled example service
# (examples/): the classic coroutine mistakes, found.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" --example
"$root/scripts/build.sh" >/dev/null
# Configuring the example is enough: it writes compile_commands.json.
cmake -S "$root/examples" -B "$root/examples/build" -G Ninja \
  -DCMAKE_CXX_COMPILER=clang++-19 >/dev/null
cd "$root"
status=0
build/bin/corolint -p examples/build || status=$?
echo "corolint exited with $status (0: findings are warnings; see README)"
