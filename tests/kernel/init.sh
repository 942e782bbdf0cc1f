#!/bin/busybox sh
# /init of the pixfmt test initramfs (PID 1 in the qemu guest): load the
# modules in /mods/order (dependencies first, pixfmt_test.ko last), copy the
# whole kernel log to the serial console, power off. The host reads lines
# starting "PIXFMT".
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev

echo "PIXFMT: kernel $(uname -r), up $(cut -d' ' -f1 /proc/uptime)s"
for m in $(cat /mods/order); do
	insmod "/mods/$m"
	echo "PIXFMT: insmod $m rc=$?"
done
echo "PIXFMT: modules loaded, up $(cut -d' ' -f1 /proc/uptime)s"
dmesg | sed 's/^\[[ 0-9.]*\] //; s/^/PIXFMT-LOG: /'
echo "PIXFMT: END"
poweroff -f
