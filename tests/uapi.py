"""Pixel-format defines of the uapi headers, read from the headers themselves.

Shared by the coverage and codes checks. A define is a V4L2_PIX_FMT_* written
with v4l2_fourcc()/v4l2_fourcc_be(), or a DRM_FORMAT_* written with
fourcc_code(): the same selection the Linux 7.1 list in tests/data makes.
"""
import json
import re

_V4L2 = re.compile(r"^#define\s+(V4L2_PIX_FMT_\w+)\s+v4l2_fourcc(_be)?\(\s*"
                   r"'(.)'\s*,\s*'(.)'\s*,\s*'(.)'\s*,\s*'(.)'\s*\)", re.M)
_DRM = re.compile(r"^#define\s+(DRM_FORMAT_\w+)\s+fourcc_code\(\s*"
                  r"'(.)'\s*,\s*'(.)'\s*,\s*'(.)'\s*,\s*'(.)'\s*\)", re.M)


def _code(chars, big_endian=False):
    value = sum(ord(c) << (8 * i) for i, c in enumerate(chars))
    return value | (1 << 31 if big_endian else 0)


def header_defines(path):
    """{macro: code} for every pixel-format define in one header."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    out = {}
    for m in _V4L2.finditer(text):
        out[m.group(1)] = _code(m.group(3, 4, 5, 6), bool(m.group(2)))
    for m in _DRM.finditer(text):
        out[m.group(1)] = _code(m.group(2, 3, 4, 5))
    return out


def json_defines(path):
    """{macro: code} for the V4L2 pixel and DRM formats of the JSON list."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    out = {}
    for entry in doc["v4l2"]["V4L2_PIX_FMT"] + doc["drm"]:
        code = int(entry["value"], 16)
        if _code(entry["fourcc"], entry["big_endian"]) != code:
            raise ValueError("%s: value %s does not match '%s'"
                             % (entry["name"], entry["value"], entry["fourcc"]))
        out[entry["name"]] = code
    return out, doc.get("kernel", "?")
