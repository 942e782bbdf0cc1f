#!/bin/sh
# Install what is missing, build, and answer real queries with the pixfmt CLI:
# what is V4L2 'NM12', how big is a 1366x768 P010 frame (and in how many 4 KiB
# pages), which DRM format is V4L2 RGB24 'RGB3'.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh --main
# the library and the CLI only: no tests, benchmarks or examples to configure
BUILD=${PIXFMT_BUILD_DIR:-build-main}
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPIXFMT_BUILD_TESTS=OFF \
	-DPIXFMT_BUILD_BENCH=OFF -DPIXFMT_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target pixfmt_cli >/dev/null
PIXFMT="$BUILD/cli/pixfmt"
set -x
"$PIXFMT" info NM12
"$PIXFMT" size P010 1366x768 --pages
"$PIXFMT" map RGB3
