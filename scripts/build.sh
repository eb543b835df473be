#!/usr/bin/env bash
# Configures and builds corolint into build/: build/bin/corolint and
# build/lib/corolint-tidy.so.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 \
  -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build"
