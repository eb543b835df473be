#!/usr/bin/env bash
# Sets up, builds and runs corolint's whole lit suite. The last line reads
# "N passed, N failed"; the exit status is lit's.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" --tests
"$root/scripts/build.sh"
"$root/scripts/install-sarif-multitool.sh"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv "$root/build/tests" \
  2>&1 | tee "$log" || status=$? # pipefail: lit's status

# lit's summary has "Passed: N", "Failed: N", and other outcomes; unexpected
# passes and unresolved tests count as failures.
count() { awk -v key="$1" '$1 == key":" { n += $2 } END { print n + 0 }' "$log"; }
passed=$(( $(count Passed) + $(count "Expectedly Failed") ))
failed=$(( $(count Failed) + $(count Unresolved) + $(count "Unexpectedly Passed") + $(count "Timed Out") ))
echo "$passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then
  exit 1
fi
exit "$status"
