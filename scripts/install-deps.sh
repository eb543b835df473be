#!/usr/bin/env bash
# Installs Debian 12's packages for corolint. Runs apt-get as root, or through
# sudo when not root.
#
#   scripts/install-deps.sh           what a user needs to build and run
#                                     corolint and its clang-tidy plugin
#                                     against LLVM 22
#   scripts/install-deps.sh --llvm 19 the same for LLVM 19 (repeatable:
#                                     --llvm 19 --llvm 22 for both)
#   scripts/install-deps.sh --package that, and dpkg-dev and file, for
#                                     the Debian package (scripts/build.sh
#                                     --package)
#   scripts/install-deps.sh --example that, and the headers the bundled
#                                     example project (examples/) uses
#                                     (scripts/demo.sh uses this)
#   scripts/install-deps.sh --tests   that for LLVM 19 and 22, and what the
#                                     test suite needs (scripts/test.sh uses
#                                     this)
#
# Debian 12 has LLVM 19 in bookworm and LLVM 22 in bookworm-security.
#
# What each set costs on a fresh Debian 12, and the smaller set an installed
# corolint needs to run: docs/ci/README.md.
set -euo pipefail

usage() {
  echo "usage: $0 [--llvm 19|22]... [--package] [--example] [--tests]" >&2
  exit 2
}
tests=false
example=false
package=false
versions=()
while [ $# -gt 0 ]; do
  case "$1" in
    --example) example=true ;;
    --tests) tests=true ;;
    --package) package=true ;;
    --llvm)
      [ $# -ge 2 ] || usage
      case "$2" in 19|22) versions+=("$2") ;; *) usage ;; esac
      shift ;;
    *) usage ;;
  esac
  shift
done
if $tests; then
  versions=(19 22) # the suite runs against both
elif [ ${#versions[@]} -eq 0 ]; then
  versions=(22)
fi

packages=(cmake ninja-build python3 libzstd-dev)
for version in "${versions[@]}"; do
  # LLVM/Clang: libraries and headers (clang-tidy's included), the compiler,
  # clang-tidy for the plugin, clang-apply-replacements for --export-fixes,
  # FileCheck and lit (the build configures the test suite).
  packages+=(llvm-$version-dev libclang-$version-dev libclang-cpp$version-dev
    clang-$version clang-tidy-$version clang-tools-$version llvm-$version-tools)
done
if $package || $tests; then
  # CPack's Debian generator: the dependency list comes from dpkg-shlibdeps,
  # and it finds the binaries to give it with file(1).
  packages+=(dpkg-dev file)
fi
if $example || $tests; then
  # The example service's asio and cpp-httplib.
  packages+=(libasio-dev libcpp-httplib-dev)
fi
if $tests; then
  packages+=(
    # Real framework headers and asio's own coroutine examples.
    libasio-doc libboost1.81-dev libboost1.81-doc
    # Real headers of the blocking client libraries coro-blocking-call knows:
    # cpp-httplib and asio (above), libcurl, libpq, zlib, SQLite and
    # MariaDB's MySQL C API.
    libcurl4-openssl-dev libpq-dev zlib1g-dev
    libsqlite3-dev libmariadb-dev
    # Real headers of the CPU-heavy libraries coro-cpu-heavy-work knows: zstd
    # (above), OpenSSL, Argon2, libsodium and libxcrypt.
    libssl-dev libargon2-dev libsodium-dev libcrypt-dev
    # A real test framework whose assertion macros report failures through
    # code that blocks (doctest asks /proc/self/status for a debugger).
    doctest-dev
    # script(1), for the test of progress on a terminal; flock(1) and
    # mount(8), for the tests of --fix under concurrent runs and on a full
    # disk.
    bsdutils util-linux mount
    # The pre-commit hook, run by Debian's pre-commit in a throwaway git
    # repository; Vim with ALE, for the editor recipe of docs/editors.md.
    pre-commit git vim vim-ale
    # The Debian packages: lintian, and a clean Debian 12 root to install
    # them in (tests/package/).
    lintian debootstrap
  )
  # npm, to install Microsoft's SARIF multitool for the SARIF tests
  # (scripts/install-sarif-multitool.sh), unless an npm is there already
  # (say, one that came with a NodeSource nodejs, which Debian's npm
  # conflicts with).
  command -v npm >/dev/null || packages+=(npm)
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi

what="build"
$example && what="build and example"
$tests && what="build and test"
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "corolint: all $what packages are installed"
  exit 0
fi
echo "corolint: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq \
  --no-install-recommends "${missing[@]}" >/dev/null
