#!/usr/bin/python3
"""Kernel tables: compare formats.yaml with the kernel's own format tables.

Extracts drivers/gpu/drm/drm_fourcc.c and drivers/media/v4l2-core/v4l2-common.c
from each linux-source tarball given (Debian 12 has 6.1 and 6.12), parses their
drm_format_info and v4l2_format_info tables, and compares every field of every
format both sides describe, and which codes each table has. formats.yaml
records where an older kernel's entry differs (kernel.v4l2.<version>), so any
difference fails.
"""
import argparse
import os
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gen"))
sys.path.insert(0, HERE)
import kernel_tables  # noqa: E402
import model  # noqa: E402

def drm_fields(f):
    """The drm_format_info entry formats.yaml generates for format f, in the
    shape kernel_tables.drm_table() gives the kernel's."""
    e = dict(f.kernel_drm, planes=f.kernel_drm["num_planes"])
    return drm_kernel(e)


def drm_kernel(k):
    n = k["planes"]
    out = {key: k[key] for key in ("hsub", "vsub", "has_alpha", "is_yuv", "is_color_indexed", "depth",
                                   "planes")}
    for key in ("char_per_block", "block_w", "block_h"):
        out[key] = k[key][:n]
    return out


def v4l2_fields(f, code, version):
    """The v4l2_format_info entry formats.yaml generates for a V4L2 code."""
    return v4l2_kernel(f.kernel_v4l2(code, version))


def v4l2_kernel(k):
    return {
        "comp_planes": k["comp_planes"],
        "mem_planes": k["mem_planes"],
        "bytes per pixel (bpp / bpp_div)": [str(Fraction(b, d)) for b, d in zip(k["bpp"], k["bpp_div"])],
        "block_w (alignment)": k["block_w"],
        "block_h (alignment)": k["block_h"],
        "hdiv": k["hdiv"],
        "vdiv": k["vdiv"],
        "pixel_enc": k["pixel_enc"],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--yaml", required=True)
    ap.add_argument("--tarball", required=True, action="append", help="linux-source-*.tar.xz")
    ap.add_argument("--workdir", required=True,
                    help="where the sources are extracted (one folder per tarball)")
    args = ap.parse_args()

    db = model.load(args.yaml)
    failures = 0
    for tarball in args.tarball:
        if not os.path.exists(tarball):
            print("FAIL %s not found: install Debian's linux-source package" % tarball)
            failures += 1
            continue
        name = os.path.basename(tarball).replace(".tar.xz", "")
        failures += compare_kernel(db, tarball, os.path.join(args.workdir, name))
    return 1 if failures else 0


def compare_kernel(db, tarball, workdir):
    files = kernel_tables.extract(tarball, workdir)
    with open(files[kernel_tables.DRM_FILE], encoding="utf-8") as f:
        drm = kernel_tables.drm_table(f.read())
    with open(files[kernel_tables.V4L2_FILE], encoding="utf-8") as f:
        v4l2 = kernel_tables.v4l2_table(f.read())

    mismatches = []
    history = []
    compared = {"drm": 0, "v4l2": 0}
    fields = {"drm": 0, "v4l2": 0}
    ours = {"drm": set(), "v4l2": set()}

    def compare(table, macro, mine, theirs):
        compared[table] += 1
        for field in sorted(set(mine) | set(theirs)):
            if field not in mine or field not in theirs:
                continue
            fields[table] += 1
            if mine[field] == theirs[field]:
                continue
            mismatches.append("%s %s %s: kernel %r, formats.yaml %r"
                              % (table, macro, field, theirs[field], mine[field]))

    # formats.yaml says which codes this kernel's tables have (a code's
    # `kernel` is the first recorded kernel with an entry)
    version = os.path.basename(tarball).replace(".tar.xz", "").rsplit("-", 1)[1]
    if version not in model.KERNEL_VERSIONS:
        print("FAIL %s: formats.yaml records kernels %s only" % (tarball, model.KERNEL_VERSIONS))
        return 1

    def expected(code):
        return f.in_kernel(code, version)

    for f in db.formats:
        if f.drm is not None:
            key = f.drm.macro + ("|BE" if f.drm.big_endian else "")
            if expected(f.drm):
                ours["drm"].add(key)
            if key in drm:
                compare("drm", key, drm_fields(f), drm_kernel(drm[key]))
        for c in f.v4l2:
            if expected(c):
                ours["v4l2"].add(c.macro)
            if c.macro in v4l2:
                compare("v4l2", c.macro, v4l2_fields(f, c, version), v4l2_kernel(v4l2[c.macro]))
                if version in f.kernel_v4l2_history:
                    history.append("%s: %s" % (c.macro, f.kernel_v4l2_history[version]["reason"]))

    for macro in sorted(set(drm) - ours["drm"]) + sorted(set(v4l2) - ours["v4l2"]):
        mismatches.append("kernel table entry %s: formats.yaml does not record it for this kernel "
                          "(its code's `kernel`)" % macro)
    for macro in sorted(ours["drm"] - set(drm)) + sorted(ours["v4l2"] - set(v4l2)):
        mismatches.append("%s: formats.yaml records a kernel entry, this kernel's table has none" % macro)

    print("kernel source: %s" % os.path.basename(tarball))
    print("  drm_format_info: %d entries, %d compared (%d fields)"
          % (len(drm), compared["drm"], fields["drm"]))
    print("  v4l2_format_info: %d entries, %d compared (%d fields)"
          % (len(v4l2), compared["v4l2"], fields["v4l2"]))
    for line in history:
        print("  older entry recorded in formats.yaml: " + " ".join(line.split()))
    print("  mismatches: %d" % len(mismatches))
    for m in mismatches:
        print("    " + m)
    return len(mismatches)


if __name__ == "__main__":
    sys.exit(main())
