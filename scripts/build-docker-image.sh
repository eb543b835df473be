#!/usr/bin/env bash
# Builds the container image of the repository's Dockerfile from a build's
# Debian package: corolint:NN (NN: the LLVM the build uses).
#
#   scripts/build-docker-image.sh [--llvm NN] [--tag TAG] [--require] [BUILD_DIR]
#
# BUILD_DIR defaults to build, or with --llvm NN to the first of build-llvmNN
# (scripts/build.sh --llvm NN), build-NN and build configured for LLVM NN;
# --llvm must match the LLVM the build directory was configured with.
# The package (BUILD_DIR/packages/corolint-llvmNN_<version>_amd64.deb) is
# made first if missing (cmake --build BUILD_DIR --target package). The image
# is built by docker, or podman when docker does not work, from a temporary
# context holding only the package (removed on every exit). With no working
# container runtime it prints why and exits 0 (nothing is built), or 1 with
# --require. Running the image: docs/container.md.
set -euo pipefail

usage() {
  echo "usage: $0 [--llvm NN] [--tag TAG] [--require] [BUILD_DIR]" >&2
  exit 2
}
root="$(cd "$(dirname "$0")/.." && pwd)"
llvm=""
tag=""
require=false
build_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --llvm) [ $# -ge 2 ] || usage; llvm="$2"; shift 2 ;;
    --llvm=*) llvm="${1#--llvm=}"; shift ;;
    --tag) [ $# -ge 2 ] || usage; tag="$2"; shift 2 ;;
    --tag=*) tag="${1#--tag=}"; shift ;;
    --require) require=true; shift ;;
    -h|--help) usage ;;
    -*) usage ;;
    *) [ -z "$build_dir" ] || usage; build_dir="$1"; shift ;;
  esac
done
case "$llvm" in
  ""|[0-9]|[0-9][0-9]) ;;
  *) echo "build-docker-image: --llvm takes a major version, not '$llvm'" >&2; exit 2 ;;
esac

# First whether an image can be built at all: skipping must not build the
# package for nothing. `info` talks to the daemon (or podman's storage), so
# an installed client without a daemon counts as no runtime.
runtime=""
why=()
for candidate in docker podman; do
  if ! command -v "$candidate" >/dev/null; then
    why+=("$candidate: not installed")
    continue
  fi
  if error="$(timeout 60 "$candidate" info 2>&1 >/dev/null)"; then
    runtime="$candidate"
    break
  fi
  # The last line says why (docker: "Cannot connect to the Docker daemon...").
  why+=("$candidate info: $(printf '%s\n' "$error" | sed '/^[[:space:]]*$/d' | tail -1)")
done
if [ -z "$runtime" ]; then
  reasons="$(printf '%s; ' "${why[@]}")"
  echo "build-docker-image: skipped: no container runtime (${reasons%; })"
  if $require; then
    exit 1
  fi
  exit 0
fi

llvm_of() {
  sed -n 's/^COROLINT_LLVM_VERSION:[A-Z]*=//p' "$1/CMakeCache.txt" 2>/dev/null
}
if [ -z "$build_dir" ]; then
  # scripts/build.sh's directories: build-llvmNN for --llvm NN, else build.
  build_dir="$root/build"
  if [ -n "$llvm" ]; then
    for candidate in "$root/build-llvm$llvm" "$root/build-$llvm" "$root/build"; do
      if [ "$(llvm_of "$candidate")" = "$llvm" ]; then
        build_dir="$candidate"
        break
      fi
    done
  fi
fi
cache="$build_dir/CMakeCache.txt"
if [ ! -f "$cache" ]; then
  echo "build-docker-image: $build_dir is not a configured build directory" \
    "(scripts/build.sh ${llvm:+--llvm $llvm }--package makes one)" >&2
  exit 2
fi
built_llvm="$(llvm_of "$build_dir")"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$cache")"
if [ -n "$llvm" ] && [ "$llvm" != "$built_llvm" ]; then
  echo "build-docker-image: $build_dir uses LLVM $built_llvm, not $llvm" >&2
  exit 2
fi
llvm="$built_llvm"
tag="${tag:-corolint:$llvm}"

deb_name="corolint-llvm${llvm}_${version}_amd64.deb"
deb="$build_dir/packages/$deb_name"
if [ ! -f "$deb" ]; then
  echo "build-docker-image: making $deb_name (cmake --build $build_dir --target package)"
  # Another package build of the same directory (a parallel test) would
  # write the same staging files: one at a time.
  flock "$build_dir" cmake --build "$build_dir" --target package >&2
fi
if [ ! -f "$deb" ]; then
  echo "build-docker-image: the package build did not write $deb" >&2
  exit 1
fi

# The context holds the package and nothing else: the build directory itself
# would send gigabytes to the daemon.
context="$(mktemp -d "${TMPDIR:-/tmp}/corolint-image.XXXXXX")"
trap 'rm -rf "$context"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
cp "$deb" "$context/"
echo "build-docker-image: building $tag with $runtime from $deb_name"
"$runtime" build -f "$root/Dockerfile" --build-arg "LLVM=$llvm" \
  --build-arg "DEB=$deb_name" -t "$tag" "$context"
echo "build-docker-image: built $tag"
