#!/usr/bin/python3
"""Media-bus codes: formats.yaml's media_bus section against the headers and
the kernel's CSI-2 receiver drivers, all read at test time.

- every macro and value against include/uapi/linux/media-bus-format.h of the
  kernel source, and against the installed <linux/media-bus-format.h> where
  that (older) header has the macro;
- every csi2_dt is a data type of include/media/mipi-csi2.h;
- the receivers' format tables (RECEIVERS: bcm2835-unicam, whose table pairs
  each code with its packed and unpacked pixel formats and CSI-2 data type,
  and the other receivers listed there): every pairing of a bus code with a
  V4L2 format in any of them must be recorded (the format with that V4L2
  code listed for the code), every data type they give for a recorded code
  must be the recorded csi2_dt; and every recorded pairing and csi2_dt must
  be stated by at least one of them or by a reviewed entry
  (tests/media_bus_reviewed.yaml, with evidence). A reviewed entry that no
  longer applies (not recorded, or now stated by a receiver) fails.

Before the real check, the same checks run on altered copies of the data
(a pairing dropped, a pairing added, a csi2_dt changed, a code changed) and
must fail on each: the check can fail.
"""
import argparse
import copy
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "gen"))
import kernel_tables  # noqa: E402
import model  # noqa: E402

MEDIA_BUS_H = "include/uapi/linux/media-bus-format.h"
MIPI_CSI2_H = "include/media/mipi-csi2.h"
# Receiver format tables that pair media-bus codes with V4L2 pixel formats
# and/or CSI-2 data types: (driver, file, table, code field, pixel-format
# fields, data-type field). A code field of None: positional initializers,
# the one MEDIA_BUS_FMT_* and every V4L2_PIX_FMT_* of an entry.
RECEIVERS = [
    ("bcm2835-unicam", "drivers/media/platform/broadcom/bcm2835-unicam.c",
     "unicam_image_formats", "code", ("fourcc", "unpacked_fourcc"), "csi_dt"),
    ("j721e-csi2rx", "drivers/media/platform/ti/j721e-csi2rx/j721e-csi2rx.c",
     "ti_csi2rx_formats", "code", ("fourcc",), "csi_dt"),
    ("ipu3-cio2", "drivers/media/pci/intel/ipu3/ipu3-cio2.c",
     "formats", "mbus_code", ("fourcc",), "mipicode"),
    ("ipu6-isys", "drivers/media/pci/intel/ipu6/ipu6-isys-video.c",
     "ipu6_isys_pfmts", None, (), None),
    ("stm32-dcmi", "drivers/media/platform/st/stm32/stm32-dcmi.c",
     "dcmi_formats", "mbus_code", ("fourcc",), None),
    ("imx-mipi-csis", "drivers/media/platform/nxp/imx-mipi-csis.c",
     "mipi_csis_formats", "code", (), "data_type"),
    ("rcar-csi2", "drivers/media/platform/renesas/rcar-csi2.c",
     "rcar_csi2_formats", "code", (), "datatype"),
]
# Functions mapping a code to its data type with a switch: (driver, file, function)
SWITCHES = [
    ("ipu6-isys", "drivers/media/pci/intel/ipu6/ipu6-isys-subdev.c", "ipu6_isys_mbus_code_to_mipi"),
]
SOURCES = sorted({MEDIA_BUS_H, MIPI_CSI2_H} | {r[1] for r in RECEIVERS} | {s[1] for s in SWITCHES})
_DEFINE = re.compile(r"^#define\s+(\w+)\s+(0x[0-9a-fA-F]+|\d+)\b", re.M)


def extract(tarball, dest):
    """The SOURCES from a linux-source tarball into dest (reused when there)."""
    wanted = [rel for rel in SOURCES if not os.path.exists(os.path.join(dest, rel))]
    if wanted:
        os.makedirs(dest, exist_ok=True)
        top = subprocess.run(["tar", "-tJf", tarball], capture_output=True, text=True,
                             check=True).stdout.split("\n", 1)[0].split("/", 1)[0]
        subprocess.run(["tar", "-xJf", tarball, "-C", dest, "--strip-components=1"]
                       + ["%s/%s" % (top, rel) for rel in wanted], check=True)
    return {rel: os.path.join(dest, rel) for rel in SOURCES}


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def defines(text, prefix):
    """{name: value} of the plain numeric #defines starting with prefix."""
    return {n: int(v, 0) for n, v in _DEFINE.findall(text) if n.startswith(prefix)}


def table_entries(text, table):
    """The text of each top-level initializer of array `table`."""
    text = kernel_tables._strip_comments(text)
    m = re.search(r"^(?:static\s+)?const\s+struct\s+\w+\s+%s\[\]\s*=\s*\{" % re.escape(table),
                  text, re.M)
    if not m:
        raise ValueError("no table %s[]" % table)
    depth, i = 1, m.end()
    while depth:
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
    return list(kernel_tables._entries(text[m.end():i - 1]))


def data_type(raw, dts, local):
    """A data-type initializer as a number: a literal, a MIPI_CSI2_DT_* of
    mipi-csi2.h, or a define of the driver's own file."""
    raw = raw.strip()
    if re.fullmatch(r"0x[0-9a-fA-F]+|\d+", raw):
        return int(raw, 0)
    if raw in dts:
        return dts[raw]
    if raw in local:
        return local[raw]
    raise ValueError("unknown data type %r" % raw)


def receiver_facts(files, dts):
    """{driver: {"pairs": {(code macro, v4l2 macro)}, "dt": {code macro: value}}}"""
    out = {}
    for driver, rel, table, code_field, fmt_fields, dt_field in RECEIVERS:
        text = read(files[rel])
        local = defines(text, "")
        facts = out.setdefault(driver, {"pairs": set(), "dt": {}, "entries": 0})
        for entry in table_entries(text, table):
            facts["entries"] += 1
            if code_field is None:
                codes = re.findall(r"\bMEDIA_BUS_FMT_\w+", entry)
                if len(codes) != 1:
                    raise ValueError("%s: entry with %d media-bus codes" % (driver, len(codes)))
                code, pixfmts = codes[0], re.findall(r"\bV4L2_PIX_FMT_\w+", entry)
            else:
                fields = {k: v.strip() for k, v in re.findall(r"\.(\w+)\s*=\s*([^,}]+)", entry)}
                code = fields.get(code_field)
                if code is None or not code.startswith("MEDIA_BUS_FMT_"):
                    raise ValueError("%s: entry without a media-bus code: %s" % (driver, entry.strip()))
                pixfmts = [fields[f] for f in fmt_fields if f in fields]
                if dt_field and dt_field in fields:
                    value = data_type(fields[dt_field], dts, local)
                    if facts["dt"].setdefault(code, value) != value:
                        raise ValueError("%s gives %s two data types" % (driver, code))
            for p in pixfmts:
                facts["pairs"].add((code, p))
    for driver, rel, function in SWITCHES:
        text = kernel_tables._strip_comments(read(files[rel]))
        m = re.search(r"\b%s\s*\([^)]*\)\s*\{(.*?)^\}" % re.escape(function), text, re.S | re.M)
        if not m:
            raise ValueError("no function %s in %s" % (function, rel))
        facts = out.setdefault(driver, {"pairs": set(), "dt": {}, "entries": 0})
        cases = []
        for kind, name in re.findall(r"\b(case|return)\s+(\w+)", m.group(1)):
            if kind == "case":
                cases.append(name)
            else:
                if name in dts:
                    for code in cases:
                        facts["dt"][code] = dts[name]
                        facts["entries"] += 1
                cases = []
    return out


def check(db, facts, headers, dts, reviewed):
    """Every disagreement, as lines; and counts for the report."""
    failures, counts = [], {}
    recorded = {m.macro: m for m in db.media_bus}
    by_v4l2 = {c.macro: f for f in db.formats for c in f.v4l2}

    # codes against the headers
    counts["headers"] = {}
    for label, values, required in headers:
        n = 0
        for m in db.media_bus:
            if m.macro not in values:
                if required:
                    failures.append("%s: not defined in %s" % (m.macro, label))
                continue
            n += 1
            if values[m.macro] != m.code:
                failures.append("%s: formats.yaml has 0x%04x, %s has 0x%04x"
                                % (m.macro, m.code, label, values[m.macro]))
        counts["headers"][label] = n

    # data types are mipi-csi2.h's
    for m in db.media_bus:
        if m.csi2_dt is not None and m.csi2_dt not in dts.values():
            failures.append("%s: csi2_dt 0x%02x is no MIPI_CSI2_DT_* of %s"
                            % (m.macro, m.csi2_dt, MIPI_CSI2_H))

    # pairings stated by the receivers are recorded
    stated = {}
    for driver, fx in facts.items():
        for code, pixfmt in fx["pairs"]:
            stated.setdefault((code, pixfmt), []).append(driver)
            f = by_v4l2.get(pixfmt)
            if f is None:
                failures.append("%s pairs %s with %s, which no format of formats.yaml has"
                                % (driver, code, pixfmt))
            elif code not in recorded:
                failures.append("%s pairs %s with %s (%s): the code is not in media_bus"
                                % (driver, code, pixfmt, f.name))
            elif f not in recorded[code].formats:
                failures.append("%s pairs %s with %s: media_bus does not list %s for it"
                                % (driver, code, pixfmt, f.name))
    # ... and every recorded pairing is stated by one of them or reviewed
    review_pairs = {(r["macro"], r["v4l2"]): r for r in reviewed.get("pairings") or []}
    used_reviews = set()
    counts["pairings"] = counts["stated"] = counts["reviewed"] = 0
    for m in db.media_bus:
        for f in m.formats:
            counts["pairings"] += 1
            macros = [c.macro for c in f.v4l2]
            if any((m.macro, v) in stated for v in macros):
                counts["stated"] += 1
                continue
            keys = [(m.macro, v) for v in macros if (m.macro, v) in review_pairs]
            if keys:
                counts["reviewed"] += 1
                used_reviews.update(keys)
                continue
            failures.append("%s -> %s: no receiver table pairs them and no reviewed entry "
                            "gives evidence" % (m.macro, f.name))
    for key, r in review_pairs.items():
        if key in stated:
            failures.append("reviewed pairing %s -> %s no longer applies: %s states it"
                            % (key + (", ".join(stated[key]),)))
        elif key not in used_reviews:
            failures.append("reviewed pairing %s -> %s no longer applies: formats.yaml does not "
                            "record it" % key)

    # data types
    given = {}
    for driver, fx in facts.items():
        for code, value in fx["dt"].items():
            given.setdefault(code, {})[driver] = value
    review_dts = {}
    for r in reviewed.get("csi2_dt") or []:
        name = r["csi2_dt"]
        if name is not None and name not in dts:
            failures.append("reviewed csi2_dt of %s: %s is not in %s" % (r["macro"], name, MIPI_CSI2_H))
            continue
        review_dts[r["macro"]] = dts[name] if name is not None else None
    counts["csi2_dt"] = counts["dt_stated"] = counts["dt_reviewed"] = counts["dt_none_reviewed"] = 0
    for m in db.media_bus:
        drivers = {d: v for d, v in given.get(m.macro, {}).items()}
        if m.macro in review_dts:
            want = review_dts.pop(m.macro)
            if m.csi2_dt != want:
                failures.append("reviewed csi2_dt of %s no longer applies: formats.yaml has %s"
                                % (m.macro, "none" if m.csi2_dt is None else "0x%02x" % m.csi2_dt))
            elif want is not None and drivers and all(v == want for v in drivers.values()):
                failures.append("reviewed csi2_dt of %s no longer applies: %s state it"
                                % (m.macro, ", ".join(sorted(drivers))))
            elif want is None and not drivers:
                failures.append("reviewed csi2_dt of %s (none) no longer applies: no receiver "
                                "gives one" % m.macro)
            else:
                if want is not None:
                    counts["csi2_dt"] += 1
                    counts["dt_reviewed"] += 1
                else:
                    counts["dt_none_reviewed"] += 1
                continue
        for driver, value in sorted(drivers.items()):
            if value != m.csi2_dt:
                failures.append("%s: %s gives data type 0x%02x, formats.yaml %s"
                                % (m.macro, driver, value,
                                   "none" if m.csi2_dt is None else "0x%02x" % m.csi2_dt))
        if m.csi2_dt is not None:
            counts["csi2_dt"] += 1
            if drivers:
                counts["dt_stated"] += 1
            else:
                failures.append("%s: csi2_dt 0x%02x is stated by no receiver table and no "
                                "reviewed entry" % (m.macro, m.csi2_dt))
    for macro in review_dts:
        failures.append("reviewed csi2_dt of %s no longer applies: the code is not recorded" % macro)
    return failures, counts


def mutations(db):
    """Altered copies of the database, each wrong in one way the check must see."""
    def clone():
        d = copy.copy(db)
        d.media_bus = [copy.copy(m) for m in db.media_bus]
        for m in d.media_bus:
            m.formats = list(m.formats)
        return d
    out = []
    d = clone()
    m = next(m for m in d.media_bus if len(m.formats) > 1)
    m.formats.pop()
    out.append(("a stated pairing dropped from %s" % m.macro, d))
    d = clone()
    m = d.media_bus[0]
    m.formats.append(next(f for f in db.formats if f not in m.formats and f.v4l2))
    out.append(("an unstated pairing added to %s" % m.macro, d))
    d = clone()
    m = next(m for m in d.media_bus if m.csi2_dt is not None)
    m.csi2_dt ^= 1
    out.append(("csi2_dt of %s changed" % m.macro, d))
    d = clone()
    d.media_bus[-1].code += 1
    out.append(("code of %s changed" % d.media_bus[-1].macro, d))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--yaml", required=True)
    ap.add_argument("--tarball", required=True, help="linux-source tarball (6.12)")
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--header", required=True, help="installed linux/media-bus-format.h")
    ap.add_argument("--json", help="a uapi list (tests/data); its media-bus codes if it has any")
    ap.add_argument("--reviewed", required=True)
    args = ap.parse_args()

    files = extract(args.tarball, args.workdir)
    version = os.path.basename(args.tarball)
    dts = defines(read(files[MIPI_CSI2_H]), "MIPI_CSI2_DT_")
    headers = [("%s %s" % (version, MEDIA_BUS_H), defines(read(files[MEDIA_BUS_H]), "MEDIA_BUS_FMT_"), True),
               (args.header, defines(read(args.header), "MEDIA_BUS_FMT_"), False)]
    uapi_note = ""
    if args.json:
        with open(args.json, encoding="utf-8") as f:
            text = f.read()
        listed = dict(re.findall(r'"(MEDIA_BUS_FMT_\w+)"[^{}]*?"value":\s*"(0x[0-9a-fA-F]+)"', text))
        if listed:
            headers.append((args.json, {k: int(v, 16) for k, v in listed.items()}, False))
        else:
            uapi_note = "; %s lists no media-bus codes" % os.path.basename(args.json)
        json.loads(text)  # well-formed
    facts = receiver_facts(files, dts)
    with open(args.reviewed, encoding="utf-8") as f:
        reviewed = yaml.safe_load(f) or {}
    db = model.load(args.yaml)

    bad = 0
    for what, altered in mutations(db):
        failed, _ = check(altered, facts, headers, dts, reviewed)
        if not failed:
            print("FAIL the check does not notice: %s" % what)
            bad += 1
    failures, counts = check(db, facts, headers, dts, reviewed)
    for line in failures:
        print("FAIL " + line)
    for driver, fx in facts.items():
        print("%s: %d entries, %d pairings with a V4L2 format, %d data types"
              % (driver, fx["entries"], len(fx["pairs"]), len(fx["dt"])))
    print("%d media-bus codes: %s%s" % (
        len(db.media_bus), ", ".join("%d in %s" % (n, label) for label, n in counts["headers"].items()),
        uapi_note))
    print("%d pairings: %d stated by a receiver table, %d by a reviewed entry"
          % (counts["pairings"], counts["stated"], counts["reviewed"]))
    print("%d csi2_dt values (all in %s's %d MIPI_CSI2_DT_* defines): %d stated by a receiver, "
          "%d by a reviewed entry; %d code(s) left without one by a reviewed entry; "
          "%d disagreements" % (
              counts["csi2_dt"], MIPI_CSI2_H, len(dts), counts["dt_stated"],
              counts["dt_reviewed"], counts["dt_none_reviewed"], len(failures)))
    return 1 if failures or bad or not db.media_bus else 0


if __name__ == "__main__":
    sys.exit(main())
