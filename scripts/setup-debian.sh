#!/bin/sh
# Install the Debian 12 packages pixfmt needs that are not installed yet.
# Usage: scripts/setup-debian.sh [extra packages...]
set -eu

PACKAGES="cmake make g++ gcc pkg-config xz-utils
python3 python3-yaml python3-jinja2 python3-pytest
libfmt-dev catch2 libbenchmark-dev valgrind clang-14 libclang-rt-14-dev
linux-libc-dev libdrm-dev linux-source
$*"

missing=""
for p in $PACKAGES; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "setup-debian: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
