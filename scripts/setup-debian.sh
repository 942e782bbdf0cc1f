#!/bin/sh
# Install the Debian 12 packages pixfmt needs that are not installed yet.
# Usage: scripts/setup-debian.sh [--main] [extra packages...]
#   --main: only what building the library and the CLI needs (the main job)
set -eu

# the library, its generator and the CLI
MAIN="cmake make g++ pkg-config python3 python3-yaml python3-jinja2 libfmt-dev"
if [ "${1:-}" = --main ]; then
	shift
	PACKAGES="$MAIN $*"
else
	# the tests, benchmarks and kernel-side checks
	PACKAGES="$MAIN gcc xz-utils python3-pytest
catch2 libbenchmark-dev valgrind clang-14 libclang-rt-14-dev
linux-libc-dev libdrm-dev linux-source
$*"
fi

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
