#!/bin/sh
# Install what is missing, build, and run every test with ctest.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh
ctest --test-dir "${PIXFMT_BUILD_DIR:-build}" --output-on-failure -j2
