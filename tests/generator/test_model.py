"""Generator tests: the loader accepts formats.yaml and rejects each kind of
malformed input with file:line, the field, and what is wrong."""
import os
import re
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "gen"))
import model  # noqa: E402
import pixfmt_gen  # noqa: E402

# A small valid file. Line numbers below refer to it (line 1 is 'formats:').
GOOD = """\
formats:
  - name: NV12
    encoding: yuv
    component_bits: 8
    subsampling: [2, 2]
    planes:
      - {bytes: 1}
      - {bytes: 2}
    v4l2:
      - {macro: V4L2_PIX_FMT_NV12, fourcc: "NV12", code: 0x3231564e, mem_planes: 1}
      - {macro: V4L2_PIX_FMT_NV12M, fourcc: "NM12", code: 0x32314d4e, mem_planes: 2}
    drm: {macro: DRM_FORMAT_NV12, fourcc: "NV12", code: 0x3231564e}
  - name: RGB565
    encoding: rgb
    component_bits: 6
    planes:
      - {bytes: 2}
    v4l2:
      - {macro: V4L2_PIX_FMT_RGB565, fourcc: "RGBP", code: 0x50424752, mem_planes: 1}
    drm: {macro: DRM_FORMAT_RGB565, fourcc: "RG16", code: 0x36314752}
excluded: []
"""


def load_text(tmp_path, text):
    path = tmp_path / "formats.yaml"
    path.write_text(text)
    return model.load(str(path))


def rejects(tmp_path, text, line, field, words):
    """Loading text fails with an error at line naming field, containing words."""
    with pytest.raises(model.FormatError) as info:
        load_text(tmp_path, text)
    message = str(info.value)
    pattern = r"^%s:%d: [^\n]*%s[^\n]*: [^\n]*%s" % (
        re.escape(str(tmp_path / "formats.yaml")), line, re.escape(field), re.escape(words))
    assert re.search(pattern, message, re.M), message
    return message


def test_good_file_loads(tmp_path):
    db = load_text(tmp_path, GOOD)
    assert [f.name for f in db.formats] == ["NV12", "RGB565"]
    nv12 = db.formats[0]
    assert [p.bytes_per_block for p in nv12.planes] == [1, 2]
    assert [(p.hsub, p.vsub) for p in nv12.planes] == [(1, 1), (2, 2)]
    assert [c.mem_planes for c in nv12.v4l2] == [1, 2]
    assert db.v4l2_count == 2 and db.drm_count == 2 and db.both_count == 2


def test_project_file_loads():
    db = model.load(os.path.join(ROOT, "formats.yaml"))
    assert len(db.formats) > 300


def test_yaml_syntax_error_has_line(tmp_path):
    rejects(tmp_path, GOOD.replace("    component_bits: 6\n", "    component_bits: [6\n"), 16, "YAML", "")


def test_duplicate_name(tmp_path):
    rejects(tmp_path, GOOD.replace("name: RGB565", "name: NV12"), 13, "name", "duplicate name")


def test_duplicate_v4l2_code(tmp_path):
    text = GOOD.replace('V4L2_PIX_FMT_RGB565, fourcc: "RGBP", code: 0x50424752',
                        'V4L2_PIX_FMT_RGB565, fourcc: "NV12", code: 0x3231564e')
    rejects(tmp_path, text, 13, "v4l2", "duplicate V4L2 code 0x3231564e")


def test_duplicate_drm_code(tmp_path):
    text = GOOD.replace('DRM_FORMAT_RGB565, fourcc: "RG16", code: 0x36314752',
                        'DRM_FORMAT_RGB565, fourcc: "NV12", code: 0x3231564e')
    rejects(tmp_path, text, 13, "drm", "duplicate DRM code 0x3231564e")


def test_same_code_in_both_namespaces_is_allowed(tmp_path):
    # NV12 is both a V4L2 and a DRM code: namespaces are separate.
    load_text(tmp_path, GOOD)


def test_fourcc_does_not_match_code(tmp_path):
    text = GOOD.replace('fourcc: "RGBP", code: 0x50424752', 'fourcc: "RGBP", code: 0x50424753')
    rejects(tmp_path, text, 19, "v4l2[0].code", "does not match fourcc 'RGBP'")


def test_big_endian_flag_is_part_of_code(tmp_path):
    text = GOOD.replace("code: 0x50424752, mem_planes: 1",
                        "code: 0x50424752, big_endian: true, mem_planes: 1")
    rejects(tmp_path, text, 19, "v4l2[0].code", "with big_endian")


def test_unknown_key(tmp_path):
    rejects(tmp_path, GOOD.replace("    component_bits: 6\n", "    component_bits: 6\n    colour: red\n"),
            16, "colour", "unknown key")


def test_unknown_key_in_plane(tmp_path):
    rejects(tmp_path, GOOD.replace("{bytes: 2}\n    v4l2:\n      - {macro: V4L2_PIX_FMT_RGB565",
                                   "{bytes: 2, pitch: 4}\n    v4l2:\n      - {macro: V4L2_PIX_FMT_RGB565"),
            17, "planes[0].pitch", "unknown key")


def test_duplicate_key(tmp_path):
    rejects(tmp_path, GOOD.replace("    component_bits: 6\n", "    component_bits: 6\n    component_bits: 5\n"),
            16, "component_bits", "key given twice")


def test_missing_required_key(tmp_path):
    rejects(tmp_path, GOOD.replace("    encoding: rgb\n", ""), 13, "encoding", "must be one of")
    rejects(tmp_path, GOOD.replace('macro: V4L2_PIX_FMT_RGB565, ', ''), 19, "v4l2[0].macro",
            "missing required key")
    rejects(tmp_path, GOOD.replace("excluded: []\n", ""), 1, "excluded", "missing required key")


def test_memory_planes_exceed_colour_planes(tmp_path):
    text = GOOD.replace("code: 0x32314d4e, mem_planes: 2", "code: 0x32314d4e, mem_planes: 3")
    rejects(tmp_path, text, 11, "v4l2[1].mem_planes", "3 memory planes > 2 colour planes")


def test_memory_planes_contradict_colour_planes(tmp_path):
    text = GOOD.replace("    subsampling: [2, 2]\n    planes:\n      - {bytes: 1}\n      - {bytes: 2}\n",
                        "    subsampling: [2, 2]\n    planes:\n      - {bytes: 1}\n      - {bytes: 1}\n"
                        "      - {bytes: 1}\n")
    rejects(tmp_path, text, 12, "v4l2[1].mem_planes", "2 memory planes contradict 3 colour planes")


def test_subsampling_contradicts_encoding(tmp_path):
    text = GOOD.replace("    encoding: rgb\n", "    encoding: rgb\n    subsampling: [2, 1]\n")
    rejects(tmp_path, text, 15, "subsampling", "contradicts encoding rgb")


def test_vertical_subsampling_contradicts_single_plane(tmp_path):
    text = GOOD.replace("    subsampling: [2, 2]\n    planes:\n      - {bytes: 1}\n      - {bytes: 2}\n",
                        "    subsampling: [2, 2]\n    planes:\n      - {bytes: 2}\n")
    text = text.replace("      - {macro: V4L2_PIX_FMT_NV12M, fourcc: \"NM12\", code: 0x32314d4e, mem_planes: 2}\n", "")
    rejects(tmp_path, text, 5, "subsampling", "vertical subsampling 2 contradicts 1 plane")


def test_subsampling_value(tmp_path):
    rejects(tmp_path, GOOD.replace("subsampling: [2, 2]", "subsampling: [3, 2]"), 5,
            "subsampling[0]", "must be one of")


def test_zero_size(tmp_path):
    rejects(tmp_path, GOOD.replace("{bytes: 2}\n    v4l2:\n      - {macro: V4L2_PIX_FMT_RGB565",
                                   "{bytes: 0}\n    v4l2:\n      - {macro: V4L2_PIX_FMT_RGB565"),
            17, "planes[0].bytes", "zero or negative")


def test_negative_size(tmp_path):
    rejects(tmp_path, GOOD.replace("      - {bytes: 1}\n", "      - {bytes: 1, block: [4, -1]}\n"),
            7, "planes[0].block[1]", "zero or negative")
    rejects(tmp_path, GOOD.replace("    component_bits: 6\n", "    component_bits: -6\n"), 15, "component_bits", "zero or negative")
    rejects(tmp_path, GOOD.replace("code: 0x32314d4e, mem_planes: 2", "code: 0x32314d4e, mem_planes: 0"),
            11, "mem_planes", "zero or negative")


def test_pair_with_different_byte_order(tmp_path):
    text = GOOD.replace('DRM_FORMAT_RGB565, fourcc: "RG16", code: 0x36314752',
                        'DRM_FORMAT_RGB565, fourcc: "RG16", code: 0xb6314752, big_endian: true')
    rejects(tmp_path, text, 20, "drm", "layouts differ: DRM_FORMAT_RGB565 is big-endian")


def test_pair_with_tiled_v4l2_layout(tmp_path):
    text = GOOD.replace("    subsampling: [2, 2]\n", "    subsampling: [2, 2]\n    tile: [4, 4]\n")
    rejects(tmp_path, text, 13, "drm", "layouts differ: a DRM code is linear")


def test_pair_with_aligned_v4l2_layout(tmp_path):
    text = GOOD.replace("      - {bytes: 1}\n", "      - {bytes: 1, align: [16, 32]}\n")
    rejects(tmp_path, text, 12, "drm", "layouts differ: a DRM code has no dimension alignment")


def test_excluded_needs_reason(tmp_path):
    text = GOOD.replace("excluded: []\n", "excluded:\n  - {macro: V4L2_PIX_FMT_GREY}\n")
    rejects(tmp_path, text, 22, "excluded[0].reason", "missing required key")


def test_all_errors_reported(tmp_path):
    text = GOOD.replace("    component_bits: 6\n", "    component_bits: 0\n").replace("name: RGB565", "name: NV12")
    with pytest.raises(model.FormatError) as info:
        load_text(tmp_path, text)
    assert len(str(info.value).splitlines()) == 2


def test_render_is_deterministic(tmp_path):
    first = tmp_path / "a"
    second = tmp_path / "b"
    for root in (first, second):
        assert pixfmt_gen.main(["--root", str(root)]) == 0
    outputs = [out for _t, out, _k in pixfmt_gen.outputs()]
    assert outputs, "no templates found"
    for out in outputs:
        a = (first / out).read_bytes()
        assert a == (second / out).read_bytes()
        assert a == (pathlib_root() / out).read_bytes(), out
        assert b"generated from formats.yaml" in a.splitlines()[0]


def pathlib_root():
    import pathlib
    return pathlib.Path(ROOT)


def test_check_mode_detects_drift(tmp_path):
    assert pixfmt_gen.main(["--root", str(tmp_path)]) == 0
    assert pixfmt_gen.main(["--root", str(tmp_path), "--check"]) == 0
    out = pixfmt_gen.outputs()[0][1]
    with open(tmp_path / out, "a") as f:
        f.write("edited by hand\n")
    assert pixfmt_gen.main(["--root", str(tmp_path), "--check"]) == 1


def test_cli_reports_errors_on_stderr(tmp_path):
    bad = tmp_path / "formats.yaml"
    bad.write_text(GOOD.replace("{bytes: 1}", "{bytes: 0}"))
    proc = subprocess.run([sys.executable, os.path.join(ROOT, "gen", "pixfmt_gen.py"),
                           "--yaml", str(bad), "--root", str(tmp_path / "out")],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "%s:7: " % bad in proc.stderr
    assert not (tmp_path / "out").exists()


# ---- the real need and the kernel's view

def test_aligned_layout_needs_source(tmp_path):
    text = GOOD.replace("      - {bytes: 2}\n    v4l2:\n      - {macro: V4L2_PIX_FMT_NV12,",
                        "      - {bytes: 2, pitch_align: 4}\n    v4l2:\n      - {macro: V4L2_PIX_FMT_NV12,")
    rejects(tmp_path, text, 6, "source", "must name its source")


def test_kernel_align_must_differ_and_be_powers_of_two(tmp_path):
    base = GOOD.replace("    drm: {macro: DRM_FORMAT_NV12, fourcc: \"NV12\", code: 0x3231564e}\n", "")
    same = base.replace("    v4l2:\n      - {macro: V4L2_PIX_FMT_NV12,",
                        "    kernel: {align: [[1, 1], [1, 1]], reason: r}\n    v4l2:\n"
                        "      - {macro: V4L2_PIX_FMT_NV12,")
    rejects(tmp_path, same, 9, "kernel.align", "equals the planes' own align")
    odd = same.replace("[[1, 1], [1, 1]]", "[[3, 1], [1, 1]]")
    rejects(tmp_path, odd, 9, "kernel.align[0]", "powers of two only")
    short = same.replace("[[1, 1], [1, 1]]", "[[2, 1]]")
    rejects(tmp_path, short, 9, "kernel.align", "one [w, h] per colour plane")


def test_kernel_version_and_drm_depth(tmp_path):
    bad = GOOD.replace("mem_planes: 1}", "mem_planes: 1, kernel: \"5.4\"}", 1)
    rejects(tmp_path, bad, 10, "v4l2[0].kernel", "one of 6.1, 6.12")
    depth = GOOD.replace('code: 0x36314752}', 'code: 0x36314752, depth: 16}')
    rejects(tmp_path, depth, 20, "drm.depth", "needs a kernel entry")
    ok = GOOD.replace('code: 0x36314752}', 'code: 0x36314752, depth: 16, kernel: "6.1"}')
    rgb565 = load_text(tmp_path, ok).formats[1]
    assert rgb565.kernel_drm["depth"] == 16 and rgb565.drm.kernel_version == 0x0601


def test_kernel_entries_from_the_layout(tmp_path):
    text = GOOD.replace("    component_bits: 6\n", "    component_bits: 8\n    subsampling: [2, 1]\n") \
        .replace("encoding: rgb", "encoding: yuv").replace("RGB565", "YUYV") \
        .replace("0x50424752, mem_planes: 1}", "0x50424752, mem_planes: 1, kernel: \"6.1\"}")
    yuyv = load_text(tmp_path, text).formats[1]
    # the real need holds whole macropixels, the kernel's tables count bytes per pixel
    assert (yuyv.planes[0].align_w, yuyv.planes[0].kernel_align_w) == (2, 1)
    entry = yuyv.kernel_v4l2(yuyv.v4l2[0])
    assert (entry["bpp"], entry["bpp_div"], entry["hdiv"], entry["block_w"]) == ([2], [1], 2, [1])
    assert "macropixel" in yuyv.kernel_differences


def test_older_kernel_entries(tmp_path):
    # NV12 in 6.1 recorded as 6.1's table had it (a made-up difference)
    base = GOOD.replace("code: 0x3231564e, mem_planes: 1}", "code: 0x3231564e, mem_planes: 1, kernel: \"6.1\"}")

    def history(entry):
        return base.replace("    drm: {macro: DRM_FORMAT_NV12,",
                            "    kernel:\n      v4l2:\n        %s\n    drm: {macro: DRM_FORMAT_NV12," % entry)

    nv12 = load_text(tmp_path, history('"6.1": {bpp: [1, 1], vdiv: 1, reason: r}')).formats[0]
    old, new = nv12.kernel_v4l2(nv12.v4l2[0], "6.1"), nv12.kernel_v4l2(nv12.v4l2[0])
    assert (old["bpp"], old["vdiv"], new["bpp"], new["vdiv"]) == ([1, 1], 1, [1, 2], 2)
    assert nv12.in_kernel(nv12.v4l2[0], "6.1") and not nv12.in_kernel(nv12.v4l2[1], "6.12")
    rejects(tmp_path, history('"6.12": {vdiv: 1, reason: r}'), 14, "kernel.v4l2.6.12",
            "must be an older recorded kernel")
    rejects(tmp_path, history('"6.1": {reason: r}'), 14, "kernel.v4l2.6.1", "records no field")
    rejects(tmp_path, history('"6.1": {vdiv: 1}'), 14, "kernel.v4l2.6.1.reason", "missing required key")
    rejects(tmp_path, history('"6.1": {bpp: [1], reason: r}'), 14, "kernel.v4l2.6.1.bpp",
            "one byte count")
    no_code = history('"6.1": {vdiv: 1, reason: r}').replace(', kernel: "6.1"}', "}")
    rejects(tmp_path, no_code, 14, "kernel.v4l2.6.1", "no V4L2 code of this format")


def test_kernel_bpp_has_one_divisor_and_old_kernels_whole_bytes(tmp_path):
    # 10-bit 4:2:0 packed 4 samples in 5 bytes: luma 5/4, chroma pairs 10/4
    text = GOOD.replace("      - {bytes: 1}\n      - {bytes: 2}\n",
                        "      - {bytes: 5, block: [4, 1]}\n      - {bytes: 5, block: [2, 1]}\n") \
        .replace("component_bits: 8", "component_bits: 10") \
        .replace("code: 0x3231564e, mem_planes: 1}", "code: 0x3231564e, mem_planes: 1, kernel: \"6.12\"}")
    f = load_text(tmp_path, text).formats[0]
    assert f.kernel_bpp == [(5, 4), (10, 4)]
    rejects(tmp_path, text.replace('kernel: "6.12"}', 'kernel: "6.1"}', 1), 9, "v4l2[0].kernel",
            "counts whole bytes per pixel")


# ---- per-driver kernel tables (--kernel-only) and the kernel's perfect hash

def test_kernel_hash_places_every_code_once():
    codes = [(model.fourcc_code(c, False), i, 0) for i, c in
             enumerate(["NV12", "NM12", "YUYV", "RGB3", "BG24", "pRAA", "Y16 ", "MJPG"])]
    for n in range(len(codes) + 1):
        h = model.KernelHash(codes[:n])
        assert sorted(h.entries) == sorted(codes[:n])
        assert len(h.seeds) == h.buckets >= 1 and all(0 <= s < 256 for s in h.seeds)
        for e in codes[:n]:
            assert h.find(e[0]) == e
        for e in codes[n:]:
            assert h.find(e[0]) is None
        assert h.find(0) is None and h.find(0xffffffff) is None
    # the committed table's indexes: every code found, nothing else
    db = model.load(os.path.join(ROOT, "formats.yaml"))
    for c, f, s in db.v4l2_codes:
        assert db.kernel_v4l2_hash.find(c) == (c, f, s)
    for c, f in db.drm_codes:
        assert db.kernel_drm_hash.find(c) == (c, f, 0)
    assert db.kernel_drm_hash.find(model.fourcc_code("NM12", False)) is None


def test_subset_spellings(tmp_path):
    db = load_text(tmp_path, GOOD)
    for names, want in ((["NV12"], ["NV12"]), (["NM12"], ["NV12"]), (["NV12M"], ["NV12"]),
                        (["V4L2_PIX_FMT_NV12M"], ["NV12"]), (["DRM_FORMAT_RGB565"], ["RGB565"]),
                        (["RG16", "RGBP"], ["RGB565"]),
                        (["RGB565", "NV12", "NM12"], ["NV12", "RGB565"])):
        sub = db.subset(names)
        assert [f.name for f in sub.formats] == want, names
        assert [f.index for f in sub.formats] == list(range(len(want)))
    sub = db.subset(["RGB565"])
    assert sub.drm_codes == [(0x36314752, 0)] and sub.v4l2_codes == [(0x50424752, 0, 0)]
    assert db.formats[1].index == 1, "the full table's formats are not renumbered"


def test_subset_rejects_unknown_and_ambiguous_names(tmp_path):
    text = GOOD.replace('name: RGB565', 'name: NM12')
    db = load_text(tmp_path, text)
    with pytest.raises(model.FormatError) as info:
        db.subset(["NV12", "FOO", "nv12", "NM12", "BAR"])
    message = str(info.value)
    assert "unknown format name(s): FOO, nv12, BAR" in message
    assert "NM12 names NV12 (V4L2_PIX_FMT_NV12, V4L2_PIX_FMT_NV12M, DRM_FORMAT_NV12) " \
           "and NM12 (V4L2_PIX_FMT_RGB565, DRM_FORMAT_RGB565)" in message
    with pytest.raises(model.FormatError):
        db.subset([])


def test_kernel_only_writes_the_subset_table(tmp_path):
    out = tmp_path / "drv"
    assert pixfmt_gen.main(["--kernel-only", "YUYV, NV12M", "--output-dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["pixfmt_table.c", "pixfmt_table.h"]
    header = (out / "pixfmt_table.h").read_text()
    table = (out / "pixfmt_table.c").read_text()
    for text in (header, table):
        assert "generated from formats.yaml by gen/pixfmt_gen.py --kernel-only, do not edit" \
            in text.splitlines()[0]
    assert "#define PIXFMT_NUM_FORMATS\t2\n" in header
    assert "#define PIXFMT_NUM_V4L2_CODES\t3\n" in header
    assert "#define PIXFMT_NUM_DRM_CODES\t2\n" in header
    assert ".name = \"YUYV\"" in table and ".name = \"NV12\"" in table
    assert table.count(".name = ") == 2
    # the full table is untouched, and a subset is checked like it
    assert pixfmt_gen.main(["--check"]) == 0
    assert pixfmt_gen.main(["--kernel-only", "NV12M,YUYV", "--output-dir", str(out),
                            "--check"]) == 0
    assert pixfmt_gen.main(["--kernel-only", "NV12", "--output-dir", str(out),
                            "--check"]) == 1


def test_kernel_only_errors(tmp_path, capsys):
    out = tmp_path / "drv"
    assert pixfmt_gen.main(["--kernel-only", "NV12,NOPE,ZZZZ", "--output-dir", str(out)]) == 1
    assert "unknown format name(s): NOPE, ZZZZ" in capsys.readouterr().err
    assert not out.exists()
    for argv in (["--kernel-only", "NV12"], ["--output-dir", str(out)],
                 ["--kernel-only", "NV12", "--output-dir", os.path.join(ROOT, "kernel")]):
        with pytest.raises(SystemExit) as info:
            pixfmt_gen.main(argv)
        assert info.value.code == 2


# ---- a loader that no input breaks: file:line, a message, no traceback

HOSTILE = [
    # (what, bytes, line, words)
    ("not UTF-8", GOOD.encode().replace(b"RGB565", b"RGB\xff565", 1), 13, "not UTF-8"),
    ("control character", GOOD.replace("RGB565", "RGB\x07565", 1).encode(), 13, "control character U+0007"),
    ("a list as a key", GOOD.replace("    encoding: rgb\n", "    ? [a, b]\n    : 1\n    encoding: rgb\n", 1)
     .encode(), 14, "a key must be a plain word"),
    ("a string for a format", GOOD.replace("  - name: RGB565\n", "  - just words\n  - name: RGB565\n").encode(),
     13, "must be a mapping (a format), got a string"),
    ("deep nesting", GOOD.replace("excluded: []", "excluded: " + "[" * 5000 + "]" * 5000).encode(),
     21, "nested deeper than"),
    ("a Python tag", GOOD.replace("excluded: []", "excluded: !!python/object:os.system []").encode(),
     21, "could not determine a constructor"),
    ("an alias bomb", GOOD.replace("excluded: []", "excluded: []\nx0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + "".join(
        "x%d: &a%d [%s]\n" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)) for i in range(1, 9))).encode(),
     23, "aliases (*name) are not allowed"),
    ("a newline in a note", GOOD.replace("  - name: RGB565\n", '  - name: RGB565\n    note: "a\\nb"\n').encode(),
     14, "one line without control characters"),
    ("a comment end in a fourcc", GOOD.replace('fourcc: "RGBP", code: 0x50424752', 'fourcc: "*/x ", code: 0x20782f2a')
     .encode(), 19, "no quote, backslash or comment mark"),
    ("a macro that is no identifier", GOOD.replace("V4L2_PIX_FMT_RGB565,", "V4L2_PIX_FMT_RGB 565,").encode(),
     19, "must be a C identifier"),
    ("a quote in a name", GOOD.replace("name: RGB565", 'name: "RGB\\"565"').encode(), 13,
     "letters, digits and underscores"),
]


@pytest.mark.parametrize("what,data,line,words", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_input_is_refused_with_file_and_line(tmp_path, what, data, line, words):
    bad = tmp_path / "formats.yaml"
    bad.write_bytes(data)
    proc = subprocess.run([sys.executable, os.path.join(ROOT, "gen", "pixfmt_gen.py"),
                           "--yaml", str(bad), "--root", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert re.search(r"^%s:%d: .*%s" % (re.escape(str(bad)), line, re.escape(words)), proc.stderr, re.M), \
        proc.stderr
    assert all(len(m) <= model.MAX_MESSAGE for m in proc.stderr.splitlines())
    assert not (tmp_path / "out").exists()


def test_odd_but_valid_text_still_compiles(tmp_path):
    """Quotes, backslashes and comment marks in notes and sources are escaped:
    a generator that exits 0 writes C and C++ that compile."""
    text = GOOD.replace("  - name: RGB565\n", '  - name: RGB565\n    note: \'say "hi" \\ */ /* ?? \'\n'
                        "    source: 'a\\b \"c\" */'\n")
    path = tmp_path / "formats.yaml"
    path.write_text(text)
    assert pixfmt_gen.main(["--yaml", str(path), "--root", str(tmp_path)]) == 0
    cpp = tmp_path / "use.cpp"
    cpp.write_text('#include <pixfmt/pixfmt.hpp>\nstatic_assert(pixfmt::table::formats[1].note.size() > 10);\n'
                   "int main() { return 0; }\n")
    subprocess.run(["g++", "-std=c++20", "-fsyntax-only", "-I", str(tmp_path / "include"),
                    "-I", os.path.join(ROOT, "include"), str(cpp)], check=True)
    subprocess.run(["gcc", "-std=gnu11", "-fsyntax-only", "-I", os.path.join(ROOT, "tests", "kernel", "shim"),
                    "-I", str(tmp_path / "kernel"), str(tmp_path / "kernel" / "pixfmt_table.c")], check=True)


# ---------------------------------------------------------------- component bits
RGB565_PLANE = "      - {bytes: 2}\n    v4l2:\n      - {macro: V4L2_PIX_FMT_RGB565"


def with_bits(bits, extra=""):
    """GOOD with RGB565's plane given these bits (line 17)."""
    return GOOD.replace(RGB565_PLANE, RGB565_PLANE.replace(
        "{bytes: 2}", '{bytes: 2, bits: "%s"%s}' % (bits, extra)))


def test_bits_accepted(tmp_path):
    db = load_text(tmp_path, with_bits("R:G:B 5:6:5"))
    samples = db.formats[1].planes[0].samples
    assert [(s.component, s.offset, s.width) for s in samples] == \
        [("B", 0, 5), ("G", 5, 6), ("R", 11, 5)]


@pytest.mark.parametrize("bits, words", [
    ("R:G:B 5:6", "3 fields but 2 widths"),
    ("R:G:B:A 4:4:4:4", "alpha is false"),
    ("R:G:B 5:5:5", "not a whole number of the plane's blocks"),
    ("R:G:Q 5:6:5", "is not a component"),
    ("R:G:Y 5:6:5", "Y is not a component of encoding rgb"),
    ("R:G:B 4:8:4", "the widest sample"),
    ("R[5:1]:G:B 5:6:5", "value bits 0.. are missing"),
    ("R:G:B1 5:6:5", "B1: the group holds 1 of them"),
    ("R:G:B 5:6:5 x", "must be 'FIELDS WIDTHS'"),
    ("R:G:B 5:6:0", "is not 1..64"),
])
def test_bits_rejected(tmp_path, bits, words):
    # what one plane's fields cannot say is at the plane; the format-wide
    # agreement (alpha, component_bits) at planes:
    line = 16 if words in ("alpha is false", "the widest sample") else 17
    rejects(tmp_path, with_bits(bits), line, "planes", words)


def test_word_needs_bits_and_divides(tmp_path):
    rejects(tmp_path, GOOD.replace(RGB565_PLANE, RGB565_PLANE.replace("{bytes: 2}",
                                                                      "{bytes: 2, word: 16}")),
            17, "planes[0].word", "needs bits")
    rejects(tmp_path, with_bits("R:G:B 5:6:5", extra=", word: 24"), 17, "planes[0].word",
            "divide the group")
