#!/usr/bin/python3
"""Write the kernel's own format tables as a C++ header for the reference test.

The drm_format_info and v4l2_format_info tables are extracted from a
linux-source tarball at build time (never committed) and written out with
their codes resolved through the uapi list in tests/data. The reference test
re-implements the kernel helpers over these tables, independently of
formats.yaml.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import kernel_tables  # noqa: E402
import uapi  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tarball", required=True, action="append")
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--json", required=True)
    ap.add_argument("--output", required=True)
    args = ap.parse_args()

    codes, _kernel = uapi.json_defines(args.json)

    def code(macro):
        if macro.endswith("|BE"):
            return codes[macro[:-3]] | (1 << 31)
        return codes[macro]

    def arr(values):
        return "{ " + ", ".join(str(v) for v in (list(values) + [0, 0, 0, 0])[:4]) + " }"

    lines = ["// generated at build time from the linux-source tarballs by %s, do not edit"
             % os.path.basename(__file__),
             "#pragma once", "#include <array>", "#include <cstdint>", "#include <span>", "",
             "namespace kref {", "",
             "struct drm_info { const char *macro; std::uint32_t format; unsigned num_planes;",
             "\tstd::array<unsigned, 4> char_per_block, block_w, block_h; unsigned hsub, vsub; };",
             "struct v4l2_info { const char *macro; std::uint32_t format; unsigned mem_planes, comp_planes;",
             "\tstd::array<unsigned, 4> bpp, bpp_div, block_w, block_h; unsigned hdiv, vdiv; };",
             "struct kernel { const char *name; std::span<const drm_info> drm; std::span<const v4l2_info> v4l2; };",
             ""]
    names = []
    for n, tarball in enumerate(args.tarball):
        name = os.path.basename(tarball).replace(".tar.xz", "")
        files = kernel_tables.extract(tarball, os.path.join(args.workdir, name))
        with open(files[kernel_tables.DRM_FILE], encoding="utf-8") as f:
            drm = kernel_tables.drm_table(f.read())
        with open(files[kernel_tables.V4L2_FILE], encoding="utf-8") as f:
            v4l2 = kernel_tables.v4l2_table(f.read())
        lines.append("// %s" % name)
        lines.append("inline constexpr drm_info drm%d[] = {" % n)
        for macro, k in drm.items():
            lines.append('\t{ "%s", 0x%08x, %d, %s, %s, %s, %d, %d },'
                         % (macro, code(macro), k["planes"], arr(k["char_per_block"]),
                            arr(k["block_w"]), arr(k["block_h"]), k["hsub"], k["vsub"]))
        lines.append("};")
        lines.append("inline constexpr v4l2_info v4l2_%d[] = {" % n)
        for macro, k in v4l2.items():
            lines.append('\t{ "%s", 0x%08x, %d, %d, %s, %s, %s, %s, %d, %d },'
                         % (macro, code(macro), k["mem_planes"], k["comp_planes"], arr(k["bpp"]),
                            arr(k["bpp_div"]), arr(k["block_w"]), arr(k["block_h"]),
                            k["hdiv"], k["vdiv"]))
        lines.append("};")
        names.append(name)
    lines.append("inline constexpr kernel kernels[] = {")
    for n, name in enumerate(names):
        lines.append('\t{ "%s", drm%d, v4l2_%d },' % (name, n, n))
    lines.append("};")
    lines += ["", "} // namespace kref", ""]
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
