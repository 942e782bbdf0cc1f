#!/usr/bin/python3
"""Header comments: bits per pixel against the uapi headers' own comments.

The Linux 7.1 videodev2.h comments start most V4L2 formats with their bits
per pixel ("12  Y/CbCr 4:2:0"), and drm_fourcc.h comments packed DRM formats
with the bit range of one pixel or macro-pixel ("[31:0] x:R:G:B 8:8:8:8").
This reaches formats no kernel table describes. A comment agrees when it
gives:
  V4L2: the bits per pixel of all planes (storage), or, for one-component
        encodings (grey, bayer) stored in wider words, the component depth;
  DRM:  the bits of one block of the first plane, times the horizontal
        subsampling for one-plane YUV with 1-pixel blocks (the comment covers
        the macro-pixel).
Other differences must be listed with a reason in
tests/header_comment_deviations.yaml; a listed one that agrees fails.
"""
import argparse
import json
import os
import re
import sys
from fractions import Fraction

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gen"))
import model  # noqa: E402


def storage_bpp(f):
    return sum(Fraction(p.bytes_per_block * 8, p.block_w * p.block_h * p.hsub * p.vsub)
               for p in f.planes)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--yaml", required=True)
    ap.add_argument("--json", required=True)
    ap.add_argument("--deviations", required=True)
    args = ap.parse_args()
    db = model.load(args.yaml)
    with open(args.json, encoding="utf-8") as f:
        doc = json.load(f)
    comments = {e["name"]: e["comment"] or "" for e in doc["v4l2"]["V4L2_PIX_FMT"] + doc["drm"]}
    with open(args.deviations, encoding="utf-8") as f:
        reviewed = {d["macro"]: d for d in (yaml.safe_load(f) or [])}

    agreed, used, failures = 0, set(), []
    for f in db.formats:
        if f.compressed:
            continue
        checks = []
        for c in f.v4l2:
            m = re.match(r"\s*(\d+)\s", comments.get(c.macro, ""))
            if m:
                n = int(m.group(1))
                ok = n == storage_bpp(f) or (
                    f.encoding in ("grey", "bayer") and len(f.planes) == 1 and n == f.component_bits)
                checks.append((c.macro, n, ok, "bits per pixel %s" % storage_bpp(f)))
        if f.drm is not None and not f.drm.big_endian:
            m = re.match(r"\s*\[(\d+):0\]", comments.get(f.drm.macro, ""))
            if m:
                n = int(m.group(1)) + 1
                p = f.planes[0]
                # YUYV-style layouts count 2 bytes per pixel; the comment covers
                # the macro-pixel of hsub pixels.
                macro_pixel = len(f.planes) == 1 and f.encoding == "yuv" and p.block_w == 1
                block = p.bytes_per_block * 8 * (f.hsub if macro_pixel else 1)
                checks.append((f.drm.macro, n, n == block, "bits per block %d" % block))
        for macro, n, ok, ours in checks:
            dev = reviewed.get(macro)
            if ok and dev is None:
                agreed += 1
            elif not ok and dev is not None and dev["comment_bits"] == n:
                used.add(macro)
            elif ok:
                failures.append("%s: listed as a deviation but the comment agrees" % macro)
            else:
                failures.append("%s: the header comment says %d, formats.yaml gives %s (%r)"
                                % (macro, n, ours, comments[macro]))
    for macro in sorted(set(reviewed) - used):
        if not any(macro in x for x in failures):
            failures.append("%s: listed deviation did not occur" % macro)
    print("%d codes agree with the bits their header comment gives; %d reviewed deviations"
          % (agreed, len(used)))
    for macro in sorted(used):
        print("  %s: %s" % (macro, reviewed[macro]["reason"]))
    for x in failures:
        print("FAIL " + x)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
