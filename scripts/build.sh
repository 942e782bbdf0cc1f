#!/bin/sh
# Configure and build pixfmt in ./build (or $PIXFMT_BUILD_DIR).
# Usage: scripts/build.sh [target...]   (default: everything)
set -eu
cd "$(dirname "$0")/.."
BUILD=${PIXFMT_BUILD_DIR:-build}
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
if [ $# -eq 0 ]; then
	cmake --build "$BUILD" -j"$(nproc)"
else
	for target in "$@"; do
		cmake --build "$BUILD" -j"$(nproc)" --target "$target"
	done
fi
