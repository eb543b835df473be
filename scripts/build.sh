#!/usr/bin/env bash
# Configures and builds corolint:
#
#   scripts/build.sh             into build/, against the newest LLVM installed
#                                (22, else 19): build/bin/corolint and
#                                build/lib/corolint-tidy.so
#   scripts/build.sh --llvm 19   into build-llvm19/, against LLVM 19 (the same
#                                for 22: build-llvm22/)
#   scripts/build.sh ... --package   and its Debian package, in
#                                <build>/packages/corolint-llvmNN_*.deb
#
# Prints the build directory last, on stdout.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
usage() {
  echo "usage: $0 [--llvm 19|22] [--package]" >&2
  exit 2
}
build="$root/build"
version_args=()
package=false
while [ $# -gt 0 ]; do
  case "$1" in
    --llvm)
      [ $# -ge 2 ] || usage
      case "$2" in 19|22) ;; *) usage ;; esac
      build="$root/build-llvm$2"
      version_args=(-DCOROLINT_LLVM_VERSION="$2")
      shift ;;
    --package) package=true ;;
    *) usage ;;
  esac
  shift
done
# The compiler is the chosen LLVM's Clang (CMakeLists.txt picks it).
env -u CXX cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  "${version_args[@]}" >/dev/null
cmake --build "$build" >&2
if $package; then
  cmake --build "$build" --target package >&2
fi
echo "$build"
