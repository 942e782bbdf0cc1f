#!/usr/bin/python3
"""Coverage: every pixel-format define is described in formats.yaml or excluded.

Sources: the installed videodev2.h and drm_fourcc.h and the Linux 7.1 list in
tests/data. Every define must be described (or excluded with a reason) and
every described code must equal the header's value.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gen"))
sys.path.insert(0, HERE)
import model  # noqa: E402
import uapi  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--yaml", required=True)
    ap.add_argument("--json", required=True)
    ap.add_argument("--header", action="append", default=[], help="an installed uapi header")
    args = ap.parse_args()

    db = model.load(args.yaml)
    described = {}
    for f in db.formats:
        for c in f.v4l2 + ([f.drm] if f.drm else []):
            if not c.big_endian or c.macro.startswith("V4L2_"):
                described[c.macro] = c.code
    excluded = {x["macro"]: x["reason"] for x in db.excluded}

    sources = []
    for path in args.header:
        sources.append((path, uapi.header_defines(path)))
    defines, kernel = uapi.json_defines(args.json)
    sources.append(("%s (Linux %s)" % (args.json, kernel), defines))

    failures = 0
    for name, defs in sources:
        if not defs:
            print("FAIL %s: no pixel-format defines found" % name)
            failures += 1
            continue
        v4l2 = sum(1 for m in defs if m.startswith("V4L2_"))
        missing, wrong = [], []
        for macro, code in sorted(defs.items()):
            if macro in excluded:
                continue
            if macro not in described:
                missing.append(macro)
            elif described[macro] != code:
                wrong.append("%s: header 0x%08x, formats.yaml 0x%08x"
                             % (macro, code, described[macro]))
        status = "ok" if not missing and not wrong else "FAIL"
        print("%s %s: %d defines (%d V4L2, %d DRM), %d excluded"
              % (status, name, len(defs), v4l2, len(defs) - v4l2,
                 sum(1 for m in defs if m in excluded)))
        for m in missing:
            print("  not described or excluded: %s" % m)
        for w in wrong:
            print("  value differs: %s" % w)
        failures += len(missing) + len(wrong)

    known = set().union(*(d for _n, d in sources))
    for macro in sorted(set(described) - known):
        print("FAIL formats.yaml describes %s, which no source defines" % macro)
        failures += 1
    for macro in sorted(set(excluded) - known):
        print("FAIL formats.yaml excludes %s, which no source defines" % macro)
        failures += 1
    print("%d formats described: %d with V4L2 codes, %d with a DRM code, %d with both; %d excluded"
          % (len(db.formats), db.v4l2_count, db.drm_count, db.both_count, len(excluded)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
