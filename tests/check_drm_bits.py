#!/usr/bin/python3
"""Component bits: formats.yaml's `bits` against drm_fourcc.h's own layout
comments (`[31:0] A:R:G:B 8:8:8:8 little endian`), parsed at test time from
the installed header (libdrm-dev) and from Linux 7.1's (the uapi data's
one-line comments).

Every DRM code with such a comment must have a format whose one plane
records the same fields: the same components, pixel indices, value bits and
positions. Conventions that differ only in naming (reviewed here, each with
why): DRM's x and X are both padding; DRM names the one sample of a
single-channel format R (DRM_FORMAT_R8), which formats.yaml, pairing it with
V4L2's greyscale codes, records as Y.
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
import bits  # noqa: E402
import model  # noqa: E402

COMMENT = re.compile(r"\[(\d+):0\]\s+(\S+)(?:\s+\[?(\d+(?::\d+)*)\]?(?!\S))?")
DEFINE = re.compile(r"#define\s+(DRM_FORMAT_\w+)\s+fourcc_code\([^)]*\)[ \t]*(?:/\*(.*?)\*/)?")
# A block comment, then the defines right after it; its "index N = ..., [hi:0]
# FIELDS WIDTHS" lines give plane N of each (a line offering alternatives
# with "or" names no one plane, and is skipped).
BLOCK = re.compile(r"/\*((?:(?!\*/).)*)\*/\s*\n((?:#define\s+DRM_FORMAT_\w+\s+fourcc_code[^\n]*\n)+)",
                   re.S)
INDEX = re.compile(r"index (\d+)\s*[=:][^\[\n]*(\[\d+:0\][^\n]*)")


def layout_comment(text):
    """The notation of a comment that states a layout, or None."""
    m = COMMENT.search(text or "")
    if not m:
        return None
    hi, labels, widths = int(m.group(1)), m.group(2).split(":"), m.group(3)
    if widths is None:  # "[23:0] R:G:B little endian": equal fields
        widths = ":".join([str((hi + 1) // len(labels))] * len(labels))
    return "%s %s" % (":".join(labels), widths), hi + 1


def block_planes(comment, define_comment):
    """(plane, comment) of a block comment's "index N" lines for one define.
    A line "or" starts an alternative for the planes it lists (NV12: index 1
    = Cr:Cb plane, or index 1 = Cb:Cr plane); the define's own comment picks
    one by naming its plane 1 ("Cr:Cb plane", "Cb (1)"). An alternative
    nothing picks is left out."""
    alternatives = [{}]
    for line in comment.splitlines():
        if line.strip(" *") == "or":
            alternatives.append({})
        for i, c in INDEX.findall(line):
            alternatives[-1][int(i)] = c
    base = alternatives[0]
    if len(alternatives) > 1:
        chosen = []
        for alt in alternatives:
            name = _plane_name(comment, alternatives.index(alt))
            if name and (name + " plane" in define_comment or name + " (1)" in define_comment):
                chosen.append(alt)
        base = dict(alternatives[0])
        if len(chosen) == 1:
            base.update(chosen[0])
        else:
            base = {i: c for i, c in base.items() if not any(i in a for a in alternatives[1:])}
    return sorted(base.items())


def _plane_name(comment, k):
    """Plane 1's name in alternative k of a block comment ("Cr:Cb")."""
    parts = re.split(r"^\s*\*\s*or\s*$", comment, flags=re.M)
    m = re.search(r"index 1\s*[=:]\s*([\w:]+) plane", parts[k]) if k < len(parts) else None
    return m.group(1) if m else None


def normal(samples, grey):
    """Fields as comparable tuples, naming conventions folded."""
    out = []
    for s in samples:
        c = "x" if s.component in ("x", "X") else s.component
        index = 0 if c in bits.PADDING else s.index
        if grey and c == "R":
            c = "Y"
        out.append((c, index, s.value_lo, s.width, s.offset))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--yaml", required=True)
    ap.add_argument("--header", required=True, help="installed drm_fourcc.h")
    ap.add_argument("--uapi", required=True, help="Linux 7.1 fourcc data (JSON)")
    args = ap.parse_args()
    sources = []
    if not os.path.exists(args.header):
        print("FAIL %s not found: install libdrm-dev" % args.header)
        return 1
    with open(args.header, encoding="utf-8") as fh:
        text = fh.read()
    stated = [(m.group(1), None, m.group(2)) for m in DEFINE.finditer(text) if m.group(2)]
    for block in BLOCK.finditer(text):
        for define in DEFINE.finditer(block.group(2)):
            stated += [(define.group(1), i, c)
                       for i, c in block_planes(block.group(1), define.group(2) or "")]
    sources.append(("libdrm %s" % os.path.basename(args.header), stated))
    with open(args.uapi, encoding="utf-8") as fh:
        data = json.load(fh)
    # its one-line comments: of the one plane, or of a plane not named
    sources.append(("Linux %s" % data["kernel"],
                    [(e["name"], "any", e.get("comment")) for e in data["drm"]]))

    db = model.load(args.yaml)
    by_macro = {}
    for f in db.formats:
        if f.drm:
            by_macro.setdefault(f.drm.macro, []).append(f)
    failures = []
    for source, comments in sources:
        stated = agree = unknown = 0
        for macro, plane, comment in comments:
            found = layout_comment(comment)
            if found is None:
                continue
            stated += 1
            notation, width = found
            try:
                want = bits.parse(notation)
            except bits.BitsError as err:
                failures.append("%s: %s: cannot read %r: %s" % (source, macro, comment, err))
                continue
            if sum(s.width for s in want) != width:
                failures.append("%s: %s: the comment's fields take %d bits, not %d"
                                % (source, macro, sum(s.width for s in want), width))
                continue
            formats = by_macro.get(macro)
            if not formats:
                unknown += 1  # not in formats.yaml: tests/check_coverage.py says why
                continue
            for f in formats:
                grey = f.encoding == "grey"
                if plane == "any":
                    planes = f.planes if len(f.planes) > 1 else f.planes[:1]
                elif plane is None:
                    planes = f.planes[:1] if len(f.planes) == 1 else []
                else:
                    planes = f.planes[plane:plane + 1]
                where = "plane %s" % plane if isinstance(plane, int) else "a plane"
                if not any(p.samples for p in planes):
                    failures.append("%s: %s: %s records no bits for %s (the header: %s)"
                                    % (source, macro, f.name, where, notation))
                elif not any(normal(p.samples, grey) == normal(want, grey) for p in planes):
                    failures.append("%s: %s: %s records %s for %s, the header %r"
                                    % (source, macro, f.name,
                                       " and ".join(repr(p.bits) for p in planes), where, notation))
                else:
                    agree += 1
        print("%s: %d layouts stated (of a code or one of its planes); %d agree; %d stated "
              "for codes not in formats.yaml"
              % (source, stated, agree, unknown))
    layouts = [f for f in db.formats if not f.compressed]
    full = [f for f in layouts if all(p.samples for p in f.planes)]
    print("formats.yaml: %d of %d formats with a layout record the bits of every plane "
          "(%d without a per-pixel layout)" % (len(full), len(layouts),
                                               len(db.formats) - len(layouts)))
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
