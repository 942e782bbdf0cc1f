#!/usr/bin/python3
"""libcamera names: formats.yaml's `libcamera` names against the installed
libcamera (its formats.h and what libcamera_dump reads from the library).

For each recorded name: PixelFormat::fromString() knows it; its
PixelFormatInfo agrees with the format on planes, bytes per pixel of each
plane (bytes per group / pixels per group), vertical subsampling, bits per
pixel, colour encoding; its V4L2 codes are the format's; its fourcc is the
format's DRM code (without a DRM code: none of pixfmt's DRM codes).
Coverage: every formats.h name is recorded for each format whose V4L2 code
libcamera pairs it with, and V4L2PixelFormat::toPixelFormat() of each V4L2
code gives the recorded name. Differences that are libcamera's own mistakes
are reviewed in libcamera_reviewed.yaml; a reviewed entry that no longer
applies fails too.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "gen"))
import model  # noqa: E402

# libcamera's ColourEncoding of pixfmt's V4L2 pixel encodings (V4L2 and
# libcamera both count greyscale as YUV)
ENCODING = {"rgb": "rgb", "yuv": "yuv", "bayer": "raw"}
# one sample per pixel: libcamera counts its bits without the padding
ONE_SAMPLE = ("grey", "bayer")


def expected_bits_per_pixel(f):
    if f.compressed:
        return 0
    if f.encoding in ONE_SAMPLE:
        return f.component_bits
    bits = sum(p.bytes_per_pixel * 8 / (p.hsub * p.vsub) for p in f.planes)
    return bits


def compare(f, lc, drm_codes):
    """(field, what) for each way libcamera's record differs from the format."""
    out = []
    codes = {c.code for c in f.v4l2}
    extra = [c for c in lc["v4l2"] if c not in codes]
    if extra:
        out.append(("v4l2_codes", "libcamera pairs V4L2 %s with it"
                    % ", ".join("0x%08x" % c for c in extra)))
    if f.drm is not None:
        if (lc["fourcc"], lc["modifier"]) != (f.drm.code, 0):
            out.append(("fourcc", "libcamera 0x%08x modifier 0x%x, DRM 0x%08x"
                        % (lc["fourcc"], lc["modifier"], f.drm.code)))
    elif lc["modifier"] == 0 and lc["fourcc"] in drm_codes:
        out.append(("fourcc", "libcamera's 0x%08x is the DRM code of %s"
                    % (lc["fourcc"], drm_codes[lc["fourcc"]])))
    bpp = expected_bits_per_pixel(f)
    if lc["bits_per_pixel"] != bpp:
        out.append(("bits_per_pixel", "libcamera %d, pixfmt %s" % (lc["bits_per_pixel"], bpp)))
    if f.compressed:
        return out  # no per-pixel layout to compare
    enc = ENCODING.get(model.V4L2_PIXEL_ENC.get(f.encoding))
    if lc["encoding"] != enc:
        out.append(("encoding", "libcamera %s, pixfmt %s (%s)" % (lc["encoding"], enc, f.encoding)))
    planes = lc["planes"]
    if len(planes) != len(f.planes):
        out.append(("planes", "libcamera %d, pixfmt %d" % (len(planes), len(f.planes))))
        return out
    for i, (lp, p) in enumerate(zip(planes, f.planes)):
        theirs = Fraction(lp["bytes_per_group"], lc["pixels_per_group"])
        ours = p.bytes_per_pixel / p.hsub
        if theirs != ours:
            out.append(("bytes_per_pixel", "plane %d: libcamera %d bytes per %d pixels, "
                        "pixfmt %s" % (i, lp["bytes_per_group"], lc["pixels_per_group"], ours)))
        if lp["vsub"] != p.vsub:
            out.append(("vsub", "plane %d: libcamera %d, pixfmt %d" % (i, lp["vsub"], p.vsub)))
    return out


def run_dump(dump, args):
    p = subprocess.run([dump] + args, capture_output=True, text=True,
                       env=dict(os.environ, LIBCAMERA_LOG_LEVELS="*:ERROR"))
    if p.returncode != 0:
        raise SystemExit("FAIL %s: %s" % (os.path.basename(dump), p.stderr.strip()))
    return [json.loads(line) for line in p.stdout.splitlines()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--yaml", required=True)
    ap.add_argument("--dump", required=True, help="libcamera_dump")
    ap.add_argument("--formats-h", required=True, help="libcamera/formats.h")
    ap.add_argument("--reviewed", required=True, help="libcamera_reviewed.yaml")
    args = ap.parse_args()

    with open(args.formats_h, encoding="utf-8") as fh:
        header = re.findall(r"^\s*constexpr PixelFormat (\w+)\{", fh.read(), re.M)
    if not header:
        print("FAIL no PixelFormat in %s" % args.formats_h)
        return 1
    with open(args.reviewed, encoding="utf-8") as fh:
        reviewed = yaml.safe_load(fh) or []
    db = model.load(args.yaml)
    by_v4l2 = {c.code: f for f in db.formats for c in f.v4l2}
    drm_codes = {f.drm.code: f.name for f in db.formats if f.drm}
    recorded = {}
    for f in db.formats:
        if "libcamera" in f.names:
            recorded.setdefault(f.names["libcamera"], []).append(f)

    names = sorted(set(header) | set(recorded))
    facts = {r["name"]: r for r in run_dump(args.dump, names)}
    to_pf = {r["v4l2"]: r["name"] for r in run_dump(args.dump, ["--v4l2"] + [
        "0x%08x" % c for c in sorted(by_v4l2)])}

    found = []  # (format or None, libcamera name, field, what)
    verified = 0
    for name in names:
        lc = facts[name]
        if not lc["valid"] or not lc.get("info"):
            for f in recorded.get(name, [None]):
                found.append((f and f.name, name, "unknown", "PixelFormat::fromString() "
                              "or PixelFormatInfo::info() does not know it"))
            continue
        if name not in header:
            found.append((None, name, "header", "not in %s" % args.formats_h))
        for f in recorded.get(name, []):
            diffs = compare(f, lc, drm_codes)
            found += [(f.name, name, field, what) for field, what in diffs]
            verified += not diffs
        # coverage: the formats libcamera pairs this name with record it
        for code in lc["v4l2"]:
            f = by_v4l2.get(code)
            if f is not None and f.names.get("libcamera") != name:
                found.append((f.name, name, "unrecorded", "libcamera pairs it with V4L2 "
                              "0x%08x, the format records %s" % (code, f.names.get("libcamera"))))
    for code, name in sorted(to_pf.items()):
        f = by_v4l2[code]
        if name is not None and f.names.get("libcamera") != name:
            found.append((f.name, name, "v4l2_to_pixelformat", "toPixelFormat(0x%08x) is %s, "
                          "the format records %s" % (code, name, f.names.get("libcamera"))))

    failures = []
    used = set()
    matched = 0
    for fmt, name, field, what in found:
        hits = [i for i, r in enumerate(reviewed)
                if r.get("format") == fmt and r["libcamera"] == name and field in r["fields"]]
        if hits:
            used.update(hits)
            matched += 1
            print("reviewed %s / libcamera %s: %s: %s" % (fmt, name, field, what))
        else:
            failures.append("%s / libcamera %s: %s: %s" % (fmt, name, field, what))
    for i, r in enumerate(reviewed):
        for key in ("libcamera", "fields", "what", "evidence"):
            if not r.get(key):
                failures.append("reviewed entry %d has no %s" % (i, key))
        if i not in used:
            failures.append("reviewed entry %d (%s / libcamera %s) no longer applies"
                            % (i, r.get("format"), r.get("libcamera")))
        else:
            for field in r.get("fields") or []:
                if not any(x[0] == r.get("format") and x[1] == r["libcamera"] and x[2] == field
                           for x in found):
                    failures.append("reviewed entry %d: %s no longer differs" % (i, field))
    for line in failures:
        print("FAIL " + line)
    print("libcamera: %d formats in formats.h, %d names recorded, %d verified without "
          "difference, %d reviewed differences, %d failures"
          % (len(header), sum(len(v) for v in recorded.values()), verified, matched,
             len(failures)))
    return 1 if failures or not recorded else 0


if __name__ == "__main__":
    sys.exit(main())
