#!/usr/bin/python3
"""The staged install holds what each kind of consumer needs, and no build or
test files."""
import os
import sys

stage = sys.argv[1]
files = sorted(os.path.relpath(os.path.join(d, f), stage)
               for d, _dirs, names in os.walk(stage) for f in names)
for f in files:
    print(f)
need = [
    "bin/pixfmt",
    "include/pixfmt/pixfmt.hpp", "include/pixfmt/format.hpp", "include/pixfmt/format_table.hpp",
    "include/pixfmt/fourcc.hpp", "include/pixfmt/layout.hpp", "include/pixfmt/fmt.hpp",
    "include/pixfmt/xen.hpp", "include/pixfmt/media_bus.hpp", "include/pixfmt/media_bus_table.hpp",
    "share/pixfmt/kernel/linux/6.12/drm_fourcc_formats.inc",
    "share/pixfmt/kernel/linux/6.12/v4l2_common_formats.inc",
    "share/cmake/pixfmt/pixfmtConfig.cmake", "share/cmake/pixfmt/pixfmtConfigVersion.cmake",
    "share/cmake/pixfmt/pixfmtTargets.cmake", "share/pkgconfig/pixfmt.pc",
    "share/pixfmt/kernel/pixfmt.c", "share/pixfmt/kernel/pixfmt.h",
    "share/pixfmt/kernel/pixfmt_table.c", "share/pixfmt/kernel/pixfmt_table.h",
    "share/pixfmt/kernel/Kbuild", "share/pixfmt/kernel/README.md",
]
missing = [f for f in need if f not in files]
unexpected = [f for f in files if "test" in f.split("/")[-1] or f.endswith((".o", ".a"))]
for f in missing:
    print("MISSING " + f)
for f in unexpected:
    print("UNEXPECTED " + f)
sys.exit(1 if missing or unexpected else 0)
