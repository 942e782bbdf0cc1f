#!/bin/sh
# Install what is missing, build, and run every test with ctest.
set -eu
cd "$(dirname "$0")/.."
# The kernel tests compare with Linux 6.1 and 6.12's own tables (compiled
# against each one's prepared headers), and tests/kernel/run-qemu.sh builds a
# module and boots it; FFmpeg and GStreamer are the peer oracles of tests/peers;
# tests/xen/run-xen.sh boots Xen with the camera example (libxen-dev builds
# its backend); wayland.xml (libwayland-dev) checks the wl_shm names,
# libcamera-dev and libvulkan-dev the libcamera and VkFormat names.
scripts/setup-debian.sh linux-source-6.12 gcc make libc6-dev bc cpio kmod \
	busybox-static qemu-system-x86 sparse linux-headers-amd64 linux-headers-6.12-amd64 \
	libavutil-dev libswscale-dev libgstreamer-plugins-base1.0-dev libxen-dev xz-utils zstd file \
	libwayland-dev libcamera-dev libvulkan-dev
scripts/build.sh
ctest --test-dir "${PIXFMT_BUILD_DIR:-build}" --output-on-failure -j2
