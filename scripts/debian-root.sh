#!/usr/bin/env bash
# Makes the clean Debian 12 root DIR/base that the container emulations run
# in (scripts/check-ci-recipes.sh, scripts/check_package.py): debootstrap's
# minbase of bookworm with the bookworm-updates and bookworm-security
# archives, as the debian:12 image has them, nothing else. Made once per DIR
# and reused while DIR/base.complete exists; callers copy it, never change it.
#
#   sudo scripts/debian-root.sh DIR
#
# As root; needs debootstrap and the network to deb.debian.org (about 2
# minutes, 80 MB). Concurrent callers with the same DIR are serialised with a
# lock (DIR/base.lock): one makes the root, the others wait and reuse it.
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ] || [ "${1#-}" != "$1" ]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "debian-root: run as root (debootstrap needs it)" >&2
  exit 2
fi
if ! command -v debootstrap >/dev/null; then
  echo "debian-root: debootstrap is missing (apt-get install debootstrap)" >&2
  exit 2
fi

dir="$1"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
base="$dir/base"

# One maker per DIR: a second one would remove the root the first is filling
# (or one a finished maker's caller is copying).
exec 9>"$dir/base.lock"
if ! flock -n 9; then
  echo "debian-root: waiting for another run making $base"
  flock 9
fi

if [ -f "$dir/base.complete" ]; then
  echo "debian-root: reusing the clean root $base"
  exit 0
fi

# A debootstrap that was killed can leave /proc or /sys mounted in the
# unfinished root: unmount them (deepest first) before removing it.
mounts="$(awk -v d="$base/" 'index($2, d) == 1 { print $2 }' /proc/self/mounts | sort -r)"
for mount_point in $mounts; do
  umount "$mount_point" 2>/dev/null || umount -l "$mount_point"
done
rm -rf "$base"
echo "debian-root: debootstrap bookworm into $base"
debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian \
  > "$dir/debootstrap.log" 2>&1 || {
  tail -20 "$dir/debootstrap.log"
  exit 1
}
rm -f "$base/etc/apt/sources.list"
cat > "$base/etc/apt/sources.list.d/debian.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
# As a fresh image: no downloaded packages, no package lists.
rm -rf "$base/var/cache/apt/archives"/*.deb "$base/var/lib/apt/lists"/*_Packages
touch "$dir/base.complete"
