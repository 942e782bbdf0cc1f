"""Generator tests of the media_bus section (gen/media_bus.py): accepted
entries, each kind of rejection with file:line and the field, and subsets."""
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "gen"))
import model  # noqa: E402
import pixfmt_gen  # noqa: E402

from test_model import load_text, rejects  # noqa: E402

# Two formats and a media_bus section; line numbers below refer to it.
GOOD = """\
formats:
  - name: SRGGB10
    encoding: bayer
    cfa: RGGB
    component_bits: 10
    planes:
      - {bytes: 2}
    v4l2:
      - {macro: V4L2_PIX_FMT_SRGGB10, fourcc: "RG10", code: 0x30314752, mem_planes: 1}
  - name: SRGGB10P
    encoding: bayer
    cfa: RGGB
    component_bits: 10
    planes:
      - {bytes: 5, block: [4, 1]}
    v4l2:
      - {macro: V4L2_PIX_FMT_SRGGB10P, fourcc: "pRAA", code: 0x41415270, mem_planes: 1}
excluded: []
media_bus:
  - {macro: MEDIA_BUS_FMT_SRGGB10_1X10, code: 0x300f, csi2_dt: 0x2b, formats: [SRGGB10, SRGGB10P]}
  - {macro: MEDIA_BUS_FMT_SRGGB8_1X8, code: 0x3014, formats: [SRGGB10]}
"""
ENTRY = "  - {macro: MEDIA_BUS_FMT_SRGGB8_1X8, code: 0x3014, formats: [SRGGB10]}"


def entry(tmp_path, replacement, line, field, words):
    return rejects(tmp_path, GOOD.replace(ENTRY, replacement), line, field, words)


def test_good_section_loads_sorted_by_code(tmp_path):
    db = load_text(tmp_path, GOOD)
    assert [(m.macro, m.code, m.csi2_dt, [f.name for f in m.formats]) for m in db.media_bus] == [
        ("MEDIA_BUS_FMT_SRGGB10_1X10", 0x300f, 0x2b, ["SRGGB10", "SRGGB10P"]),
        ("MEDIA_BUS_FMT_SRGGB8_1X8", 0x3014, None, ["SRGGB10"])]
    assert db.media_bus[0].name == "SRGGB10_1X10"


def test_section_is_optional(tmp_path):
    db = load_text(tmp_path, GOOD.split("media_bus:")[0])
    assert db.media_bus == []


def test_project_file_has_media_bus():
    db = model.load(os.path.join(ROOT, "formats.yaml"))
    assert len(db.media_bus) > 30


def test_section_must_be_a_list(tmp_path):
    rejects(tmp_path, GOOD.split("media_bus:")[0] + "media_bus: {a: 1}\n", 19, "media_bus", "must be a list")


def test_entry_must_be_a_mapping(tmp_path):
    entry(tmp_path, "  - MEDIA_BUS_FMT_SRGGB8_1X8", 21, "media_bus[1]", "must be a mapping")


def test_unknown_and_missing_keys(tmp_path):
    entry(tmp_path, ENTRY.replace("formats:", "fromats:"), 21, "media_bus[1].fromats", "unknown key")
    entry(tmp_path, ENTRY.replace("formats:", "fromats:"), 21, "media_bus[1].formats",
          "missing required key")
    entry(tmp_path, ENTRY.replace("}", ", csi2: 0x2a}"), 21, "media_bus[1].csi2", "unknown key")


def test_duplicate_key(tmp_path):
    entry(tmp_path, ENTRY.replace("}", ", code: 0x3015}"), 21, "media_bus[1].code", "key given twice")


def test_macro_must_be_a_media_bus_identifier(tmp_path):
    entry(tmp_path, ENTRY.replace("MEDIA_BUS_FMT_SRGGB8_1X8", "V4L2_PIX_FMT_SRGGB8"), 21,
          "media_bus[1].macro", "must start with MEDIA_BUS_FMT_")
    entry(tmp_path, ENTRY.replace("MEDIA_BUS_FMT_SRGGB8_1X8", "MEDIA_BUS_FMT_"), 21,
          "media_bus[1].macro", "must start with MEDIA_BUS_FMT_ and name a code")
    entry(tmp_path, ENTRY.replace("MEDIA_BUS_FMT_SRGGB8_1X8", '"MEDIA BUS"'), 21,
          "media_bus[1].macro", "must be a C identifier")


def test_code_is_32_bit(tmp_path):
    for bad in ("0x100000000", "-1", "true", '"0x3014"', "1.5"):
        entry(tmp_path, ENTRY.replace("0x3014", bad), 21, "media_bus[1](MEDIA_BUS_FMT_SRGGB8_1X8).code",
              "must be a 32-bit unsigned number")


def test_csi2_dt_range(tmp_path):
    for bad in ("0x40", "-1", "true", '"RAW8"'):
        entry(tmp_path, ENTRY.replace("code: 0x3014,", "code: 0x3014, csi2_dt: %s," % bad), 21,
              "media_bus[1](MEDIA_BUS_FMT_SRGGB8_1X8).csi2_dt", "0..0x3f")
    load_text(tmp_path, GOOD.replace(ENTRY, ENTRY.replace("code: 0x3014,", "code: 0x3014, csi2_dt: 0x3f,")))


def test_formats_must_exist_once(tmp_path):
    entry(tmp_path, ENTRY.replace("[SRGGB10]", "[SRGGB8]"), 21, "formats[0]", "no format is named 'SRGGB8'")
    entry(tmp_path, ENTRY.replace("[SRGGB10]", "[SRGGB10, SRGGB10]"), 21, "formats[1]", "listed twice")
    entry(tmp_path, ENTRY.replace("[SRGGB10]", "[]"), 21, "formats", "non-empty list")
    entry(tmp_path, ENTRY.replace("[SRGGB10]", "SRGGB10"), 21, "formats", "non-empty list")
    entry(tmp_path, ENTRY.replace("[SRGGB10]", "[V4L2_PIX_FMT_SRGGB10]"), 21, "formats[0]",
          "give a format's name")


def test_duplicates(tmp_path):
    entry(tmp_path, ENTRY.replace("MEDIA_BUS_FMT_SRGGB8_1X8", "MEDIA_BUS_FMT_SRGGB10_1X10"), 21,
          "media_bus[1](MEDIA_BUS_FMT_SRGGB10_1X10).macro", "duplicate macro (first at line 20)")
    entry(tmp_path, ENTRY.replace("0x3014", "0x300f"), 21, "media_bus[1](MEDIA_BUS_FMT_SRGGB8_1X8).code",
          "duplicate code 0x300f, already used by MEDIA_BUS_FMT_SRGGB10_1X10")


def test_short_name_must_not_name_a_format(tmp_path):
    entry(tmp_path, ENTRY.replace("MEDIA_BUS_FMT_SRGGB8_1X8", "MEDIA_BUS_FMT_SRGGB10P"), 21,
          "media_bus[1](MEDIA_BUS_FMT_SRGGB10P).macro", "also names the format SRGGB10P")


def test_all_problems_reported(tmp_path):
    text = GOOD.replace(ENTRY, "  - {macro: MEDIA_BUS_FMT_X, code: -1, csi2_dt: 99, formats: [NOPE]}")
    text = text.replace("component_bits: 10\n    planes:\n      - {bytes: 2}",
                        "component_bits: 10\n    planes:\n      - {bytes: 0}", 1)
    with pytest.raises(model.FormatError) as info:
        load_text(tmp_path, text)
    lines = str(info.value).splitlines()
    assert any("planes[0].bytes" in l for l in lines)
    assert sum("media_bus[1]" in l for l in lines) == 3, lines


def test_subset_keeps_the_codes_of_its_formats(tmp_path):
    db = load_text(tmp_path, GOOD)
    sub = db.subset(["SRGGB10P"])
    assert [(m.macro, [f.name for f in m.formats], [f.index for f in m.formats])
            for m in sub.media_bus] == [("MEDIA_BUS_FMT_SRGGB10_1X10", ["SRGGB10P"], [0])]
    assert db.media_bus[0].formats[1].index == 1  # the full table is untouched
    assert [m.macro for m in db.subset(["SRGGB10"]).media_bus] == [
        "MEDIA_BUS_FMT_SRGGB10_1X10", "MEDIA_BUS_FMT_SRGGB8_1X8"]


def test_kernel_only_subset_has_its_media_bus_codes(tmp_path):
    out = tmp_path / "drv"
    assert pixfmt_gen.main(["--kernel-only", "SRGGB10P", "--output-dir", str(out)]) == 0
    header = (out / "pixfmt_table.h").read_text()
    table = (out / "pixfmt_table.c").read_text()
    db = model.load(os.path.join(ROOT, "formats.yaml"))
    carriers = [m for m in db.media_bus if any(f.name == "SRGGB10P" for f in m.formats)]
    assert carriers
    assert "#define PIXFMT_NUM_MEDIA_BUS\t%d\n" % len(carriers) in header
    for m in carriers:
        assert ".macro = \"%s\", .code = 0x%04x," % (m.macro, m.code) in table
    assert table.count(".formats = { 0 } },") == len(carriers)
    # checkpatch's limit (kernel_qemu runs checkpatch itself), tabs at 8
    for path in (os.path.join(ROOT, "kernel", "pixfmt_table.c"), out / "pixfmt_table.c",
                 os.path.join(ROOT, "kernel", "pixfmt_table.h"), out / "pixfmt_table.h"):
        with open(path, encoding="utf-8") as f:
            long = [n for n, l in enumerate(f, 1) if len(l.rstrip("\n").expandtabs(8)) > 100]
        assert not long, (path, long)
    out = tmp_path / "drm"
    assert pixfmt_gen.main(["--kernel-only", "BGR233", "--output-dir", str(out)]) == 0
    assert "#define PIXFMT_NUM_MEDIA_BUS\t0\n" in (out / "pixfmt_table.h").read_text()
    assert "pixfmt_media_bus_codes[1] = { { 0 } };" in (out / "pixfmt_table.c").read_text()
