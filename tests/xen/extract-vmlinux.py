#!/usr/bin/python3
# Extract the uncompressed ELF vmlinux from a bzImage (xz or zstd payload):
# Xen boots dom0 and the domU from it, and gzip -1 of it unpacks faster under
# software emulation than the bzImage.
import sys, lzma, subprocess
d = open(sys.argv[1], 'rb').read()
setup_sects = d[0x1f1] or 4
po = int.from_bytes(d[0x248:0x24c], 'little'); pl = int.from_bytes(d[0x24c:0x250], 'little')
payload = d[(setup_sects + 1) * 512 + po:][:pl]
if payload[:6] == b'\xfd7zXZ\x00':
    out = lzma.LZMADecompressor(format=lzma.FORMAT_XZ).decompress(payload)
elif payload[:4] == b'\x28\xb5\x2f\xfd':
    out = subprocess.run(['zstd', '-qdc'], input=payload[:-4], stdout=subprocess.PIPE, check=True).stdout
else:
    sys.exit('unknown payload magic %r' % payload[:6])
assert out[:4] == b'\x7fELF'
open(sys.argv[2], 'wb').write(out)
