"""The schema is declared once: a field added to gen/schema.py alone reaches
the validator, both structs and their initialisers, the C++ field table the
CLI prints from, the parity test's field list, and the docs, and the C++
compiles."""
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "gen"))
import pixfmt_gen  # noqa: E402
import schema  # noqa: E402

from test_model import GOOD, rejects  # noqa: E402

NEW = schema.Field("example_bits", "number", "an example field added by a test",
                   default=0, maximum=64, show="{} example bits")


@pytest.fixture
def new_field(monkeypatch):
    monkeypatch.setattr(schema, "FIELDS", schema.FIELDS + (NEW,))


def with_value(text, value):
    return text.replace("    component_bits: 6\n",
                        "    component_bits: 6\n    example_bits: %s\n" % value)


def test_unknown_before_it_is_declared(tmp_path):
    rejects(tmp_path, with_value(GOOD, 5), 16, "example_bits", "unknown key")


def test_validated_by_its_kind(tmp_path, new_field):
    rejects(tmp_path, with_value(GOOD, 65), 16, "example_bits", "at most 64")
    rejects(tmp_path, with_value(GOOD, "x"), 16, "example_bits", "positive integer")


def test_reaches_every_output(tmp_path, new_field):
    yaml_path = tmp_path / "formats.yaml"
    yaml_path.write_text(with_value(GOOD, 5))
    out = tmp_path / "tree"
    assert pixfmt_gen.main(["--yaml", str(yaml_path), "--root", str(out)]) == 0
    cpp = (out / "include/pixfmt/format_table.hpp").read_text()
    assert "std::uint8_t example_bits;" in cpp
    assert '{ "example_bits", field_kind::number, { "example_bits" }, "{} example bits" }' in cpp
    assert "return { d.example_bits, 0, {}, d.example_bits == 0 };" in cpp
    h = (out / "kernel/pixfmt_table.h").read_text()
    assert "\tu8 example_bits;" in h
    expected = tmp_path / "format_fields.h"
    assert pixfmt_gen.main(["--yaml", str(yaml_path), "--template",
                            os.path.join(ROOT, "tests/kernel/format_fields.h.j2"),
                            "--output", str(expected)]) == 0
    assert "X(example_bits)" in expected.read_text()
    assert " * @example_bits: an example field added by a test" in h
    assert "\t\t.example_bits = 5," in (out / "kernel/pixfmt_table.c").read_text()
    assert "| `example_bits` | number | an example field added by a test |" in \
        (out / "docs/data-model.md").read_text()

    # the rendered C++ compiles and carries the value
    gxx = shutil.which("g++")
    if gxx is None:
        pytest.skip("no g++")
    src = tmp_path / "probe.cpp"
    src.write_text('#include <pixfmt/format_table.hpp>\n'
                   'static_assert(pixfmt::table::formats[1].example_bits == 5);\n'
                   'static_assert(pixfmt::table::formats[0].example_bits == 0);\n'
                   'static_assert(pixfmt::get_field(pixfmt::table::formats[1], %d).a == 5);\n'
                   % (len(schema.FIELDS) - 1))
    subprocess.run([gxx, "-std=c++20", "-fsyntax-only", "-I", str(out / "include"), str(src)],
                   check=True)
