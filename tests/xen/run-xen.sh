#!/usr/bin/env bash
# The Xen para-virtual camera end to end, under real Xen 4.17 in qemu:
#   1. install what is missing (Debian packages only),
#   2. build the frontend module (examples/xen-camera/frontend) against
#      Debian's 6.1 headers with W=1 -Werror, sparse and checkpatch clean,
#      and the guest's frame checker,
#   3. build the images (build-images.sh) with the backend built by cmake,
#   4. boot Xen + dom0 + a PV domU under qemu (software emulation): dom0 runs
#      one backend per camera, the domU loads the frontend and runs
#      v4l2-compliance with streaming, xcam-check and the fault cases,
#   5. check the log: every line this script looks for starts with "@@".
# Usage: run-xen.sh --work DIR --backend PATH
# Environment: PIXFMT_SKIP_INSTALL=1 skips the package step.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK="" BACKEND=""
while [ $# -gt 0 ]; do
	case $1 in
	--work) WORK=$2; shift 2 ;;
	--backend) BACKEND=$2; shift 2 ;;
	*) echo "usage: $0 --work DIR --backend PATH" >&2; exit 2 ;;
	esac
done
[ -n "$WORK" ] && [ -n "$BACKEND" ] || { echo "usage: $0 --work DIR --backend PATH" >&2; exit 2; }
[ -x "$BACKEND" ] || { echo "no backend at $BACKEND (build the xen_camera_backend target)" >&2; exit 1; }
mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd)
BACKEND=$(cd "$(dirname "$BACKEND")" && pwd)/$(basename "$BACKEND")
T0=$(date +%s)
FAILED=0
fail() { echo "FAIL: $*"; FAILED=1; }
step() { echo "=== $* ($(( $(date +%s) - T0 )) s)"; }

step "packages"
if [ "${PIXFMT_SKIP_INSTALL:-0}" != 1 ]; then
	"$ROOT/scripts/setup-debian.sh" gcc make libc6-dev bc cpio xz-utils zstd kmod file \
		busybox-static qemu-system-x86 sparse linux-headers-amd64 linux-source libxen-dev
fi
KVER=$(dpkg-query -W -f='${Depends}' linux-headers-amd64 | tr ',' '\n' |
	sed -n 's/^ *linux-headers-\([^ ]*\).*/\1/p' | head -n 1)
KDIR=/usr/src/linux-headers-$KVER

step "frontend module (W=1 -Werror, sparse, checkpatch)"
MOD=$WORK/mod
rm -rf "$MOD"; mkdir -p "$MOD"
cp "$ROOT"/examples/xen-camera/frontend/xen_camera_front.c "$ROOT"/examples/xen-camera/frontend/Kbuild \
	"$ROOT"/examples/xen-camera/frontend/Makefile "$MOD/"
mkdir -p "$MOD/pixfmt"
cp "$ROOT"/kernel/pixfmt.c "$ROOT"/kernel/pixfmt.h "$ROOT"/kernel/pixfmt_table.c \
	"$ROOT"/kernel/pixfmt_table.h "$ROOT"/kernel/Kbuild "$MOD/pixfmt/"
cp /usr/include/xen/io/cameraif.h "$MOD/"
if make -C "$KDIR" M="$MOD" W=1 KCFLAGS=-Werror modules > "$MOD/build.log" 2>&1 &&
	! grep -qE 'warning:|error:' "$MOD/build.log"; then
	echo "OK: xen-camera-front.ko builds with W=1 -Werror"
else
	cat "$MOD/build.log"; fail "frontend build"
fi
[ -f "$MOD/xen-camera-front.ko" ] || exit 1
if make -C "$KDIR" M="$MOD" C=2 CF=-Wsparse-error modules > "$MOD/sparse.log" 2>&1 &&
	! grep -v cameraif.h "$MOD/sparse.log" | grep -qE 'warning:|error:'; then
	echo "OK: sparse clean"
else
	cat "$MOD/sparse.log"; fail "sparse"
fi
SRC=$WORK/linux-source
if [ ! -f "$SRC/scripts/checkpatch.pl" ]; then
	TOP=$(tar -tJf /usr/src/linux-source-6.1.tar.xz | head -n 1 | cut -d/ -f1) || true
	mkdir -p "$SRC"
	tar -xJf /usr/src/linux-source-6.1.tar.xz -C "$SRC" --strip-components=1 \
		"$TOP/scripts/checkpatch.pl" "$TOP/scripts/spelling.txt" "$TOP/scripts/const_structs.checkpatch"
fi
# CAMELCASE: the kernel's own enum xenbus_state names (XenbusStateConnected)
if (cd "$MOD" && perl "$SRC/scripts/checkpatch.pl" --no-tree --strict --terse --ignore CAMELCASE -f \
	"$ROOT/examples/xen-camera/frontend/xen_camera_front.c") > "$MOD/checkpatch.txt" 2>&1; then
	echo "OK: checkpatch --strict clean"
else
	cat "$MOD/checkpatch.txt"; fail "checkpatch"
fi
gcc -static -O2 -Wall -Wextra -Werror -o "$WORK/xcam-check" "$ROOT/examples/xen-camera/guest/xcam_check.c"

step "images"
WORK=$WORK KPKG=linux-image-$KVER MODULE=$MOD/xen-camera-front.ko BACKEND=$BACKEND \
	CHECKER=$WORK/xcam-check "$HERE/build-images.sh" > "$WORK/images.log" 2>&1 ||
	{ cat "$WORK/images.log"; echo "FAIL: images"; exit 1; }

step "boot Xen, dom0 and the domU (qemu, software emulation)"
LOG=$WORK/serial.log
timeout 600 qemu-system-x86_64 -machine pc,accel=tcg -cpu max,-smap -smp 1 -m 1280 \
	-display none -serial stdio -monitor none -no-reboot -nic none \
	-kernel "$WORK/xen-4.17.elf" \
	-append "console=com1 com1=115200,8n1 dom0_mem=512M,max:512M dom0_max_vcpus=1 bootscrub=false" \
	-initrd "$WORK/vmlinuz console=hvc0 rdinit=/init loglevel=4,$WORK/dom0.cpio" \
	< /dev/null > "$LOG" 2>&1 || true
grep '@@' "$LOG" | tr -d '\r'

step "checks"
has() { grep -qF -- "$1" "$LOG" || fail "missing: $1"; }
has "@@ xl create rc=0"
has "@@ frontend module loaded"
has "@@ DOMU-END"
has "@@ DONE"
grep -q '@@ cameras: vcamera-0 /dev/video[0-9]* /dev/video[0-9]*, vcamera-1 /dev/video[0-9]* /dev/video' "$LOG" ||
	fail "both cameras with both APIs"
has "@@ xenstored refuses a label with a space"
has 'format label "ABCDE" refused'
has "format ZZZZ refused"
for f in NV12 YUYV pRAA XR24; do
	grep -q "@@ xcam-check: OK $f 641x481 on .* (single-planar)" "$LOG" || fail "frames of $f single-planar"
done
for f in NV12 NM12 YUYV pRAA XR24; do
	grep -q "@@ xcam-check: OK $f 641x481 on .* (multi-planar)" "$LOG" || fail "frames of $f multi-planar"
done
for s in 320x240 322x240 324x240 326x240; do
	grep -q "@@ fault $s: xcam-check: FAIL" "$LOG" || fail "fault at $s not refused"
	[ "$(grep -c "@@ fault $s kernel: .*backend layout refused" "$LOG")" = 1 ] ||
		fail "fault at $s: not exactly one kernel line"
done
[ "$(grep -c '@@ after faults: xcam-check: OK' "$LOG")" = 2 ] || fail "device unusable after the faults"
grep -q '@@ kernel problem' "$LOG" && fail "kernel warnings"
grep -E '@@ compliance .*Total for' "$LOG" || fail "no v4l2-compliance totals"
# v4l2-compliance failures not explained in compliance-allowed.txt
ALLOWED=$HERE/compliance-allowed.txt
grep '@@ compliance .*fail:' "$LOG" | tr -d '\r' | sed 's/^.*fail: //' | sort -u | while read -r line; do
	# the message without v4l2-compliance's "file.cpp(line): " prefix
	if ! grep -qF -- "${line#*): }" "$ALLOWED"; then echo "unexplained v4l2-compliance failure: $line"; fi
done | tee "$WORK/unexplained.txt"
[ -s "$WORK/unexplained.txt" ] && fail "v4l2-compliance failures without a reason in $ALLOWED"
echo "wall time: $(( $(date +%s) - T0 )) s"
if [ $FAILED = 0 ]; then echo "xen_camera: PASSED"; else echo "xen_camera: FAILED (log: $LOG)"; exit 1; fi
