"""CLI tests: run the built pixfmt binary (PIXFMT_CLI, one or more paths
separated by ':', e.g. the normal and the sanitized build) and check every
command in text and JSON mode, and every kind of bad input."""
import json
import os
import subprocess

import pytest

BINARIES = [b for b in os.environ.get("PIXFMT_CLI", "").split(":") if b]


def pytest_generate_tests(metafunc):
    if "binary" in metafunc.fixturenames:
        metafunc.parametrize("binary", BINARIES, ids=[os.path.basename(b) for b in BINARIES])


def run(binary, *args):
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0",
               UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
    p = subprocess.run([binary, *args], capture_output=True, text=True, env=env, timeout=60)
    # No sanitizer report on any input.
    assert "Sanitizer" not in p.stderr and "runtime error" not in p.stderr, p.stderr
    return p


def ok_json(binary, *args):
    p = run(binary, *args, "--json")
    assert p.returncode == 0, p.stderr
    assert p.stderr == ""
    return json.loads(p.stdout)


def test_binaries_given():
    assert BINARIES, "set PIXFMT_CLI to the pixfmt binaries to test"


def test_list_json_contract(binary):
    formats = ok_json(binary, "list")
    assert len(formats) > 300
    nv12 = next(f for f in formats if f["name"] == "NV12")
    assert nv12["encoding"] == "yuv" and nv12["compressed"] is False and nv12["has_alpha"] is False
    assert nv12["color_planes"] == 2
    assert [(p["bytes_per_block"], p["block_w"], p["block_h"], p["hsub"], p["vsub"])
            for p in nv12["planes"]] == [(1, 1, 1, 1, 1), (2, 1, 1, 2, 2)]
    assert nv12["v4l2"] == [
        {"macro": "V4L2_PIX_FMT_NV12", "fourcc": "NV12", "code": 842094158, "mem_planes": 1,
         "kernel": True},
        {"macro": "V4L2_PIX_FMT_NV12M", "fourcc": "NM12", "code": 842091854, "mem_planes": 2,
         "kernel": True}]
    assert nv12["drm"] == [{"macro": "DRM_FORMAT_NV12", "fourcc": "NV12", "code": 842094158,
                            "depth": 0, "kernel": True}]
    xr24 = next(f for f in formats if f["name"] == "XRGB8888")
    assert xr24["component_bits"] == 8 and xr24["drm"][0]["depth"] == 24
    be = next(f for f in formats if f["drm"] and f["drm"][0]["code"] & (1 << 31))
    assert be["drm"][0]["macro"].endswith(" | DRM_FORMAT_BIG_ENDIAN"), be
    for f in formats:
        for key in ("name", "encoding", "compressed", "has_alpha", "color_planes", "planes", "v4l2", "drm"):
            assert key in f, (f["name"], key)
        assert isinstance(f["v4l2"], list) and isinstance(f["drm"], list)
        assert (f["planes"] == []) == f["compressed"]
        assert f["color_planes"] == len(f["planes"])
        for c in f["v4l2"] + f["drm"]:
            code = sum(ord(ch) << (8 * i) for i, ch in enumerate(c["fourcc"].replace("-BE", "").ljust(4)))
            if c["fourcc"].endswith("-BE"):
                code |= 1 << 31
            assert code == c["code"], c


def test_list_filters(binary):
    mplane = ok_json(binary, "list", "--v4l2", "--mem-planes", "2")
    assert mplane and all(any(c["mem_planes"] == 2 for c in f["v4l2"]) for f in mplane)
    assert "NV12" in [f["name"] for f in mplane] and "YUYV" not in [f["name"] for f in mplane]
    drm = ok_json(binary, "list", "--drm")
    assert all(f["drm"] for f in drm)
    bayer = ok_json(binary, "list", "--encoding", "bayer", "--planes", "1")
    assert bayer and all(f["encoding"] == "bayer" and f["color_planes"] == 1 for f in bayer)
    text = run(binary, "list", "--encoding", "yuv")
    assert text.returncode == 0
    lines = text.stdout.splitlines()
    assert lines[0].startswith("NAME") and any(l.startswith("NV12 ") for l in lines)
    assert not any(l.startswith("XRGB8888 ") for l in lines)
    # every format with a code that needs the multi-planar API, three buffers too
    multi = ok_json(binary, "list", "--multi-planar")
    assert {"NV12", "YUV420"} <= {f["name"] for f in multi}
    assert all(any(c["mem_planes"] > 1 for c in f["v4l2"]) for f in multi)
    assert len(multi) > len(mplane)
    differs = ok_json(binary, "list", "--kernel-differs")
    assert {"NV12MT", "YUYV"} <= {f["name"] for f in differs}
    assert all(f["kernel_differs"] for f in differs) and "NV12" not in {f["name"] for f in differs}


@pytest.mark.parametrize("arg", ["NV12", "V4L2_PIX_FMT_NV12M", "NM12", "0x32314d4e", "842091854",
                                 "DRM_FORMAT_NV12"])
def test_info_forms(binary, arg):
    out = ok_json(binary, "info", arg)
    assert [f["name"] for f in out] == ["NV12"]
    text = run(binary, "info", arg)
    assert text.returncode == 0 and text.stdout.startswith("NV12: yuv, 2 colour planes")


def test_info_ambiguous_shows_both(binary):
    out = ok_json(binary, "info", "AYUV")
    assert sorted(f["name"] for f in out) == ["AYUV", "AYUV32"]
    assert [f["name"] for f in ok_json(binary, "info", "AYUV", "--drm")] == ["AYUV"]
    assert [f["name"] for f in ok_json(binary, "info", "AYUV", "--v4l2")] == ["AYUV32"]
    assert "2 different formats" in run(binary, "info", "AYUV").stdout


def test_info_big_endian_label(binary):
    out = ok_json(binary, "info", "Y16-BE")
    assert [f["name"] for f in out] == ["Y16_BE"]
    assert out[0]["v4l2"][0]["big_endian"] is True


def test_size(binary):
    out = ok_json(binary, "size", "NV12", "1920x1080", "--pages")
    assert out["total"] == 3110400 and out["pages"] == 760
    assert [(p["width"], p["height"], p["pitch"], p["size"], p["offset"]) for p in out["planes"]] == [
        (1920, 1080, 1920, 2073600, 0), (960, 540, 1920, 1036800, 2073600)]
    aligned = ok_json(binary, "size", "NV12", "1366x768", "--align", "64")
    assert aligned["planes"][0]["pitch"] == 1408
    text = run(binary, "size", "P010", "1366x768")
    assert text.returncode == 0 and "total 3147264" in text.stdout


def test_size_v4l2_fill(binary):
    single = ok_json(binary, "size", "NV12", "1366x768", "--v4l2")
    assert single["planes"] == [{"bytesperline": 1366, "sizeimage": 1366 * 768 * 3 // 2}]
    multi = ok_json(binary, "size", "NM12", "1366x768", "--v4l2")
    assert multi["planes"] == [{"bytesperline": 1366, "sizeimage": 1366 * 768},
                               {"bytesperline": 1366, "sizeimage": 1366 * 384}]
    # the real need holds whole macropixels; the kernel's answer rides along
    yuyv = ok_json(binary, "size", "YUYV", "641x481", "--v4l2")
    assert yuyv["planes"] == [{"bytesperline": 1284, "sizeimage": 1284 * 481}]
    assert yuyv["kernel"] == [{"bytesperline": 1282, "sizeimage": 1282 * 481}]
    kernel = ok_json(binary, "size", "YUYV", "641x481", "--v4l2", "--kernel")
    assert kernel["planes"] == yuyv["kernel"] and kernel["kernel"] == "6.12"
    aligned = ok_json(binary, "size", "NV12", "1366x768", "--v4l2", "--align", "64")
    assert aligned["planes"] == [{"bytesperline": 1408, "sizeimage": 1408 * 768 + 1408 * 384}]


def test_size_kernel_note(binary):
    text = run(binary, "size", "NV12MT", "1366x768")
    assert text.returncode == 0
    assert "total 1622016" in text.stdout
    assert "v4l2_fill_pixfmt_mp() gives" in text.stdout and "bytesperline 1376" in text.stdout
    same = run(binary, "size", "NV12", "1920x1080")
    assert same.returncode == 0 and "note:" not in same.stdout
    absent = run(binary, "size", "AT12", "1920x1080", "--kernel")
    assert absent.returncode == 1 and "has no entry" in absent.stderr


def test_size_drm(binary):
    out = ok_json(binary, "size", "NV15", "1920x1080", "--drm")
    assert [p["pitch"] for p in out["planes"]] == [2400, 2400]


def test_map(binary):
    out = ok_json(binary, "map", "RGB3")
    assert out[0]["drm"][0]["macro"] == "DRM_FORMAT_BGR888"
    back = ok_json(binary, "map", "BG24", "--drm")
    assert [c["macro"] for c in back[0]["v4l2"]] == ["V4L2_PIX_FMT_RGB24"]
    none = run(binary, "map", "MJPG")
    assert none.returncode == 1 and "no DRM equivalent" in none.stdout
    assert "-> DRM BG24" in run(binary, "map", "RGB3").stdout


def test_decode(binary):
    out = ok_json(binary, "decode", "0x3231564e")
    assert out["fourcc"] == "NV12" and out["v4l2"]["format"] == "NV12" and out["drm"]["format"] == "NV12"
    text = run(binary, "decode", "0xa0363159")
    assert text.returncode == 0 and "big-endian" in text.stdout and "V4L2_PIX_FMT_Y16_BE" in text.stdout


def test_help_and_version(binary):
    for cmd in ([], ["info"], ["list"], ["size"], ["map"], ["decode"]):
        p = run(binary, *cmd, "--help")
        assert p.returncode == 0 and p.stdout.startswith("usage: pixfmt"), cmd
    v = run(binary, "--version")
    assert v.returncode == 0 and v.stdout.startswith("pixfmt ")


# (arguments, exit status): 1 not found, 2 usage error, 3 no layout / overflow.
BAD = [
    (["info", "NOPE"], 1),
    (["info", "V4L2_PIX_FMT_NOPE"], 1),
    (["info", "0xdeadbeef"], 1),
    (["info", "XR24", "--v4l2", "--drm"], 2),
    (["map", "BGR8", "--v4l2"], 1),
    (["decode", "0xdeadbeef"], 1),
    (["decode", "0x1ffffffff"], 2),
    (["decode", "TOOLONG"], 2),
    (["size", "NV12", "0x0"], 2),
    (["size", "NV12", "-5x3"], 2),
    (["size", "NV12", "abc"], 2),
    (["size", "NV12", "99999999999x1"], 2),
    (["size", "NV12", "10x"], 2),
    (["size", "NV12", "x10"], 2),
    (["size", "NV12", "64x64", "--align", "3"], 2),
    (["size", "NV12", "64x64", "--align", "0"], 2),
    (["size", "NV12", "64x64", "--align"], 2),
    (["size", "NV12", "64x64", "--kernel", "--align", "64"], 2),
    (["size", "NV12"], 2),
    (["size", "AYUV", "64x64"], 2),
    (["size", "MJPG", "64x64"], 3),
    (["size", "NV12", "4294967295x4294967295", "--v4l2"], 3),
    (["size", "ABGR32323232F", "4294967295x4294967295"], 3),
    (["size", "ABGR16161616F", "4294967295x4294967295", "--drm", "--kernel"], 3),
    (["list", "--frobnicate"], 2),
    (["list", "--planes", "9"], 2),
    (["list", "--encoding", "purple"], 2),
    (["list", "extra"], 2),
    (["frobnicate"], 2),
    ([], 2),
]


@pytest.mark.parametrize("args,status", BAD, ids=[" ".join(a) or "(none)" for a, _s in BAD])
def test_bad_input(binary, args, status):
    for mode in ([], ["--json"]):
        p = run(binary, *args, *mode)
        assert p.returncode == status, (p.returncode, p.stderr)
        assert p.stdout == ""
        lines = p.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("pixfmt: "), p.stderr


def test_other_ecosystems_names(binary):
    """Every name formats.yaml records for FFmpeg and GStreamer: `info
    PREFIX:NAME` finds the format, `map FORMAT --to PREFIX` gives the name."""
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "gen"))
    import model
    import schema
    db = model.load(os.path.join(os.path.dirname(__file__), "..", "..", "formats.yaml"))
    checked = 0
    for f in db.formats:
        for ns, name in f.names.items():
            prefix = schema.NAME_NAMESPACES[ns]["prefix"]
            found = ok_json(binary, "info", "%s:%s" % (prefix, name))
            assert f.name in [x["name"] for x in found], (ns, name)
            assert all(x["names"][ns] == name for x in found)
            # (a name can also be another format's fourcc: AYUV)
            mapped = ok_json(binary, "map", f.name, "--to", prefix)
            assert [m["name"] for m in mapped if m["format"] == f.name] == [name], (f.name, mapped)
            checked += 1
    assert checked == sum(len(f.names) for f in db.formats) > 100
    none = run(binary, "map", "Y10P", "--to", "ffmpeg")
    assert none.returncode == 1 and "no ffmpeg name" in none.stdout
    assert run(binary, "info", "ffmpeg:no_such_format").returncode == 1
    bad = run(binary, "map", "NV12", "--to", "directx")
    assert bad.returncode == 2 and "unknown namespace" in bad.stderr


def test_map_between_any_namespaces(binary):
    """`map PREFIX:NAME --to v4l2|drm` gives the codes `info` lists for that
    format, from any ecosystem's name (every fifth name, to stay quick)."""
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "gen"))
    import model
    import schema
    db = model.load(os.path.join(os.path.dirname(__file__), "..", "..", "formats.yaml"))
    names = [(schema.NAME_NAMESPACES[ns]["prefix"], name, f.name)
             for f in db.formats for ns, name in sorted(f.names.items())][::5]
    assert names
    for prefix, name, fmt in names:
        info = {x["name"]: x for x in ok_json(binary, "info", "%s:%s" % (prefix, name))}
        for to in ("v4l2", "drm"):
            p = run(binary, "map", "%s:%s" % (prefix, name), "--to", to, "--json")
            answers = {x["format"]: x for x in json.loads(p.stdout)}
            assert answers.keys() == info.keys(), (prefix, name)
            for f, answer in answers.items():
                assert answer["namespace"] == to
                assert answer["codes"] == info[f][to], (prefix, name, to)
            assert p.returncode == (0 if any(info[f][to] for f in info) else 1)


def test_libcamera_and_vulkan_names(binary):
    """The libcamera (cam:) and Vulkan (vk:) names, in both output modes."""
    info = run(binary, "info", "cam:NV12")
    assert info.returncode == 0 and info.stdout.startswith("NV12: ")
    assert "cam:NV12" in info.stdout and "vk:VK_FORMAT_G8_B8R8_2PLANE_420_UNORM" in info.stdout
    found = ok_json(binary, "info", "cam:SBGGR10_CSI2P")
    assert [x["name"] for x in found] == ["SBGGR10P"]
    assert found[0]["names"]["libcamera"] == "SBGGR10_CSI2P"
    mapped = run(binary, "map", "NV12", "--to", "vk")
    assert mapped.returncode == 0
    assert mapped.stdout == "NV12 -> vk:VK_FORMAT_G8_B8R8_2PLANE_420_UNORM\n"
    assert ok_json(binary, "map", "ARGB8888", "--to", "vulkan") == [
        {"from": "ARGB8888", "format": "ARGB8888", "namespace": "vulkan",
         "name": "VK_FORMAT_B8G8R8A8_UNORM"}]
    assert [x["name"] for x in ok_json(binary, "info", "vk:VK_FORMAT_R5G6B5_UNORM_PACK16")] \
        == ["RGB565"]
    none = run(binary, "map", "NV21", "--to", "vk")
    assert none.returncode == 1 and "no vulkan name" in none.stdout


def _media_bus_db():
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "gen"))
    import model
    return model.load(os.path.join(os.path.dirname(__file__), "..", "..", "formats.yaml"))


def test_media_bus_info(binary):
    """Every media-bus code of formats.yaml: `info` by macro, by mbus:NAME,
    mbus:CODE and the bare name gives its value, CSI-2 data type and formats
    with their codes; each of its formats' `info` lists it back."""
    db = _media_bus_db()
    assert db.media_bus
    for m in db.media_bus:
        short = m.macro[len("MEDIA_BUS_FMT_"):]
        for arg in (m.macro, "mbus:" + short, "mbus:0x%x" % m.code, "mbus:%d" % m.code, short):
            out = ok_json(binary, "info", arg)
            assert len(out) == 1, arg
            e = out[0]
            assert (e["macro"], e["name"], e["code"], e["csi2_dt"]) == \
                (m.macro, short, m.code, m.csi2_dt), arg
            assert [f["name"] for f in e["formats"]] == [f.name for f in m.formats]
            for got, f in zip(e["formats"], m.formats):
                assert [c["code"] for c in got["v4l2"]] == [c.code for c in f.v4l2]
                assert [c["code"] for c in got["drm"]] == ([f.drm.code] if f.drm else [])
        text = run(binary, "info", m.macro)
        assert text.returncode == 0 and text.stderr == ""
        assert text.stdout.startswith("%s: media-bus code 0x%04x, " % (m.macro, m.code))
        if m.csi2_dt is None:
            assert "no CSI-2 data type" in text.stdout.splitlines()[0]
        else:
            assert "CSI-2 data type 0x%02x" % m.csi2_dt in text.stdout.splitlines()[0]
        for f in m.formats:
            assert "\n  %s\n" % f.name in text.stdout
            for c in f.v4l2:
                assert c.macro in text.stdout
    # the other way: a format lists the codes that carry it
    for f in db.formats:
        carriers = [m for m in db.media_bus if f in m.formats]
        info = ok_json(binary, "info", f.name)
        mine = next(x for x in info if x["name"] == f.name)
        assert [(x["macro"], x["code"], x["csi2_dt"]) for x in mine["media_bus"]] == \
            [(m.macro, m.code, m.csi2_dt) for m in carriers], f.name
        if carriers:
            text = run(binary, "info", f.name).stdout
            assert all("  media bus: %s (0x%04x, " % (m.macro, m.code) in text for m in carriers)


def test_media_bus_info_errors(binary):
    """Unknown codes and names are 'not found'; a namespace option is a usage
    error for a media-bus code; a format's own spelling is never taken for one."""
    db = _media_bus_db()
    m = db.media_bus[0]
    assert run(binary, "info", "MEDIA_BUS_FMT_NOPE").returncode == 1
    assert run(binary, "info", "mbus:NOPE").returncode == 1
    assert run(binary, "info", "mbus:0xffffffff").returncode == 1
    assert run(binary, "info", "mbus:").returncode == 1
    bad = run(binary, "info", m.macro, "--v4l2")
    assert bad.returncode == 2 and bad.stderr.startswith("pixfmt: ")
    # a format named like a carried format is still that format
    f = m.formats[0]
    assert [x["name"] for x in ok_json(binary, "info", f.name)][0] == f.name


# ----------------------------------------------------------------- pattern, view, bits

def _png_rgb(data):
    """The width, height and rows of RGB triples of an 8-bit RGB PNG (checks
    its signature, chunk CRCs and zlib stream)."""
    import struct
    import zlib
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        assert struct.unpack(">I", data[pos + 8 + n:pos + 12 + n])[0] == zlib.crc32(kind + body), kind
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    assert kind == b"IEND"
    w, h, depth, colour, _, _, interlace = ihdr
    assert (depth, colour, interlace) == (8, 2, 0)
    raw = zlib.decompress(idat)
    assert len(raw) == h * (1 + 3 * w)
    rows = []
    for y in range(h):
        line = raw[y * (1 + 3 * w):(y + 1) * (1 + 3 * w)]
        assert line[0] == 0  # filter: none
        rows.append([tuple(line[1 + 3 * x:4 + 3 * x]) for x in range(w)])
    return w, h, rows


BARS = [(1, 1, 1), (1, 1, 0), (0, 1, 1), (0, 1, 0), (1, 0, 1), (1, 0, 0), (0, 0, 1), (0, 0, 0)]


def _bar_colour(bar, grey=False):
    r, g, b = (0.75 * c for c in BARS[bar])
    if grey:
        y = round(255 * (0.299 * r + 0.587 * g + 0.114 * b))
        return (y, y, y)
    return tuple(round(255 * c) for c in (r, g, b))


@pytest.mark.parametrize("fmt,tolerance,grey", [
    ("XRGB8888", 0, False), ("RGB565", 3, False), ("NV12", 3, False), ("YUYV", 3, False),
    ("P010", 3, False), ("SRGGB10P", 1, False), ("Y10", 2, True)])
def test_pattern_view_bars(binary, tmp_path, fmt, tolerance, grey):
    width, height = 64, 8
    raw, png = tmp_path / "frame.raw", tmp_path / "frame.png"
    p = run(binary, "pattern", "--format", fmt, "--size", f"{width}x{height}", "-o", str(raw))
    assert p.returncode == 0 and p.stderr == "", p.stderr
    size = ok_json(binary, "size", fmt, f"{width}x{height}")
    assert raw.stat().st_size == size["total"]
    p = run(binary, "view", str(raw), "--format", fmt, "--size", f"{width}x{height}", "-o", str(png))
    assert p.returncode == 0 and p.stderr == "", p.stderr
    w, h, rows = _png_rgb(png.read_bytes())
    assert (w, h) == (width, height)
    for bar in range(8):
        want = _bar_colour(bar, grey)
        for y in (height // 2 - 1, height // 2):
            for x in (bar * 8 + 3, bar * 8 + 4):
                got = rows[y][x]
                assert all(abs(a - b) <= tolerance for a, b in zip(got, want)), (fmt, bar, x, y, got, want)


def test_pattern_view_aligned_and_cfa_view(binary, tmp_path):
    raw, png = tmp_path / "frame.raw", tmp_path / "frame.png"
    args = ["--format", "SRGGB10P", "--size", "40x4", "--align", "64"]
    assert run(binary, "pattern", *args, "-o", str(raw)).returncode == 0
    assert raw.stat().st_size == ok_json(binary, "size", "SRGGB10P", "40x4", "--align", "64")["total"] == 256
    p = run(binary, "view", str(raw), *args, "--cfa-view", "-o", str(png))
    assert p.returncode == 0, p.stderr
    _, _, rows = _png_rgb(png.read_bytes())
    # white bar (x 0..4): R G / G B sites at 75%, the other colours 0
    assert rows[0][:2] == [(191, 0, 0), (0, 191, 0)] and rows[1][:2] == [(0, 191, 0), (0, 0, 191)]
    # yellow bar (x 5..9): blue sites 0
    assert rows[1][7] == (0, 0, 0) and rows[0][6] == (191, 0, 0)
    # to standard output
    p = subprocess.run([binary, "pattern", *args, "-o", "-"], capture_output=True, timeout=60)
    assert p.returncode == 0 and p.stdout == raw.read_bytes()


@pytest.mark.parametrize("args,status,message", [
    (["pattern", "--format", "NOPE", "--size", "8x8", "-o", "OUT"], 1, "no such format"),
    (["pattern", "--format", "MJPEG", "--size", "8x8", "-o", "OUT"], 3, "compressed"),
    (["pattern", "--format", "PAL8", "--size", "8x8", "-o", "OUT"], 3, "indexed"),
    (["pattern", "--format", "MT2110T", "--size", "64x32", "-o", "OUT"], 3, "not recorded"),
    (["pattern", "--format", "SBGGR10ALAW8", "--size", "8x8", "-o", "OUT"], 3, "companded"),
    (["pattern", "--format", "NV12", "--size", "0x8", "-o", "OUT"], 2, "WxH"),
    (["pattern", "--format", "NV12", "--size", "8", "-o", "OUT"], 2, "WxH"),
    (["pattern", "--format", "NV12", "--size", "65536x65536", "-o", "OUT"], 3, "too large"),
    (["pattern", "--format", "NV12", "--size", "8x8"], 2, "-o FILE"),
    (["pattern", "--format", "NV12", "--size", "8x8", "--cfa-view", "-o", "OUT"], 2, "view"),
    (["pattern", "FRAME", "--format", "NV12", "--size", "8x8", "-o", "OUT"], 2, "no FRAME"),
    (["pattern", "--format", "NV12", "--size", "8x8", "-o", "/nonexistent/dir/x"], 2, "cannot write"),
    (["view", "SHORT", "--format", "NV12", "--size", "8x8", "-o", "OUT"], 3, "needs 96"),
    (["view", "/nonexistent/frame", "--format", "NV12", "--size", "8x8", "-o", "OUT"], 1, "cannot read"),
    (["view", "--format", "NV12", "--size", "8x8", "-o", "OUT"], 2, "FRAME"),
    (["view", "SHORT", "--format", "MJPEG", "--size", "8x8", "-o", "OUT"], 3, "compressed"),
    (["info", "NV12", "-o", "OUT"], 2, "unknown option"),
])
def test_pattern_view_errors(binary, tmp_path, args, status, message):
    (tmp_path / "SHORT").write_bytes(bytes(95))
    args = [str(tmp_path / a) if a in ("OUT", "SHORT") else a for a in args]
    p = run(binary, *args)
    assert p.returncode == status, p.stderr
    assert p.stderr.startswith("pixfmt: ") and message in p.stderr, p.stderr
    assert p.stdout == ""
    assert not (tmp_path / "OUT").exists()


def test_info_bits(binary):
    def bits(fmt):
        p = run(binary, "info", fmt)
        assert p.returncode == 0
        return [line.strip() for line in p.stdout.splitlines() if line.strip().startswith("bits plane")]
    assert bits("XRGB8888") == ["bits plane 0: [31:0] x:R:G:B 8:8:8:8 little endian"]
    assert bits("YUYV") == ["bits plane 0: [31:0] Cr0:Y1:Cb0:Y0 8:8:8:8 little endian, 2 pixels"]
    assert bits("P010") == ["bits plane 0: [15:0] Y:x 10:6 little endian",
                            "bits plane 1: [31:0] Cr:x:Cb:x 10:6:10:6 little endian"]
    assert bits("Y16_BE") == ["bits plane 0: [15:0] Y 16, big-endian 16-bit words"]
    assert bits("SRGGB10P") == ["bits plane 0: [39:0] P3[1:0]:P2[1:0]:P1[1:0]:P0[1:0]:"
                                "P3[9:2]:P2[9:2]:P1[9:2]:P0[9:2] 2:2:2:2:8:8:8:8 little endian, 4 pixels"]
    assert bits("MJPEG") == []
    [xr24] = ok_json(binary, "info", "XRGB8888")
    plane = xr24["planes"][0]
    assert plane["group_pixels"] == 1
    assert plane["bits"] == [
        {"component": c, "index": 0, "value_lo": 0, "width": w, "offset": o}
        for c, w, o in (("B", 8, 0), ("G", 8, 8), ("R", 8, 16), ("padding", 8, 24))]
    [yuyv] = ok_json(binary, "info", "YUYV")
    assert yuyv["planes"][0]["group_pixels"] == 2
    assert sum(b["width"] for b in yuyv["planes"][0]["bits"]) == 32


def test_pattern_view_every_format(binary, tmp_path):
    """Every format either draws and views (a valid PNG of the size) or is
    refused with exit 3; none crashes."""
    raw, png = tmp_path / "frame.raw", tmp_path / "frame.png"
    drawn = 0
    for f in ok_json(binary, "list"):
        args = ["--format", f["name"], "--size", "24x6"]
        if f["name"] in ("RGB565", "NV12"):
            args = ["--format", f["name"], "--v4l2", "--size", "24x6"]
        p = run(binary, "pattern", *args, "-o", str(raw))
        assert p.returncode in (0, 2, 3), (f["name"], p.stderr)
        if p.returncode == 2:  # a name that is also another format's code
            assert "different formats" in p.stderr, p.stderr
            continue
        if p.returncode == 3:
            continue
        drawn += 1
        p = run(binary, "view", str(raw), *args, "-o", str(png))
        assert p.returncode == 0, (f["name"], p.stderr)
        assert _png_rgb(png.read_bytes())[:2] == (24, 6)
    assert drawn > 150


def test_tiled_planes_in_info(binary):
    """Every tiled plane of formats.yaml: `info --json` gives its tiles, and
    the text says them."""
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "gen"))
    import model
    db = model.load(os.path.join(os.path.dirname(__file__), "..", "..", "formats.yaml"))
    tiled = [f for f in db.formats if any(p.tile_w for p in f.planes)]
    assert tiled
    for f in tiled:
        info = [x for x in ok_json(binary, "info", f.name) if x["name"] == f.name][0]
        assert [(p.get("tile_bytes"), p.get("tile_lines")) for p in info["planes"]] == \
            [(p.tile_w or None, p.tile_h or None) for p in f.planes], f.name
        text = run(binary, "info", f.name).stdout
        assert "tiles of %d bytes by %d lines" % (f.planes[0].tile_w, f.planes[0].tile_h) in text
