#!/usr/bin/python3
"""pixfmt generator: load formats.yaml, validate it, render the outputs.

    pixfmt_gen.py                 render every output into the source tree
    pixfmt_gen.py --check         exit 1 if a committed output differs
    pixfmt_gen.py --template T --output F   render one extra template (tests)
    pixfmt_gen.py --kernel-only NV12,YUYV --output-dir DIR
                                  the kernel table of only the named formats
                                  (names, macros or fourcc labels), for a driver

Every output is a Jinja2 template under gen/templates/; its path there, minus
the .j2 suffix, is its path in the tree. Adding an output is adding a template.
A template under a folder named {kernel} is rendered once per recorded kernel
version (model.KERNEL_VERSIONS), with `kernel` set and the folder named after it.
Rejections name file:line, the field, and what is wrong.
"""
import argparse
import os
import sys

import jinja2

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model  # noqa: E402
import bits  # noqa: E402
import media_bus  # noqa: E402
import schema  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATES = os.path.join(ROOT, "gen", "templates")


def environment(search):
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["hex32"] = lambda v: "0x%08x" % v
    env.filters["hex16"] = lambda v: "0x%04x" % v
    env.filters["cstr"] = model.c_string
    env.filters["sv"] = string_view
    env.filters["kver_c"] = lambda v: "KERNEL_VERSION(%s, %s, 0)" % tuple(v.split("."))
    env.filters["kver"] = lambda v: "kernel_version(%s, %s)" % tuple(v.split("."))
    env.filters["cpp_field"] = cpp_field
    env.filters["c_field"] = c_field
    return env


def _values(fmt, fl):
    return [getattr(fmt, m) for m in fl.members]


def string_view(text):
    """A C++ std::string_view literal: "NV12"sv, whose length the compiler
    knows, where a plain "NV12" would make every include count its
    characters at compile time (bench/README.md). An empty text is ""sv too,
    so that data() is a NUL-terminated string, never a null pointer."""
    return model.c_string(text) + "sv"


def cpp_field(fmt, fl):
    """A format's value(s) of a schema.Field as C++ initialisers."""
    out = []
    for v in _values(fmt, fl):
        if fl.kind in ("word", "text"):
            out.append(string_view(v or ""))
        elif fl.kind == "choice":
            out.append("%s::%s" % (fl.enum, v))
        elif fl.kind == "flag":
            out.append("true" if v else "false")
        else:
            out.append(str(v))
    return ", ".join(out)


def c_field(fmt, fl):
    """A format's value(s) of a schema.Field as C designated initialisers,
    none when all are zero (C's default)."""
    values = _values(fmt, fl)
    zero = list(schema.ENUMS[fl.enum])[0] if fl.kind == "choice" else None
    if not any(v and v != zero for v in values) and (fl.kind != "choice" or fl.default == zero):
        return []  # C's zero is the default
    out = []
    for m, v in zip(fl.members, values):
        if fl.kind == "word":
            v = model.c_string(v)
        elif fl.kind == "choice":
            v = "PIXFMT_%s_%s" % (schema.ENUM_C_PREFIX[fl.enum], v.upper())
        elif fl.kind == "flag":
            v = "true" if v else "false"
        out.append(".%s = %s," % (m, v))
    return out


PER_KERNEL = "{kernel}"


def outputs():
    """(template path relative to TEMPLATES, output path relative to ROOT,
    kernel version or None)."""
    found = []
    for base, _dirs, files in os.walk(TEMPLATES):
        for name in files:
            if name.endswith(".j2"):
                rel = os.path.relpath(os.path.join(base, name), TEMPLATES)
                if PER_KERNEL in rel.split(os.sep):
                    for version in model.KERNEL_VERSIONS:
                        found.append((rel, rel[:-3].replace(PER_KERNEL, version), version))
                else:
                    found.append((rel, rel[:-3], None))
    return sorted(found)


# The kernel table: what --kernel-only renders for a subset of the formats.
KERNEL_TABLE = ("kernel/pixfmt_table.c.j2", "kernel/pixfmt_table.h.j2")


def render(env, template, db, kernel=None, subset=False):
    samples, sample_first = db.sample_table
    return env.get_template(template).render(db=db, formats=db.formats, subset=subset,
                                             samples=samples, sample_first=sample_first,
                                             bits=bits,
                                             kernel_reference=model.KERNEL_REFERENCE,
                                             kernel=kernel,
                                             xen_label_forbidden=model.XEN_LABEL_FORBIDDEN,
                                             xen_label_big_endian=model.XEN_LABEL_BIG_ENDIAN,
                                             kernel_has_bpp_div=model.KERNEL_V4L2_BPP_DIV.__contains__,
                                             slot_entries=model.slot_entries,
                                             encodings=schema.ENCODING_DESCRIPTIONS,
                                             name_namespaces=schema.NAME_NAMESPACES,
                                             fields=schema.FIELDS, schema=schema,
                                             media_bus=media_bus)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--yaml", default=os.path.join(ROOT, "formats.yaml"))
    ap.add_argument("--check", action="store_true",
                    help="compare instead of writing; exit 1 on any difference")
    ap.add_argument("--template", help="render this one template file")
    ap.add_argument("--output", help="where --template writes")
    ap.add_argument("--root", default=ROOT, help="tree the outputs belong to")
    ap.add_argument("--kernel-only", metavar="NAMES",
                    help="comma-separated formats: render only the kernel table, "
                         "with only these formats, into --output-dir")
    ap.add_argument("--output-dir", help="where --kernel-only writes pixfmt_table.[ch]")
    args = ap.parse_args(argv)
    if args.kernel_only is not None and not args.output_dir:
        ap.error("--kernel-only needs --output-dir")
    if args.output_dir and args.kernel_only is None:
        ap.error("--output-dir goes with --kernel-only")
    if args.template and args.kernel_only is not None:
        ap.error("--template and --kernel-only are separate modes")

    try:
        db = model.load(args.yaml)
    except model.FormatError as err:
        print(str(err), file=sys.stderr)
        return 1

    if args.template:
        if not args.output:
            ap.error("--template needs --output")
        env = environment([os.path.dirname(os.path.abspath(args.template))])
        text = render(env, os.path.basename(args.template), db)
        write_if_changed(args.output, text)
        return 0

    env = environment([TEMPLATES])
    # (template, path, kernel version, subset, how --check names the file)
    jobs = [(template, os.path.join(args.root, out), kernel, False, out)
            for template, out, kernel in outputs()]
    if args.kernel_only is not None:
        if os.path.realpath(args.output_dir) == os.path.realpath(os.path.join(args.root, "kernel")):
            ap.error("--output-dir: kernel/ holds the full table; write a subset elsewhere")
        try:
            db = db.subset([n.strip() for n in args.kernel_only.split(",") if n.strip()])
        except model.FormatError as err:
            print("--kernel-only: %s" % err, file=sys.stderr)
            return 1
        jobs = []
        for template in KERNEL_TABLE:
            path = os.path.join(args.output_dir, os.path.basename(template)[:-3])
            jobs.append((template, path, None, True, path))
    stale = []
    for template, path, kernel, subset, shown in jobs:
        text = render(env, template, db, kernel, subset)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    current = f.read()
            except FileNotFoundError:
                current = None
            if current != text:
                stale.append(shown)
        else:
            write_if_changed(path, text)
    if stale:
        for shown in stale:
            print("%s: differs from what formats.yaml generates; run gen/pixfmt_gen.py"
                  % shown, file=sys.stderr)
        return 1
    return 0


def write_if_changed(path, text):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    sys.exit(main())
