#!/bin/bash
# Build the Xen test images from Debian 12 packages (downloaded and
# unpacked, never installed): xen-4.17.elf, the dom0 kernel, dom0.cpio (Xen
# tools, the camera backend and its configs, the domU kernel and domU.cpio)
# and domu.cpio (the frontend module, its dependencies, v4l2-compliance,
# v4l2-ctl, xcam-check).
# Env: WORK (output folder, holding frontend/xen-camera-front.ko,
# dmabuf/pixfmt-dmabuf.ko, xcam-check, dmabuf-check, dmabuf-cases.txt), KPKG
# (the kernel image package), BACKEND (the built xen_camera_backend).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$WORK"
XENPKGS="xen-hypervisor-4.17-amd64 xen-utils-4.17 xen-utils-common libxencall1 libxenevtchn1
 libxenforeignmemory1 libxengnttab1 libxenmisc4.17 libxenstore4 libxentoollog1 libyajl2
 libxendevicemodel1 libxenhypfs1 libxentoolcore1 xenstore-utils v4l-utils libv4l-0 libv4lconvert0"

# 1. packages, unpacked
mkdir -p debs x
if [ ! -e x/boot/xen-4.17-amd64.gz ]; then
	(cd debs && apt-get download $XENPKGS)
	for d in debs/*.deb; do case $d in *linux-image*) ;; *) dpkg -x "$d" x ;; esac; done
fi
KDIR=$WORK/kernel
if [ ! -d "$KDIR/boot" ]; then
	(cd debs && apt-get download "$KPKG")
	mkdir -p "$KDIR"; dpkg -x debs/"${KPKG}"_*.deb "$KDIR"
fi
KVER=$(ls "$KDIR/lib/modules" | head -1)
depmod -b "$KDIR" "$KVER"
file -L /bin/busybox | grep -q 'statically linked' || { echo "needs busybox-static"; exit 1; }

# 2. qemu's multiboot loader takes the uncompressed ELF hypervisor
zcat x/boot/xen-4.17-amd64.gz > xen-4.17.elf

XLIB=$WORK/x/usr/lib/x86_64-linux-gnu
copy_bin() { # root src [dst]: the program and the libraries it loads
	local root=$1 src=$2 dst=${3:-$2}
	mkdir -p "$root/$(dirname "$dst")"; cp -L "$src" "$root/$dst"
	LD_LIBRARY_PATH=$XLIB ldd "$src" 2>/dev/null | awk '/=>/ {print $3} /^\t\/lib64/ {print $1}' |
	while read -r l; do
		[ -n "$l" ] || continue
		mkdir -p "$root/usr/lib/x86_64-linux-gnu"
		cp -Ln "$l" "$root/usr/lib/x86_64-linux-gnu/" 2>/dev/null || true
	done
	mkdir -p "$root/lib64"; cp -Ln /lib64/ld-linux-x86-64.so.2 "$root/lib64/" 2>/dev/null || true
	# glibc dlopen()s libgcc_s for pthread_cancel (xl aborts without it)
	cp -Ln /lib/x86_64-linux-gnu/libgcc_s.so.1 "$root/usr/lib/x86_64-linux-gnu/" 2>/dev/null || true
}
copy_mods() { # root module...: the modules and their dependencies
	local root=$1; shift
	for m in "$@"; do
		modprobe -d "$KDIR" -S "$KVER" --show-depends "$m" | awk '/^insmod/ {print $2}' |
		while read -r f; do
			rel=${f#"$KDIR"}; mkdir -p "$root/$(dirname "$rel")"
			case $f in
			*.xz) xz -dc "$f" > "$root/${rel%.xz}" ;;
			*.zst) zstd -qdc "$f" > "$root/${rel%.zst}" ;;
			*) cp -n "$f" "$root/$rel" ;;
			esac
		done
	done
	cp "$KDIR/lib/modules/$KVER"/modules.{order,builtin,builtin.modinfo} "$root/lib/modules/$KVER/"
	depmod -b "$root" "$KVER"
}
base_root() { # root: busybox and the folders init expects
	local r=$1; rm -rf "$r"
	mkdir -p "$r"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,run,tmp,etc,var/log,var/lib,root}
	cp /bin/busybox "$r/bin/busybox"
	for a in $(/bin/busybox --list); do [ "$a" = busybox ] || ln -sf /bin/busybox "$r/bin/$a"; done
	ln -sf /run "$r/var/run"
	mkdir -p "$r/usr/lib/x86_64-linux-gnu"
	ln -sf usr/lib "$r/lib"
}

# 3. domU
R=$WORK/rootfs-domu
base_root "$R"
copy_mods "$R" xen-front-pgdir-shbuf videobuf2-vmalloc videobuf2-v4l2 vgem
copy_bin "$R" x/usr/bin/v4l2-compliance /usr/bin/v4l2-compliance
copy_bin "$R" x/usr/bin/v4l2-ctl /usr/bin/v4l2-ctl
cp frontend/xen-camera-front.ko dmabuf/pixfmt-dmabuf.ko "$R/"
cp xcam-check dmabuf-check "$R/usr/bin/"
cp dmabuf-cases.txt "$R/etc/"
cp "$HERE/domu-init.sh" "$R/init"; chmod +x "$R/init"
(cd "$R" && find . | cpio -o -H newc --quiet) > domu.cpio

# 4. dom0
R=$WORK/rootfs-dom0
base_root "$R"
copy_mods "$R" xen-evtchn xen-gntdev xen-gntalloc xen-privcmd xenfs
XB=x/usr/lib/xen-4.17/bin
for b in xl xenstored xenconsoled xen-init-dom0; do copy_bin "$R" $XB/$b /usr/lib/xen-4.17/bin/$b; done
copy_bin "$R" x/usr/bin/xenstore /usr/bin/xenstore
for c in read write ls list watch exists rm chmod; do ln -sf xenstore "$R/usr/bin/xenstore-$c"; done
copy_bin "$R" "$BACKEND" /usr/bin/xen-camera-backend
mkdir -p "$R/etc/xcam"; cp "$HERE"/camera0.conf "$HERE"/camera1.conf "$R/etc/xcam/"
mkdir -p "$R/etc/xen" "$R/guest"
cp -r x/etc/xen/scripts "$R/etc/xen/"
echo 'autoballoon="off"' > "$R/etc/xen/xl.conf"
/usr/bin/python3 "$HERE/extract-vmlinux.py" "$KDIR/boot/vmlinuz-$KVER" "$WORK/vmlinux"
gzip -1 -c "$WORK/vmlinux" > "$WORK/vmlinuz"; rm "$WORK/vmlinux"
cp "$WORK/vmlinuz" "$R/guest/vmlinuz"
cp domu.cpio "$R/guest/domu.cpio"
cp "$HERE/domu.cfg" "$R/etc/xen/domu.cfg"
cp "$HERE/dom0-init.sh" "$R/init"; chmod +x "$R/init"
(cd "$R" && find . | cpio -o -H newc --quiet) > dom0.cpio
echo "KVER=$KVER"; ls -la xen-4.17.elf vmlinuz dom0.cpio domu.cpio
