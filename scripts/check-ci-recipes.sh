#!/usr/bin/env bash
# Runs the CI recipes of docs/ci/ (github-actions.yml and gitlab-ci.yml) in a
# clean Debian 12: every shell step as written, every job in a fresh copy of a
# Debian 12 root made by debootstrap, the way GitHub Actions and GitLab CI
# run them in a debian:12 container. corolint's example project (examples/)
# is the user's project, and a snapshot of this checkout (with its
# uncommitted changes) is corolint. What it emulates and stubs:
# scripts/ci_recipes.py.
#
#   sudo scripts/check-ci-recipes.sh [--recipe github|gitlab]... [DIR]
#
# As root; it needs the network to Debian's archive. DIR keeps the clean root
# (DIR/base, reused by the next run with the same DIR), the apt archive cache
# and the artifacts; without DIR a temporary directory is used and removed.
# Downloads about 1 GB of packages and builds corolint once per recipe: 30 to
# 60 minutes on 2 cores. Exits non-zero if any step failed or a job did not
# end as it should, after a summary; unmounts whatever it mounted on every
# exit. Not part of the lit suite (too slow); docs/ci/README.md records its
# last run.
set -euo pipefail

usage() {
  echo "usage: $0 [--recipe github|gitlab]... [DIR]" >&2
  exit 2
}
recipes=()
dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --recipe) [ $# -ge 2 ] || usage; recipes+=(--recipe "$2"); shift 2 ;;
    --recipe=*) recipes+=(--recipe "${1#--recipe=}"); shift ;;
    -h|--help) usage ;;
    -*) usage ;;
    *) [ -z "$dir" ] || usage; dir="$1"; shift ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "check-ci-recipes: run as root (debootstrap, chroot and mount need it)" >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
started=$(date +%s)
echo "check-ci-recipes: started $(date -u '+%Y-%m-%d %H:%M:%S UTC') from $root"

# The host's tools: debootstrap, and python3 with a YAML reader for the
# recipes (the recipes themselves need neither).
needed=()
command -v debootstrap >/dev/null || needed+=(debootstrap)
command -v git >/dev/null || needed+=(git)
python3 -c 'import yaml' 2>/dev/null || needed+=(python3 python3-yaml)
if [ ${#needed[@]} -gt 0 ]; then
  echo "check-ci-recipes: installing ${needed[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${needed[@]}" >/dev/null
fi

temporary=false
if [ -z "$dir" ]; then
  dir="$(mktemp -d /var/tmp/check-ci-recipes.XXXXXX)"
  temporary=true
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

# Unmounts everything mounted under $dir, deepest first, and removes what
# this run made (all of $dir when it was temporary, else the job roots, the
# snapshot and the artifacts); never removes a tree something is still
# mounted in.
cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  # Nothing may still run in a job root (a step stopped midway).
  local process killed=false
  for process in /proc/[0-9]*; do
    case "$(readlink "$process/root" 2>/dev/null)" in
      "$dir"/*) kill -KILL "${process#/proc/}" 2>/dev/null && killed=true ;;
    esac
  done
  if $killed; then sleep 1; fi
  local mounts
  mounts="$(awk -v d="$dir/" 'index($2, d) == 1 { print $2 }' /proc/self/mounts | sort -r)"
  for mount_point in $mounts; do
    umount "$mount_point" 2>/dev/null || umount -l "$mount_point" || true
  done
  if awk -v d="$dir/" 'index($2, d) == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then
    echo "check-ci-recipes: still mounted under $dir; left as it is" >&2
  elif $temporary; then
    rm -rf "$dir"
  else
    rm -rf "$dir/work" "$dir/snapshot" "$dir/corolint.git" "$dir/project"
  fi
  echo "check-ci-recipes: finished after $(( $(date +%s) - started )) s, exit $status"
  exit "$status"
}
child=""
# A signal ends the running step and the run (the emulator tears its job
# root down), then cleanup runs.
stop() {
  if [ -n "$child" ]; then
    kill -TERM "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  exit "$1"
}
trap cleanup EXIT
trap 'stop 130' INT
trap 'stop 143' TERM
trap 'stop 129' HUP

# The clean Debian 12, as the debian:12 image has it: bookworm, its updates
# and security archives, nothing else (scripts/debian-root.sh). Made once per
# DIR; jobs run in copies.
base="$dir/base"
"$root/scripts/debian-root.sh" "$dir"

# corolint as the recipes fetch it: this checkout's files (tracked, and
# untracked but not ignored), committed and tagged v<version> as a release is
# (docs/ci/README.md), and a bare clone of that for `git clone`.
rm -rf "$dir/work" "$dir/snapshot" "$dir/corolint.git" "$dir/project"
mkdir -p "$dir/snapshot" "$dir/work/jobs" "$dir/work/artifacts" "$dir/apt-archives/partial"
(cd "$root" && git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
  tar --null -T - -cf -) | tar -xf - -C "$dir/snapshot"
version="$(sed -n 's/^project(corolint VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")"
git -C "$dir/snapshot" init -q -b main
git -C "$dir/snapshot" add -A
git -C "$dir/snapshot" -c user.name=check-ci-recipes -c user.email=check-ci-recipes@localhost \
  commit -q -m "corolint $version as checked out"
git -C "$dir/snapshot" -c user.name=check-ci-recipes -c user.email=check-ci-recipes@localhost \
  tag -a "v$version" -m "corolint $version"
git clone -q --bare "$dir/snapshot" "$dir/corolint.git"
cp -a "$dir/snapshot/examples" "$dir/project"
echo "check-ci-recipes: corolint v$version from $root; the project is examples/"

python3 "$root/scripts/ci_recipes.py" --base "$base" --work "$dir/work" \
  --snapshot "$dir/snapshot" --bare "$dir/corolint.git" --project "$dir/project" \
  --apt-cache "$dir/apt-archives" --recipes-dir "$dir/snapshot/docs/ci" "${recipes[@]}" &
child=$!
status=0
wait "$child" || status=$?
child=""
exit "$status"
