#!/bin/sh
# Install what is missing, build, and answer a real query: the layout facts of
# NV12, of V4L2 'RGB3' (DRM BG24) and of P010, from the generated table.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh >/dev/null
"${PIXFMT_BUILD_DIR:-build}"/examples/list_formats NV12 RGB3 P010
