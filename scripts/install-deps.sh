#!/usr/bin/env bash
# Installs what corolint needs to build and test, from Debian 12's packages.
# Runs apt-get as root, or through sudo when not root.
set -euo pipefail

packages=(
  # LLVM/Clang 19: libraries, headers (clang-tidy's included), the compiler,
  # clang-tidy for the plugin, clang-apply-replacements, FileCheck and lit.
  llvm-19-dev libclang-19-dev libclang-cpp19-dev clang-19 clang-tidy-19
  clang-tools-19 llvm-19-tools libzstd-dev
  cmake ninja-build python3
  # Real framework headers and asio's own coroutine examples for the tests.
  libasio-dev libasio-doc libboost1.81-dev libboost1.81-doc
  # Real headers of the blocking client libraries coro-blocking-call knows:
  # cpp-httplib, libcurl, libpq, zlib, SQLite and MariaDB's MySQL C API.
  libcpp-httplib-dev libcurl4-openssl-dev libpq-dev zlib1g-dev
  libsqlite3-dev libmariadb-dev
  # Real headers of the CPU-heavy libraries coro-cpu-heavy-work knows: zstd
  # (above), OpenSSL, Argon2, libsodium and libxcrypt.
  libssl-dev libargon2-dev libsodium-dev libcrypt-dev
  # A real test framework whose assertion macros report failures through
  # code that blocks (doctest asks /proc/self/status for a debugger).
  doctest-dev
  # script(1), for the test of progress on a terminal; flock(1) and mount(8),
  # for the tests of --fix under concurrent runs and on a full disk.
  bsdutils util-linux mount
)
# npm, to install Microsoft's SARIF multitool for the SARIF tests
# (scripts/install-sarif-multitool.sh), unless an npm is there already (say,
# one that came with a NodeSource nodejs, which Debian's npm conflicts with).
command -v npm >/dev/null || packages+=(npm)

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "corolint: all build and test packages are installed"
  exit 0
fi
echo "corolint: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq \
  --no-install-recommends "${missing[@]}" >/dev/null
