#!/bin/sh
# Configure and build pixfmt in ./build (or $PIXFMT_BUILD_DIR).
set -eu
cd "$(dirname "$0")/.."
BUILD=${PIXFMT_BUILD_DIR:-build}
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
