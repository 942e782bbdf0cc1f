#!/usr/bin/python3
"""Vulkan names: formats.yaml's `vulkan` names against the VkFormat enum of
the installed vulkan_core.h (libvulkan-dev).

What a VkFormat name says is checked against the format: the enumerator
exists (not an alias), UNORM, planes (_2PLANE_, _3PLANE_), chroma subsampling
(_420_, _422_, _444_), the widest component, alpha (an A component), bytes
per texel of each plane (PACK16/PACK32 or the sum of the widths; a 422 texel
holds two pixels). The name's bit layout must equal the format's `bits` in formats.yaml
(themselves checked against the DRM header's comments by check_drm_bits.py;
Vulkan lists packed components from the top bit, the others in memory order),
and every UNORM VkFormat with the layout of a little-endian DRM code must be
recorded; for multi-planar formats the bits' chroma order must be the name's. A
VkFormat names one format only, unless listed in the reviewed file.
"""
import argparse
import os
import re
import sys
from fractions import Fraction

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
import bits  # noqa: E402
import model  # noqa: E402

NAME = re.compile(r"^VK_FORMAT_(?P<comp>[RGBAX0-9_]+?)(?:_(?P<planes>[23])PLANE)?"
                  r"(?:_(?P<sub>4[24][024]))?_(?P<type>[A-Z]+)"
                  r"(?:_(?P<pack>PACK16|PACK32|3PACK16|4PACK16))?$")
SUBSAMPLING = {"420": (2, 2), "422": (2, 1), "444": (1, 1), None: (1, 1)}
# formats.yaml's YCbCr components as Vulkan names them
YCBCR = {"Y": "G", "Cb": "B", "Cr": "R"}
# DRM names its floating-point codes with an F after the widths (R16F,
# ABGR16161616F); Vulkan's are SFLOAT, the others UNORM
DRM_FLOAT = re.compile(r"\dF$")


def vk_formats(path):
    """{name: alias or None} of the VkFormat enum."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    body = re.search(r"typedef enum VkFormat \{(.*?)\} VkFormat;", text, re.S)
    if not body:
        return {}
    out = {}
    for name, value in re.findall(r"^\s*(VK_FORMAT_\w+)\s*=\s*(\w+),?$", body.group(1), re.M):
        out[name] = value if value.startswith("VK_FORMAT_") else None
    return out


def parse(name):
    """(type, planes: [[(letter, width)]], (hsub, vsub), pack) or None."""
    m = NAME.match(name)
    if not m:
        return None
    planes = [[(c, int(w)) for c, w in re.findall(r"([RGBAX])(\d+)", part)]
              for part in m.group("comp").split("_")]
    if not all(planes) or len(planes) != int(m.group("planes") or 1):
        return None
    return m.group("type"), planes, SUBSAMPLING[m.group("sub")], m.group("pack")


def vk_bit_layout(comps, pack):
    """(unit bits, {(letter, bit offset, width)}) of a one-plane format."""
    total = sum(w for _c, w in comps)
    bits = set()
    if pack in ("PACK16", "PACK32"):  # one word, components from the top bit
        top = total
        for c, w in comps:
            top -= w
            bits.add((c, top, w))
    elif pack in ("3PACK16", "4PACK16"):  # 16-bit words in memory order, each from the top
        word, used = 0, 0
        for c, w in comps:
            used += w
            bits.add((c, word * 16 + 16 - used, w))
            if used == 16:
                word, used = word + 1, 0
    else:  # components in memory order
        offset = 0
        for c, w in comps:
            bits.add((c, offset, w))
            offset += w
    return total, frozenset(b for b in bits if b[0] != "X")


def bits_layout(f, plane):
    """The same from a plane's bits in formats.yaml (checked against the DRM
    header's comments by check_drm_bits.py); None when they are not
    recorded or hold other than R, G, B, A, Y, Cb, Cr. A grey format's one
    sample is a one-channel VkFormat's R (DRM also calls R8 red)."""
    if not plane.samples:
        return None
    out = set()
    for s in plane.samples:
        if s.component in bits.PADDING:
            continue
        letter = "R" if f.encoding == "grey" and s.component == "Y" else \
            YCBCR.get(s.component, s.component)
        if letter not in ("R", "G", "B", "A"):
            return None
        out.add((letter, s.offset, s.width))
    return sum(s.width for s in plane.samples), frozenset(out)


def chroma_order(f):
    """Vulkan letters of the chroma planes, each in memory order, from the
    format's bits; None when they are not recorded."""
    if not all(p.samples for p in f.planes[1:]):
        return None
    return [[YCBCR[s.component] for s in sorted(p.samples, key=lambda s: s.offset)
             if s.component in YCBCR] for p in f.planes[1:]]


def numeric_type(f):
    return "SFLOAT" if f.drm and DRM_FLOAT.search(f.drm.macro) else "UNORM"


def ycbcr(parsed):
    """Vulkan's YCbCr formats: subsampled or multi-planar (G is Y)."""
    return parsed[2] != (1, 1) or len(parsed[1]) > 1


def check(f, name, parsed):
    """What the name says that the format contradicts."""
    vtype, planes, sub, pack = parsed
    out = []
    if vtype != numeric_type(f):
        out.append("%s, not %s" % (vtype, numeric_type(f)))
    if (f.encoding == "yuv") != ycbcr(parsed):
        out.append("a %s format, pixfmt %s" % ("YCbCr" if ycbcr(parsed) else "RGB", f.encoding))
    if len(planes) != len(f.planes):
        out.append("%d planes, pixfmt %d" % (len(planes), len(f.planes)))
        return out
    if sub != (f.hsub, f.vsub):
        out.append("subsampling %dx%d, pixfmt %dx%d" % (sub + (f.hsub, f.vsub)))
    comps = [c for plane in planes for c in plane]
    widest = max(w for c, w in comps if c != "X")
    if widest != f.component_bits:
        out.append("widest component %d bits, pixfmt %d" % (widest, f.component_bits))
    if any(c == "A" for c, _w in comps) != f.has_alpha:
        out.append("alpha %s, pixfmt %s" % (not f.has_alpha, f.has_alpha))
    for i, (plane, p) in enumerate(zip(planes, f.planes)):
        bits = sum(w for _c, w in plane)
        if pack in ("PACK16", "PACK32") and bits != int(pack[4:]):
            out.append("plane %d: %d bits in a %s" % (i, bits, pack))
        pixels = 2 if sub == (2, 1) and len(planes) == 1 else 1  # 422 texels hold 2 pixels
        if Fraction(bits, 8 * pixels) != p.bytes_per_pixel:
            out.append("plane %d: %s bytes per pixel, pixfmt %s"
                       % (i, Fraction(bits, 8 * pixels), p.bytes_per_pixel))
    if len(planes) == 1:
        mine = bits_layout(f, f.planes[0])
        if mine is None:
            out.append("formats.yaml records no R, G, B, A or YCbCr bits to compare")
        elif vk_bit_layout(planes[0], pack) != mine:
            out.append("bit layout %s, formats.yaml's bits %s"
                       % (sorted(vk_bit_layout(planes[0], pack)[1]), sorted(mine[1])))
    else:
        order = chroma_order(f)
        theirs = [[c for c, _w in plane if c != "X"] for plane in planes[1:]]
        if order is None:
            out.append("formats.yaml records no chroma bits to compare")
        elif order != theirs:
            out.append("chroma %s, formats.yaml's bits %s" % (theirs, order))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--yaml", required=True)
    ap.add_argument("--header", required=True, help="vulkan_core.h")
    ap.add_argument("--reviewed", required=True, help="VkFormats shared by several formats")
    args = ap.parse_args()
    if not os.path.exists(args.header):
        print("FAIL %s not found: install libvulkan-dev" % args.header)
        return 1
    enum = vk_formats(args.header)
    if not enum:
        print("FAIL no VkFormat enum in %s" % args.header)
        return 1
    with open(args.reviewed, encoding="utf-8") as fh:
        shared = {r["vulkan"]: r for r in yaml.safe_load(fh) or []}

    db = model.load(args.yaml)
    failures = []
    recorded = {}
    for f in db.formats:
        name = f.names.get("vulkan")
        if name is None:
            continue
        recorded.setdefault(name, []).append(f.name)
        if name not in enum:
            failures.append("%s: %s is not a VkFormat" % (f.name, name))
            continue
        if enum[name] is not None:
            failures.append("%s: %s is an alias of %s" % (f.name, name, enum[name]))
            continue
        parsed = parse(name)
        if parsed is None:
            failures.append("%s: %s: the name does not parse" % (f.name, name))
            continue
        failures += ["%s: %s" % (f.name, x) for x in check(f, name, parsed)]

    # a VkFormat names one format
    for name, formats in sorted(recorded.items()):
        r = shared.get(name)
        if len(formats) > 1 and (r is None or sorted(r["formats"]) != sorted(formats)):
            failures.append("%s names %s" % (name, ", ".join(formats)))
    for name, r in sorted(shared.items()):
        if not r.get("reason"):
            failures.append("reviewed %s has no reason" % name)
        if sorted(recorded.get(name, [])) != sorted(r.get("formats", [])) or len(r["formats"]) < 2:
            failures.append("reviewed %s no longer applies" % name)

    # coverage: every one-plane VkFormat with the bit layout of a little-endian
    # DRM code's bits
    layouts = {}
    for name, alias in enum.items():
        parsed = parse(name) if alias is None else None
        if parsed and len(parsed[1]) == 1:
            layouts.setdefault(vk_bit_layout(parsed[1][0], parsed[3]), []).append(
                (name, parsed))
    compared = 0
    for f in db.formats:
        if f.drm is None or f.drm.big_endian or len(f.planes) != 1:
            continue
        drm = bits_layout(f, f.planes[0])
        if drm is None:
            continue
        compared += 1
        mine = parse(f.names.get("vulkan", ""))
        if mine and len(mine[1]) == 1 and vk_bit_layout(mine[1][0], mine[3]) == drm:
            continue  # recorded; another name for the same layout may exist (A8B8G8R8_PACK32)
        for name, parsed in layouts.get(drm, []):
            if (parsed[0] == numeric_type(f) and parsed[2] == (f.hsub, f.vsub)
                    and ycbcr(parsed) == (f.encoding == "yuv")):
                failures.append("%s: %s has its layout, the format records %s"
                                % (f.name, name, f.names.get("vulkan")))

    for line in failures:
        print("FAIL " + line)
    print("%s: %d VkFormats, %d names recorded, %d DRM layouts searched, %d failures"
          % (os.path.basename(args.header), len(enum), sum(map(len, recorded.values())),
             compared, len(failures)))
    return 1 if failures or not recorded else 0


if __name__ == "__main__":
    sys.exit(main())
