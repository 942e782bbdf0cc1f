#!/bin/sh
# Build and run the consumer with flags from pkg-config only.
# Usage: build.sh STAGED_PREFIX WORK_DIR CXX
set -eu
STAGE=$1
WORK=$2
CXX=$3
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$WORK"
export PKG_CONFIG_PATH="$STAGE/share/pkgconfig"
cflags=$(pkg-config --cflags pixfmt)
echo "pkg-config --cflags pixfmt: $cflags"
incdir=$(realpath -m "$(echo "$cflags" | sed -n 's/.*-I\([^ ]*\).*/\1/p')")
if [ "$incdir" != "$(realpath -m "$STAGE/include")" ]; then
	echo "cflags point to $incdir, not into the staged prefix $STAGE" >&2
	exit 1
fi
# shellcheck disable=SC2086
"$CXX" -std=c++20 -Wall -Werror $cflags "$HERE/../consumer.cpp" -o "$WORK/consumer"
"$WORK/consumer"
