#!/bin/sh
# dom0 /init of the Xen camera test: start the Xen services, create the PV
# domU, then run one camera backend per device for it. Every line the test
# checks starts with "@@".
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/xen-4.17/bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
mkdir -p /dev/pts /dev/shm; mount -t devpts devpts /dev/pts; mount -t tmpfs tmpfs /run
mkdir -p /run/xen /run/xenstored /var/log/xen/console /var/lib/xen /var/lock
up() { cut -d' ' -f1 /proc/uptime; }
echo "@@ DOM0-SHELL uptime=$(up)"
for m in xen-evtchn xen-gntdev xen-gntalloc xen-privcmd xenfs; do modprobe $m || echo "@@ modprobe $m FAILED"; done
mount -t xenfs xenfs /proc/xen
export XENSTORED_ROOTDIR=/run/xenstored
xenstored --pid-file /run/xenstore.pid
i=0; while ! xenstore-read / >/dev/null 2>&1 && [ $i -lt 50 ]; do sleep 0.2; i=$((i+1)); done
xen-init-dom0; echo "@@ xen-init-dom0 rc=$?"
xenconsoled --pid-file /run/xenconsoled.pid --log=guest --log-dir=/var/log/xen/console
xl create /etc/xen/domu.cfg; echo "@@ xl create rc=$? uptime=$(up)"
LOG=/var/log/xen/console/guest-domu.log
i=0; while ! grep -q '@@ DOMU-MODS-LOADED' $LOG 2>/dev/null && [ $i -lt 600 ]; do sleep 0.5; i=$((i+1)); done
DOMID=$(xl domid domu)
echo "@@ domU $DOMID loaded the frontend uptime=$(up)"
# xenstored refuses the characters the label rule forbids before any
# frontend could see them
if xenstore-write "/local/domain/0/data/xcam/A B" x 2>/dev/null; then
	echo "@@ xenstored accepted a label with a space"
else
	echo "@@ xenstored refuses a label with a space"
fi
# one backend per camera; a start that fails before the program runs (the
# shell's 126/127: seen once as "not found" for a program that is there)
# is tried again
backend() {
	for try in 1 2 3; do
		/usr/bin/xen-camera-backend --domid "$DOMID" --dev "$1" \
			--config /etc/xcam/camera"$1".conf >> /tmp/backend"$1".log 2>&1
		rc=$?
		[ $rc = 126 ] || [ $rc = 127 ] || return
		echo "@@ backend $1 did not start (rc $rc, try $try): $(ls -l /usr/bin/xen-camera-backend)"
		sleep 1
	done
}
for dev in 0 1; do
	backend $dev &
	sleep 0.2
done
i=0; while ! grep -q '@@ DOMU-END' $LOG 2>/dev/null && [ $i -lt 1200 ]; do sleep 0.5; i=$((i+1)); done
echo "@@ DOMU-END seen at dom0 uptime=$(up)"
for dev in 0 1; do
	echo "======== backend $dev ========"
	cat /tmp/backend$dev.log
done
echo "======== domU console ========"
cat $LOG
echo "======== end domU console ========"
echo "@@ DONE uptime=$(up)"
poweroff -f
