#!/usr/bin/python3
"""Drop-in kernel tables: compile the kernel's own format tables and pixfmt's.

For each recorded kernel (Debian 12 has 6.1 and 6.12), takes
drivers/gpu/drm/drm_fourcc.c and drivers/media/v4l2-core/v4l2-common.c from
its linux-source tarball and builds each twice as a module object against
Debian's prepared headers for that kernel (kbuild, no kernel build): once as
shipped, once with the initializer list of its formats[] table replaced by
`#include` of pixfmt's generated kernel/linux/<version>/*.inc. The compiled
tables are read back out of the objects (ELF symbol formats.N) and split into
entries with the struct layout the compiler used (offsetof/sizeof of every
member the header declares, compiled in the same run). Both tables must hold
the same codes with every field equal; a block size of 0 counts as 1, as
drm_format_info_block_width() and v4l2_format_block_width() read it.
"""
import argparse
import glob
import os
import re
import shutil
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
import kernel_tables  # noqa: E402
import model  # noqa: E402

# table: (source file, struct, header declaring it, generated file, plane-count field)
TABLES = {
    "drm": (kernel_tables.DRM_FILE, "drm_format_info", "drm/drm_fourcc.h",
            "drm_fourcc_formats.inc", "num_planes"),
    "v4l2": (kernel_tables.V4L2_FILE, "v4l2_format_info", "media/v4l2-common.h",
             "v4l2_common_formats.inc", "comp_planes"),
}
# per-plane members whose 0 the kernel's helpers read as 1
BLOCK_FIELDS = ("block_w", "block_h")


def headers_for(version):
    """Debian's prepared headers for a kernel version (newest ABI first)."""
    found = [d for d in glob.glob("/usr/src/linux-headers-%s.*-amd64" % version)
             if os.path.isfile(os.path.join(d, "Makefile"))
             and re.match(r"linux-headers-%s\.\d" % re.escape(version), os.path.basename(d))]
    return sorted(found)[-1] if found else None


def members(header_text, name):
    """[(member, array length or 0)] of struct name, as the header declares it."""
    m = re.search(r"^struct %s \{(.*?)^\};" % name, header_text, re.S | re.M)
    if not m:
        raise ValueError("struct %s not found" % name)
    body = kernel_tables._strip_comments(m.group(1))
    body = re.sub(r"union\s*\{|\}\s*;", " ", body)
    out = []
    for decl in body.split(";"):
        decl = decl.strip()
        if not decl:
            continue
        dm = re.fullmatch(r"[\w\s]+?\s(\w+)\s*(?:\[([^\]]+)\])?", decl)
        if not dm:
            raise ValueError("cannot read member %r of struct %s" % (decl, name))
        out.append((dm.group(1), 1 if dm.group(2) else 0))
    return out


def layout_source(structs):
    """A C file that records sizeof(struct) and, per member, offset, size and
    element size, as arrays named pixfmt_layout_<struct>."""
    lines = ["// SPDX-License-Identifier: GPL-2.0 OR MIT",
             "#include <linux/stddef.h>",
             "#include <drm/drm_fourcc.h>",
             "#include <media/v4l2-common.h>", ""]
    for name, mems in structs.items():
        lines.append("const unsigned int pixfmt_layout_%s[] = {" % name)
        lines.append("\tsizeof(struct %s)," % name)
        for mem, is_array in mems:
            elem = "sizeof(((struct %s *)0)->%s%s)" % (name, mem, "[0]" if is_array else "")
            lines.append("\toffsetof(struct %s, %s), sizeof_field(struct %s, %s), %s,"
                         % (name, mem, name, mem, elem))
        lines.append("};")
    return "\n".join(lines) + "\n"


class Elf:
    """Just enough of ELF64 little-endian: sections, symbols, relocations."""

    def __init__(self, path):
        with open(path, "rb") as f:
            self.data = f.read()
        d = self.data
        if d[:4] != b"\x7fELF" or d[4] != 2 or d[5] != 1:
            raise ValueError("%s: not an ELF64 little-endian object" % path)
        shoff, = struct.unpack_from("<Q", d, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", d, 0x3a)
        self.sections = []
        for i in range(shnum):
            name, stype, _flags, _addr, off, size, link, info, _align, entsize = \
                struct.unpack_from("<IIQQQQIIQQ", d, shoff + i * shentsize)
            self.sections.append(dict(name=name, type=stype, off=off, size=size,
                                      link=link, info=info, entsize=entsize))
        names = self.sections[shstrndx]
        for s in self.sections:
            s["name"] = self._str(names, s["name"])

    def _str(self, sec, off):
        start = sec["off"] + off
        return self.data[start:self.data.index(b"\0", start)].decode()

    def symbols(self):
        for s in self.sections:
            if s["type"] != 2:  # SHT_SYMTAB
                continue
            strtab = self.sections[s["link"]]
            for i in range(s["size"] // s["entsize"]):
                name, info, _other, shndx, value, size = \
                    struct.unpack_from("<IBBHQQ", self.data, s["off"] + i * s["entsize"])
                yield dict(name=self._str(strtab, name), type=info & 0xf, shndx=shndx,
                           value=value, size=size)

    def object(self, pattern):
        """The bytes of the one data object whose symbol name matches pattern."""
        found = [s for s in self.symbols()
                 if s["type"] == 1 and re.fullmatch(pattern, s["name"])]  # STT_OBJECT
        if len(found) != 1:
            raise ValueError("expected one object named %s, found %s"
                             % (pattern, [s["name"] for s in found]))
        sym = found[0]
        sec = self.sections[sym["shndx"]]
        # a pointer in the table would be a relocation, not bytes we can compare
        for rel in self.sections:
            if rel["type"] == 4 and self.sections[rel["info"]] is sec:  # SHT_RELA
                for i in range(rel["size"] // rel["entsize"]):
                    off, = struct.unpack_from("<Q", self.data, rel["off"] + i * rel["entsize"])
                    if sym["value"] <= off < sym["value"] + sym["size"]:
                        raise ValueError("%s holds a relocation at +%d"
                                         % (sym["name"], off - sym["value"]))
        start = sec["off"] + sym["value"]
        return self.data[start:start + sym["size"]]


def entries(blob, layout, mems):
    """Split a compiled table into {code: {member: value or [values]}}."""
    size = layout[0]
    if len(blob) % size:
        raise ValueError("table of %d bytes is not whole %d-byte entries" % (len(blob), size))
    out = {}
    for i in range(len(blob) // size):
        entry = blob[i * size:(i + 1) * size]
        row = {}
        for j, (mem, is_array) in enumerate(mems):
            off, msize, esize = layout[1 + 3 * j:4 + 3 * j]
            vals = [int.from_bytes(entry[off + k:off + k + esize], "little")
                    for k in range(0, msize, esize)]
            row[mem] = vals if is_array else vals[0]
        if row["format"] in out:
            raise ValueError("code 0x%08x twice in one table" % row["format"])
        out[row["format"]] = (row, entry)
    return out


def normalised(row, planes_field):
    row = dict(row)
    n = row[planes_field]
    for mem in BLOCK_FIELDS:
        row[mem] = [v or 1 if i < n else v for i, v in enumerate(row[mem])]
    return row


def dropin_source(text, struct_name, inc):
    """The kernel file with its formats[] initializer list replaced by #include."""
    m = re.search(r"static const struct %s formats\[\] = \{" % struct_name, text)
    if not m:
        raise ValueError("no formats[] table of struct %s" % struct_name)
    depth, i = 1, m.end()
    while depth:
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
    return text[:m.end()] + '\n#include "%s"\n' % inc + text[i - 1:]


def check_kernel(version, tarball, kdir, sources, work):
    files = kernel_tables.extract(tarball, sources)
    build = work
    shutil.rmtree(build, ignore_errors=True)
    os.makedirs(build)
    common = kdir[:-len("-amd64")] + "-common"
    structs = {}
    objs = ["layout.o"]
    for table, (src, struct_name, header, inc, _n) in TABLES.items():
        with open(os.path.join(common, "include", header), encoding="utf-8") as f:
            structs[struct_name] = members(f.read(), struct_name)
        with open(files[src], encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(build, "kernel_%s.c" % table), "w", encoding="utf-8") as f:
            f.write(text)
        generated = os.path.join(ROOT, "kernel", "linux", version, inc)
        with open(os.path.join(build, "pixfmt_%s.c" % table), "w", encoding="utf-8") as f:
            f.write(dropin_source(text, struct_name, generated))
        objs += ["kernel_%s.o" % table, "pixfmt_%s.o" % table]
    with open(os.path.join(build, "layout.c"), "w", encoding="utf-8") as f:
        f.write(layout_source(structs))
    with open(os.path.join(build, "Kbuild"), "w", encoding="utf-8") as f:
        f.write("obj-m := %s\n" % " ".join(objs))
    proc = subprocess.run(["make", "-s", "-C", kdir, "M=" + build] + objs,
                          capture_output=True, text=True)
    if proc.returncode:
        print(proc.stdout + proc.stderr)
        print("FAIL %s: the tables do not compile against %s" % (version, kdir))
        return 1

    layout_elf = Elf(os.path.join(build, "layout.o"))
    failures = 0
    print("Linux %s: %s, headers %s" % (version, os.path.basename(tarball), kdir))
    for table, (_src, struct_name, _header, inc, planes_field) in TABLES.items():
        mems = structs[struct_name]
        blob = layout_elf.object("pixfmt_layout_%s" % struct_name)
        layout = struct.unpack("<%dI" % (len(blob) // 4), blob)
        theirs = entries(Elf(os.path.join(build, "kernel_%s.o" % table)).object(r"formats\.\d+"),
                         layout, mems)
        ours = entries(Elf(os.path.join(build, "pixfmt_%s.o" % table)).object(r"formats\.\d+"),
                       layout, mems)
        problems = []
        for code in sorted(set(theirs) - set(ours)):
            problems.append("0x%08x: in the kernel's table only" % code)
        for code in sorted(set(ours) - set(theirs)):
            problems.append("0x%08x: in pixfmt's table only" % code)
        same_bytes = fields = 0
        for code in sorted(set(ours) & set(theirs)):
            a, b = normalised(ours[code][0], planes_field), normalised(theirs[code][0], planes_field)
            same_bytes += ours[code][1] == theirs[code][1]
            for mem, _arr in mems:
                fields += 1
                if a[mem] != b[mem]:
                    problems.append("0x%08x %s: kernel %r, pixfmt %r" % (code, mem, b[mem], a[mem]))
        print("  %s (%d bytes each, %d members): kernel %d entries, pixfmt %d; %d compared, "
              "%d fields, %d entries byte-identical; differences: %d"
              % (struct_name, layout[0], len(mems), len(theirs), len(ours),
                 len(set(ours) & set(theirs)), fields, same_bytes, len(problems)))
        for p in problems:
            print("    FAIL " + p)
        failures += len(problems)
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tarball", required=True, action="append", help="linux-source-*.tar.xz")
    ap.add_argument("--sources", required=True,
                    help="where the kernel sources are extracted (one folder per tarball, "
                         "shared with check_kernel_tables.py)")
    ap.add_argument("--workdir", required=True, help="where the objects are built")
    args = ap.parse_args()
    failures = 0
    for tarball in args.tarball:
        version = os.path.basename(tarball).replace(".tar.xz", "").rsplit("-", 1)[1]
        kdir = headers_for(version)
        if version not in model.KERNEL_VERSIONS:
            print("FAIL %s: formats.yaml records kernels %s only" % (tarball, model.KERNEL_VERSIONS))
            failures += 1
        elif not os.path.exists(tarball) or kdir is None:
            print("FAIL Linux %s: needs %s and /usr/src/linux-headers-%s.*-amd64 "
                  "(scripts/setup-debian.sh installs both)" % (version, tarball, version))
            failures += 1
        else:
            name = os.path.basename(tarball).replace(".tar.xz", "")
            failures += check_kernel(version, tarball, kdir, os.path.join(args.sources, name),
                                     os.path.join(args.workdir, name))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
