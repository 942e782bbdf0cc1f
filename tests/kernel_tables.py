"""Read the kernel's own pixel-format tables out of its C sources.

Used by the kernel-table cross-check: the drm_format_info table of
drivers/gpu/drm/drm_fourcc.c and the v4l2_format_info table of
drivers/media/v4l2-core/v4l2-common.c, taken from a linux-source tarball at
test time (never committed), are parsed into plain dicts keyed by macro name.
"""
import os
import re
import subprocess

DRM_FILE = "drivers/gpu/drm/drm_fourcc.c"
V4L2_FILE = "drivers/media/v4l2-core/v4l2-common.c"


def extract(tarball, dest):
    """Extract the two source files from a linux-source tarball into dest.

    Returns {relative path: absolute path}. Reuses an earlier extraction.
    """
    out = {}
    wanted = []
    for rel in (DRM_FILE, V4L2_FILE):
        path = os.path.join(dest, rel)
        out[rel] = path
        if not os.path.exists(path):
            wanted.append(rel)
    if wanted:
        os.makedirs(dest, exist_ok=True)
        top = subprocess.run(["tar", "-tJf", tarball], capture_output=True,
                             text=True, check=True).stdout.split("\n", 1)[0]
        prefix = top.split("/", 1)[0]
        subprocess.run(["tar", "-xJf", tarball, "-C", dest,
                        "--strip-components=1"] +
                       ["%s/%s" % (prefix, rel) for rel in wanted], check=True)
    return out


def _strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def _table_body(text, struct):
    m = re.search(r"static const struct %s formats\[\] = \{" % struct, text)
    if not m:
        raise ValueError("no 'static const struct %s formats[]' table" % struct)
    depth, i = 1, m.end()
    start = i
    while depth:
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
        i += 1
    return text[start:i - 1]


def _entries(body):
    """Split a table body into the text of each top-level { ... } initializer."""
    depth, start = 0, None
    for i, ch in enumerate(body):
        if ch == "{":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                yield body[start:i]


_FIELD = re.compile(r"\.(\w+)\s*=\s*(\{[^}]*\}|[^,]+)")


def _value(raw):
    raw = raw.strip()
    if raw.startswith("{"):
        items = [x.strip() for x in raw[1:-1].split(",") if x.strip()]
        return [int(x, 0) for x in items]
    if raw in ("true", "false"):
        return raw == "true"
    if re.fullmatch(r"-?(0x[0-9a-fA-F]+|\d+)", raw):
        return int(raw, 0)
    return raw


def parse_table(text, struct):
    """Return a list of {field: value} dicts, in table order."""
    body = _table_body(_strip_comments(text), struct)
    rows = []
    for entry in _entries(body):
        row = {}
        for name, raw in _FIELD.findall(entry):
            row[name] = _value(raw)
        rows.append(row)
    return rows


def _pad(values, n, fill):
    values = list(values or [])
    return (values + [fill] * n)[:n]


def drm_table(text):
    """drm_format_info entries keyed by macro, normalised.

    Missing block sizes mean 1, cpp and char_per_block are one field (a union).
    Entries whose macro ORs in DRM_FORMAT_BIG_ENDIAN are keyed 'NAME|BE'.
    """
    out = {}
    for row in parse_table(text, "drm_format_info"):
        macro = row["format"].replace(" ", "")
        if "|DRM_FORMAT_BIG_ENDIAN" in macro:
            macro = macro.replace("|DRM_FORMAT_BIG_ENDIAN", "") + "|BE"
        n = row.get("num_planes", 0)
        cpb = row.get("char_per_block", row.get("cpp"))
        out[macro] = {
            "planes": n,
            "char_per_block": _pad(cpb, n, 0),
            "block_w": [b or 1 for b in _pad(row.get("block_w"), n, 0)],
            "block_h": [b or 1 for b in _pad(row.get("block_h"), n, 0)],
            "hsub": row.get("hsub", 1),
            "vsub": row.get("vsub", 1),
            "has_alpha": row.get("has_alpha", False),
            "is_yuv": row.get("is_yuv", False),
            "is_color_indexed": row.get("is_color_indexed", False),
            "depth": row.get("depth", 0),
        }
    return out


def v4l2_table(text):
    """v4l2_format_info entries keyed by macro, normalised.

    Kernels before bpp_div have integer bytes per pixel: bpp_div is 1.
    Missing block (alignment) sizes mean 1.
    """
    out = {}
    for row in parse_table(text, "v4l2_format_info"):
        n = row.get("comp_planes", 0)
        enc = row.get("pixel_enc", "")
        out[row["format"]] = {
            "comp_planes": n,
            "mem_planes": row.get("mem_planes", 0),
            "bpp": _pad(row.get("bpp"), n, 0),
            "bpp_div": [d or 1 for d in _pad(row.get("bpp_div"), n, 1)],
            "hdiv": row.get("hdiv", 1),
            "vdiv": row.get("vdiv", 1),
            "block_w": [b or 1 for b in _pad(row.get("block_w"), n, 0)],
            "block_h": [b or 1 for b in _pad(row.get("block_h"), n, 0)],
            "pixel_enc": enc.replace("V4L2_PIXEL_ENC_", "").lower(),
        }
    return out
