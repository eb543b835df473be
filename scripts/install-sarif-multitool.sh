#!/usr/bin/env bash
# Installs Microsoft's SARIF multitool from the npm registry into
# build/tools/, for the tests that validate corolint's SARIF. Needs npm
# (scripts/install-deps.sh --tests installs it). Does nothing when it is there.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$root/build/tools"
version=5.7.0
tool="$prefix/node_modules/.bin/sarif-multitool"
if [ -x "$tool" ]; then
  echo "corolint: the SARIF multitool is installed"
  exit 0
fi
echo "corolint: installing @microsoft/sarif-multitool@$version into $prefix"
mkdir -p "$prefix"
npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error \
  "@microsoft/sarif-multitool@$version" >/dev/null
test -x "$tool"
