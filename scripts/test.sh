#!/usr/bin/env bash
# Sets up, builds corolint against LLVM 22 and LLVM 19 (build-llvm22/ and
# build-llvm19/, each with its Debian package) and runs the whole lit suite
# against each build. The last line reads "N passed, N failed" over both; the
# exit status is non-zero if either suite failed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" --tests
"$root/scripts/install-sarif-multitool.sh"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
timings=()
seconds() { date +%s; }

declare -A builds
for version in 22 19; do
  started=$(seconds)
  echo "corolint: building against LLVM $version (build-llvm$version/)"
  builds[$version]="$("$root/scripts/build.sh" --llvm "$version" --package)"
  timings+=("build and package, LLVM $version: $(( $(seconds) - started )) s")
done

status=0
for version in 19 22; do
  build="${builds[$version]}"
  lit="$(sed -n 's/^COROLINT_LIT:FILEPATH=//p' "$build/CMakeCache.txt")"
  params=()
  if [ "$version" = 22 ]; then
    # The LLVM 22 suite's package test also installs the two side by side.
    other=("${builds[19]}"/packages/corolint-llvm19_*.deb)
    params=(--param "other_package=${other[0]}")
  fi
  started=$(seconds)
  echo "corolint: the test suite against LLVM $version"
  python3 "$lit" -sv "${params[@]}" "$build/tests" 2>&1 | tee -a "$log" ||
    status=$? # pipefail: lit's status
  timings+=("test suite, LLVM $version: $(( $(seconds) - started )) s")
done

printf 'corolint: %s\n' "${timings[@]}"
# lit's summary has "Passed: N", "Failed: N", and other outcomes; unexpected
# passes and unresolved tests count as failures.
# lit pads the names when it lists several outcomes ("Passed     : 140").
count() {
  awk -v key="$1" '$0 ~ "^ *" key " *: *[0-9]" { split($0, f, ":"); n += f[2] }
    END { print n + 0 }' "$log"
}
passed=$(( $(count Passed) + $(count "Expectedly Failed") ))
failed=$(( $(count Failed) + $(count Unresolved) + $(count "Unexpectedly Passed") + $(count "Timed Out") ))
echo "$passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then
  exit 1
fi
exit "$status"
