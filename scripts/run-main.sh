#!/bin/sh
# Install what is missing, build, and answer real queries with the pixfmt CLI:
# what is V4L2 'NM12', how big is a 1366x768 P010 frame (and in how many 4 KiB
# pages), which DRM format is V4L2 RGB24 'RGB3'.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh pixfmt_cli >/dev/null
PIXFMT="${PIXFMT_BUILD_DIR:-build}/cli/pixfmt"
set -x
"$PIXFMT" info NM12
"$PIXFMT" size P010 1366x768 --pages
"$PIXFMT" map RGB3
