#!/usr/bin/python3
"""Run a codes-check program and require that it checked every macro the
installed headers define (so a check that silently skipped macros fails)."""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import uapi  # noqa: E402

program, *headers = sys.argv[1:]
defines = {}
for h in headers:
    defines.update(uapi.header_defines(h))
want_v4l2 = sum(1 for m in defines if m.startswith("V4L2_"))
want_drm = len(defines) - want_v4l2
out = subprocess.run([program], capture_output=True, text=True, check=True).stdout
print(out.strip())
m = re.search(r"(\d+) V4L2 and (\d+) DRM macros checked", out)
got = (int(m.group(1)), int(m.group(2))) if m else None
print("installed headers define %d V4L2 and %d DRM pixel formats" % (want_v4l2, want_drm))
if got != (want_v4l2, want_drm):
    print("FAIL: checked %r, expected %r" % (got, (want_v4l2, want_drm)))
    sys.exit(1)
