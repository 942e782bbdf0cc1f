#!/usr/bin/python3
"""Wayland names: formats.yaml's `wayland` names against the wl_shm format
enum of the installed wayland.xml (libwayland-dev).

Each recorded name must be an entry whose value is the format's DRM code,
except argb8888 (0) and xrgb8888 (1), which wl_shm numbers on its own; and
every entry of the enum must be recorded for the format with that DRM code.
"""
import argparse
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
import model  # noqa: E402

# wl_shm's own numbers for its two original formats
WL_SHM_OWN = {"DRM_FORMAT_ARGB8888": 0, "DRM_FORMAT_XRGB8888": 1}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--yaml", required=True)
    ap.add_argument("--xml", required=True, help="wayland.xml")
    args = ap.parse_args()
    if not os.path.exists(args.xml):
        print("FAIL %s not found: install libwayland-dev" % args.xml)
        return 1
    root = ET.parse(args.xml).getroot()
    shm = [e for i in root.iter("interface") if i.get("name") == "wl_shm"
           for e in i.iter("enum") if e.get("name") == "format"]
    if len(shm) != 1:
        print("FAIL no wl_shm format enum in %s" % args.xml)
        return 1
    entries = {x.get("name"): int(x.get("value"), 0) for x in shm[0].iter("entry")}
    version = root.get("name"), os.path.basename(args.xml)

    db = model.load(args.yaml)
    failures = []
    recorded = {}
    for f in db.formats:
        name = f.names.get("wayland")
        if name is None:
            continue
        if f.drm is None or f.drm.big_endian:
            failures.append("%s: wayland %s, but no little-endian DRM code" % (f.name, name))
            continue
        want = WL_SHM_OWN.get(f.drm.macro, f.drm.code)
        if name not in entries:
            failures.append("%s: wayland %s is not a wl_shm format" % (f.name, name))
        elif entries[name] != want:
            failures.append("%s: wl_shm %s is 0x%08x, the format's is 0x%08x"
                            % (f.name, name, entries[name], want))
        recorded[name] = f.name
    for name, value in sorted(entries.items()):
        if name not in recorded:
            failures.append("wl_shm %s (0x%08x) is recorded for no format" % (name, value))
    for line in failures:
        print("FAIL " + line)
    print("%s: %d wl_shm formats, %d recorded in formats.yaml, %d disagreements"
          % (version[1], len(entries), len(recorded), len(failures)))
    return 1 if failures or not recorded else 0


if __name__ == "__main__":
    sys.exit(main())
