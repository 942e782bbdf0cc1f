#!/usr/bin/env bash
# The pixfmt kernel helpers in a real kernel, on Debian 12:
#   1. install what is missing (Debian packages only),
#   2. build an out-of-tree test module from kernel/ + tests/kernel/ against
#      Debian's packaged headers with W=1 -Werror: zero warnings,
#   3. sparse (C=2, warnings are errors), checkpatch.pl --strict from the
#      linux-source tarball on the hand-written and generated files,
#      then two stand-in drivers, one with the full table and one with a
#      --kernel-only subset (--subset NAMES), built and checked the same way,
#      whose objects must link into one image (as two drivers built in) and
#      whose tables' sizes are printed,
#   4. boot Debian's own kernel image (unpacked, not installed) under
#      qemu-system-x86_64 with TCG and a busybox initramfs that loads
#      videodev, drm and the test module,
#   5. pass only if the module prints "N passed, 0 failed" (N > 0) and the
#      kernel logs no WARNING, Oops or BUG.
# Everything downloaded or built goes under --work (a build directory).
#
# Usage: run-qemu.sh --work DIR [--python PY] [--linux-source TARBALL] [--subset NAMES]
#                    [--headers-package PKG]
#   PKG: the Debian meta package of the kernel to build against and boot
#   (linux-headers-amd64: 6.1; linux-headers-6.12-amd64: 6.12, with
#   --linux-source /usr/src/linux-source-6.12.tar.xz)
# Environment: PIXFMT_QEMU_ACCEL=kvm to use KVM (default tcg),
#              PIXFMT_SKIP_INSTALL=1 to skip the package step.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK="" PYTHON=/usr/bin/python3 TARBALL=/usr/src/linux-source-6.1.tar.xz HEADERS_PKG=linux-headers-amd64
SUBSET=NV12,NV12M,YUYV,SRGGB10P
while [ $# -gt 0 ]; do
	case $1 in
	--work) WORK=$2; shift 2 ;;
	--python) PYTHON=$2; shift 2 ;;
	--linux-source) TARBALL=$2; shift 2 ;;
	--headers-package) HEADERS_PKG=$2; shift 2 ;;
	--subset) SUBSET=$2; shift 2 ;;
	*) echo "usage: $0 --work DIR [--python PY] [--linux-source TARBALL] [--subset NAMES] [--headers-package PKG]" >&2
		exit 2 ;;
	esac
done
[ -n "$WORK" ] || { echo "$0: --work DIR is required" >&2; exit 2; }
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
ACCEL=${PIXFMT_QEMU_ACCEL:-tcg}

FAILED=0
T_START=$(date +%s.%N)
step() { echo "=== $* ($(printf '%.1f' "$(echo "$(date +%s.%N) - $T_START" | bc 2>/dev/null || echo 0)") s)"; }
fail() { echo "FAIL: $*"; FAILED=1; }

# ------------------------------------------------------------ 1. packages
step "packages"
if [ "${PIXFMT_SKIP_INSTALL:-0}" != 1 ]; then
	"$ROOT/scripts/setup-debian.sh" gcc make libc6-dev bc cpio xz-utils kmod \
		busybox-static qemu-system-x86 sparse "$HEADERS_PKG" "$(basename "$TARBALL" .tar.xz)"
fi
# linux-headers-amd64 Depends: linux-headers-6.1.0-NN-amd64 (= ...)
KVER=$(dpkg-query -W -f='${Depends}' "$HEADERS_PKG" | tr ',' '\n' |
	sed -n 's/^ *linux-headers-\([^ ]*\).*/\1/p' | head -n 1)
KDIR=/usr/src/linux-headers-$KVER
[ -f "$KDIR/Makefile" ] || { echo "no kernel headers at $KDIR" >&2; exit 1; }
SRCTOP=$(tar -tJf "$TARBALL" 2>/dev/null | head -n 1 | cut -d/ -f1) || true
echo "kernel $KVER, headers $KDIR, source $TARBALL ($SRCTOP)"

# ------------------------------------------------------------ 2. module
step "assemble module"
MOD=$WORK/mod
rm -rf "$MOD"
mkdir -p "$MOD/pixfmt"
cp "$ROOT"/kernel/pixfmt.c "$ROOT"/kernel/pixfmt.h "$ROOT"/kernel/pixfmt_table.c \
	"$ROOT"/kernel/pixfmt_table.h "$ROOT"/kernel/Kbuild "$MOD/pixfmt/"
cp "$HERE"/pixfmt_cases.c "$HERE"/pixfmt_test.h "$HERE"/module/Kbuild \
	"$HERE"/module/test_main.c "$ROOT"/tests/vectors/xen_labels.h "$MOD/"
"$PYTHON" "$ROOT/gen/pixfmt_gen.py" --template "$HERE/pixfmt_expected.h.j2" \
	--output "$MOD/pixfmt_expected.h"
# The codes the booted kernel's v4l2_format_info() and drm_format_info()
# tables hold, read from the same version's source, its #ifdef __BIG_ENDIAN
# kept: drm_format_info() WARNs on an unknown code, so the module may only ask
# about these, and both lists let it check pixfmt's first-kernel dates.
SRC=$WORK/linux-source
if [ ! -f "$SRC/scripts/checkpatch.pl" ] || [ ! -f "$SRC/drivers/media/v4l2-core/v4l2-common.c" ]; then
	rm -rf "$SRC"; mkdir -p "$SRC"
	tar -xJf "$TARBALL" -C "$SRC" --strip-components=1 \
		"$SRCTOP/drivers/gpu/drm/drm_fourcc.c" "$SRCTOP/drivers/media/v4l2-core/v4l2-common.c" \
		"$SRCTOP/scripts/checkpatch.pl" "$SRCTOP/scripts/spelling.txt" \
		"$SRCTOP/scripts/const_structs.checkpatch"
fi
# the .format values of the table in function $2 of file $1, preprocessor lines kept
list_codes() {
	sed -n "/$2(u32 format)/,/^}/p" "$1" | awk '
		/^#(if|ifdef|ifndef|elif|else|endif)/ { print; next }
		{
			while (match($0, /\.format *= *[A-Z0-9_]+( *\| *DRM_FORMAT_BIG_ENDIAN)?/)) {
				s = substr($0, RSTART, RLENGTH)
				sub(/\.format *= */, "", s)
				print "\t" s ","
				$0 = substr($0, RSTART + RLENGTH)
			}
		}'
}
{
	echo "/* SPDX-License-Identifier: GPL-2.0 OR MIT */"
	echo "/* listed by run-qemu.sh from $SRCTOP: the booted kernel's format tables */"
	echo "static const u32 pixfmt_v4l2_known[] = {"
	list_codes "$SRC/drivers/media/v4l2-core/v4l2-common.c" v4l2_format_info
	echo "};"
	echo "static const u32 pixfmt_drm_known[] = {"
	list_codes "$SRC/drivers/gpu/drm/drm_fourcc.c" __drm_format_info
	echo "};"
} > "$MOD/pixfmt_known.h"
echo "$(grep -c '^	V4L2_PIX_FMT_' "$MOD/pixfmt_known.h") V4L2 and" \
	"$(grep -c '^	DRM_FORMAT_' "$MOD/pixfmt_known.h") DRM codes in the kernel's tables" \
	"($(grep -c '^#if' "$MOD/pixfmt_known.h") #if blocks kept)"
# The codes whose entry in the booted kernel's table formats.yaml records as
# differing from the reference kernel's (kernel.v4l2.<version>): the module
# expects the booted kernel to answer differently for exactly these.
"$PYTHON" - "$ROOT" "$KVER" > "$MOD/pixfmt_deviations.h" <<'PY'
import sys

sys.path.insert(0, sys.argv[1] + "/gen")
import model  # noqa: E402

booted = ".".join(sys.argv[2].split(".")[:2])
print("/* SPDX-License-Identifier: GPL-2.0 OR MIT */")
print("/* listed by run-qemu.sh from formats.yaml: Linux %s entries that differ */" % booted)
print("static const struct {")
print("\tu32 code;")
print("\tbool drm;")
print("\tconst char *macro;")
print("} pixfmt_deviations[] = {")
if booted in model.KERNEL_VERSIONS:
    for f in model.load(sys.argv[1] + "/formats.yaml").formats:
        for c in f.v4l2:
            if f.in_kernel(c, booted) and f.kernel_v4l2(c, booted) != f.kernel_v4l2(c):
                print('\t{ %s, false, "%s" },' % (c.macro, c.macro))
print("\t{ 0, false, NULL },")
print("};")
PY

step "build (W=1 -Werror)"
if make -C "$KDIR" M="$MOD" W=1 KCFLAGS=-Werror modules > "$MOD/build.log" 2>&1 &&
	! grep -qE 'warning:|error:' "$MOD/build.log"; then
	echo "OK: module builds with W=1 -Werror, no warnings"
else
	cat "$MOD/build.log"; fail "module build"
fi
[ -f "$MOD/pixfmt_test.ko" ] || { echo "no module, giving up"; exit 1; }
size -A "$MOD/pixfmt/pixfmt_table.o" | grep -E '^\.(rodata|data)' || true

step "sparse (C=2 CF=-Wsparse-error)"
if make -C "$KDIR" M="$MOD" C=2 CF=-Wsparse-error modules > "$MOD/sparse.log" 2>&1 &&
	! grep -qE 'warning:|error:' "$MOD/sparse.log"; then
	echo "OK: sparse clean"
else
	cat "$MOD/sparse.log"; fail "sparse"
fi

step "checkpatch --strict"
# Generated files start with the "generated ... do not edit" line, then the
# SPDX line; checkpatch wants SPDX on line 1, so it reads them without the
# notice line (and the notice line is checked here instead).
CP=$WORK/checkpatch
rm -rf "$CP"; mkdir -p "$CP"
for f in pixfmt_table.c pixfmt_table.h; do
	head -n 1 "$ROOT/kernel/$f" | grep -q 'generated from formats.yaml by gen/pixfmt_gen.py, do not edit' ||
		fail "kernel/$f: no generated-file notice on line 1"
	tail -n +2 "$ROOT/kernel/$f" > "$CP/$f"
done
if perl "$SRC/scripts/checkpatch.pl" --no-tree --strict --terse --show-types -f \
	"$ROOT/kernel/pixfmt.c" "$ROOT/kernel/pixfmt.h" "$CP/pixfmt_table.c" "$CP/pixfmt_table.h" \
	"$HERE/pixfmt_cases.c" "$HERE/pixfmt_test.h" "$HERE/module/test_main.c" > "$CP/out.txt" 2>&1; then
	echo "OK: checkpatch --strict clean"
else
	cat "$CP/out.txt"; fail "checkpatch"
fi

step "two drivers, one kernel"
# Each driver copies kernel/ to pixfmt/ and includes its Kbuild, as
# kernel/README.md says; the second regenerates the table for its formats.
DRV=$WORK/drivers
rm -rf "$DRV"
for d in full subset; do
	D=$DRV/pixfmt_drv_$d
	mkdir -p "$D/pixfmt"
	cp "$ROOT"/kernel/pixfmt.c "$ROOT"/kernel/pixfmt.h "$ROOT"/kernel/Kbuild "$D/pixfmt/"
	cp "$HERE/driver/drv.c" "$D/"
	if [ $d = full ]; then
		cp "$ROOT"/kernel/pixfmt_table.c "$ROOT"/kernel/pixfmt_table.h "$D/pixfmt/"
	else
		"$PYTHON" "$ROOT/gen/pixfmt_gen.py" --kernel-only "$SUBSET" --output-dir "$D/pixfmt" ||
			fail "--kernel-only $SUBSET"
	fi
	printf '%s\n' "obj-m := pixfmt_drv_$d.o" 'include $(src)/pixfmt/Kbuild' \
		"pixfmt_drv_$d-y := drv.o \$(addprefix pixfmt/,\$(PIXFMT_OBJS))" \
		'ccflags-y += -I$(src)/pixfmt' > "$D/Kbuild"
	if make -C "$KDIR" M="$D" W=1 KCFLAGS=-Werror modules > "$D/build.log" 2>&1 &&
		make -C "$KDIR" M="$D" C=2 CF=-Wsparse-error modules >> "$D/build.log" 2>&1 &&
		! grep -qE 'warning:|error:' "$D/build.log"; then
		echo "OK: pixfmt_drv_$d builds with W=1 -Werror and sparse, no warnings"
	else
		cat "$D/build.log"; fail "pixfmt_drv_$d build"
	fi
	# every global symbol carries the module's own prefix (__KBUILD_MODNAME);
	# newer kernels add a __pfx_ padding symbol before each function
	syms=$(nm -g --defined-only "$D/pixfmt_drv_$d.o" | awk 'NF == 3 { print $3 }' |
		sed 's/^__pfx_//' | sort -u) || true
	prefixed=$(grep -c "^kmod_pixfmt_drv_${d}_pixfmt_" <<< "$syms") || true
	others=$(grep -v -e "^kmod_pixfmt_drv_${d}_pixfmt_" -e '^init_module$' <<< "$syms") || true
	if [ "$prefixed" -gt 0 ] && [ -z "$others" ]; then
		echo "OK: pixfmt_drv_$d: $prefixed global symbols, all kmod_pixfmt_drv_${d}_pixfmt_*"
	else
		fail "pixfmt_drv_$d: $prefixed prefixed symbols, others: ${others:-none}"
	fi
	echo "pixfmt_drv_$d: pixfmt_table.o ($(sed -n 's/^#define PIXFMT_NUM_FORMATS\t//p' \
		"$D/pixfmt/pixfmt_table.h") formats)"
	size -A "$D/pixfmt/pixfmt_table.o" | grep -E '^\.(rodata|data)' || true
done
tail -n +2 "$DRV/pixfmt_drv_subset/pixfmt/pixfmt_table.c" > "$CP/subset_table.c"
tail -n +2 "$DRV/pixfmt_drv_subset/pixfmt/pixfmt_table.h" > "$CP/subset_table.h"
if perl "$SRC/scripts/checkpatch.pl" --no-tree --strict --terse --show-types -f \
	"$HERE/driver/drv.c" "$CP/subset_table.c" "$CP/subset_table.h" > "$CP/drivers.txt" 2>&1; then
	echo "OK: checkpatch --strict clean (driver, subset table)"
else
	cat "$CP/drivers.txt"; fail "checkpatch (driver, subset table)"
fi
# Built in (=y), both drivers' objects land in one image: ld -r fails on a
# symbol defined twice. init_module is the module_init() alias of a module
# build only (built in, initcalls get unique names), so it is localized.
for d in full subset; do
	objcopy -L init_module -L __pfx_init_module "$DRV/pixfmt_drv_$d/pixfmt_drv_$d.o" \
		"$DRV/builtin_$d.o"
done
if ld -r -o "$DRV/builtin.o" "$DRV/builtin_full.o" "$DRV/builtin_subset.o" 2> "$DRV/ld.log"; then
	echo "OK: both drivers link into one object"
else
	cat "$DRV/ld.log"; fail "two drivers do not link into one object"
fi

# ------------------------------------------------------------ 4. boot
step "kernel image"
KIMG=$WORK/kimage-$KVER
if [ ! -f "$KIMG/boot/vmlinuz-$KVER" ]; then
	mkdir -p "$WORK/debs"
	(cd "$WORK/debs" && apt-get download -qq "linux-image-$KVER")
	rm -rf "$KIMG"
	dpkg-deb -x "$WORK/debs/linux-image-${KVER}_"*.deb "$KIMG"
	rm -f "$WORK/debs/linux-image-${KVER}_"*.deb
fi

step "initramfs"
R=$WORK/initramfs
rm -rf "$R"; mkdir -p "$R"/{bin,dev,proc,sys,mods}
cp /bin/busybox "$R/bin/busybox"
cp "$HERE/init.sh" "$R/init"; chmod 755 "$R/init"
rm -rf "$KIMG/lib/modules/$KVER/extra"; mkdir -p "$KIMG/lib/modules/$KVER/extra"
cp "$MOD/pixfmt_test.ko" "$KIMG/lib/modules/$KVER/extra/"
depmod -b "$KIMG" "$KVER"
: > "$R/mods/order"
for m in $(modprobe -d "$KIMG" -S "$KVER" --show-depends pixfmt_test |
		awk '$1 == "insmod" && !seen[$2]++ {print $2}'); do
	b=$(basename "$m"); b=${b%.xz}; b=${b%.zst}
	case $m in
	*.xz) xz -dc "$m" > "$R/mods/$b" ;;
	*.zst) zstd -dcq "$m" > "$R/mods/$b" ;;
	*) cp "$m" "$R/mods/$b" ;;
	esac
	echo "$b" >> "$R/mods/order"
done
echo "guest modules: $(tr '\n' ' ' < "$R/mods/order")"
(cd "$R" && find . -print0 | cpio --null -o -H newc --quiet | gzip -1 > "$WORK/initramfs.cpio.gz")

step "qemu ($ACCEL)"
SERIAL=$WORK/serial.log
QARGS=(-accel "$ACCEL")
[ "$ACCEL" = kvm ] && QARGS+=(-cpu host)
T0=$(date +%s.%N)
set +e
timeout 240 qemu-system-x86_64 "${QARGS[@]}" -nographic -no-reboot -m 512 -nic none \
	-kernel "$KIMG/boot/vmlinuz-$KVER" -initrd "$WORK/initramfs.cpio.gz" \
	-append "console=ttyS0 panic=-1 quiet" < /dev/null > "$SERIAL" 2>&1
QRC=$?
set -e
echo "qemu exit $QRC after $(printf '%.1f' "$(echo "$(date +%s.%N) - $T0" | bc)") s"
sed -i 's/\x1b\[[0-9;?]*[a-zA-Z]//g; s/\x1bc//g; s/\r$//' "$SERIAL"

step "results"
grep -E '^PIXFMT:' "$SERIAL" || true
# the module's KTAP output, from "KTAP version 1" to its summary line
sed -n 's/^PIXFMT-LOG: //p' "$SERIAL" | sed -n '/^KTAP version 1/,/^[0-9]* passed, [0-9]* failed$/p' |
	tee "$WORK/ktap.txt"
[ "$QRC" = 0 ] || fail "qemu exit status $QRC (124: timeout)"
grep -q '^PIXFMT: END' "$SERIAL" || fail "the guest's /init did not finish"
grep -qE '^PIXFMT: insmod pixfmt_test.ko rc=0$' "$SERIAL" || fail "insmod pixfmt_test.ko"
summary=$(tail -n 1 "$WORK/ktap.txt")
if [[ "$summary" =~ ^([0-9]+)\ passed,\ 0\ failed$ ]] && [ "${BASH_REMATCH[1]}" -gt 0 ]; then
	echo "OK: in-kernel tests: $summary"
else
	fail "in-kernel tests: ${summary:-no summary line}"
fi
if grep -E 'WARNING:|Oops|BUG:|Call Trace:|general protection' "$SERIAL"; then
	fail "the kernel logged a warning or an oops"
fi

step "done"
if [ "$FAILED" = 0 ]; then
	echo "kernel_qemu: passed"
else
	echo "kernel_qemu: FAILED (serial log: $SERIAL)"
fi
exit "$FAILED"
