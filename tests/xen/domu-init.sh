#!/bin/sh
# domU /init of the Xen camera test: load the frontend, wait for both
# cameras, then run v4l2-compliance with streaming, the frame checker and
# the fault cases. Every line the test checks starts with "@@".
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
up() { cut -d' ' -f1 /proc/uptime; }
echo "@@ DOMU-SHELL uptime=$(up) kernel=$(uname -r)"
for m in xen-front-pgdir-shbuf videobuf2-vmalloc videobuf2-v4l2; do
	modprobe $m || echo "@@ domU modprobe $m FAILED"
done
insmod /xen-camera-front.ko && echo "@@ frontend module loaded"
echo "@@ DOMU-MODS-LOADED uptime=$(up)"

# the video node of camera $1 ("vcamera-0") with API $2 ("capture", "mplane")
node() {
	for v in /sys/class/video4linux/video*; do
		[ -e "$v" ] || continue
		case "$(readlink "$v/device")" in */"$1") ;; *) continue ;; esac
		[ "$(cat "$v/name")" = "xen-camera $2" ] && echo "/dev/$(basename "$v")"
	done
}
i=0
while [ -z "$(node vcamera-0 mplane)" ] || [ -z "$(node vcamera-1 mplane)" ]; do
	[ $i -lt 240 ] || break
	sleep 0.5; i=$((i+1))
done
C0=$(node vcamera-0 capture) M0=$(node vcamera-0 mplane)
C1=$(node vcamera-1 capture) M1=$(node vcamera-1 mplane)
echo "@@ cameras: vcamera-0 $C0 $M0, vcamera-1 $C1 $M1 uptime=$(up)"
dmesg | grep -i 'vcamera' | sed 's/^/@@ kernel: /'

# ENUM_FMT split: what each API lists
for d in $C0 $M0; do
	echo "@@ formats on $d: $(v4l2-ctl -d $d --list-formats | sed -n "s/.*'\(....\)'.*/\1/p" | tr '\n' ' ')"
done

# v4l2-compliance with streaming, every format of each API
for d in $C0 $M0; do
	timeout 300 v4l2-compliance -d $d -s 5 -f > /tmp/compliance.log 2>&1
	echo "@@ v4l2-compliance $d rc=$? uptime=$(up)"
	grep -E 'fail:|warn:|Total for|test (MMAP|read|blocking)|Format .*(OK|FAIL)' /tmp/compliance.log |
		sed "s|^|@@ compliance $d: |"
done

# every byte of every frame, per format and API
for f in NV12 YUYV pRAA XR24; do
	xcam-check $C0 $f 641x481 5 | sed 's/^/@@ /'
done
for f in NV12 NM12 YUYV pRAA XR24; do
	xcam-check $M0 $f 641x481 5 | sed 's/^/@@ /'
done

# faults injected by the backend of vcamera-1: each refused, with one line
dmesg -c > /dev/null
for s in 320x240 322x240 324x240 326x240; do
	xcam-check $C1 NV12 $s 2 | sed "s/^/@@ fault $s: /"
	dmesg -c | grep vcamera | sed "s/^/@@ fault $s kernel: /"
done
# and the device still works
xcam-check $C1 NV12 160x120 3 | sed 's/^/@@ after faults: /'
xcam-check $M1 NV12 160x120 3 | sed 's/^/@@ after faults: /'

# dma-bufs from vgem, checked by a module with pixfmt_check_buffer()
modprobe vgem && insmod /pixfmt-dmabuf.ko && dmabuf-check /etc/dmabuf-cases.txt | sed 's/^/@@ /'

dmesg | grep -E 'WARNING|Oops|BUG' | sed 's/^/@@ kernel problem: /'
echo "@@ DOMU-END uptime=$(up)"
while true; do sleep 100; done
