#!/usr/bin/python3
"""README snippets cannot rot: every ```cpp block is compiled and run, every
```c block is compiled against kernel/ (with the user-space shim of the kernel
tests), and every `$ pixfmt ...` line of a ```console block is run with the
built tool and must print exactly the lines that follow it."""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile


def blocks(text, lang):
    return re.findall(r"^```%s\n(.*?)^```" % re.escape(lang), text, re.S | re.M)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--readme", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--cxx", default="g++")
    ap.add_argument("--cc", default="gcc")
    args = ap.parse_args()
    text = open(args.readme, encoding="utf-8").read()
    failures = 0
    checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, code in enumerate(blocks(text, "cpp")):
            src = os.path.join(tmp, "snippet%d.cpp" % i)
            exe = os.path.join(tmp, "snippet%d" % i)
            open(src, "w").write(code)
            cc = subprocess.run([args.cxx, "-std=c++20", "-Wall", "-Wextra", "-Werror",
                                 "-I" + os.path.join(args.root, "include"), src, "-o", exe, "-lfmt"],
                                capture_output=True, text=True)
            run = subprocess.run([exe], capture_output=True, text=True) if cc.returncode == 0 else None
            ok = cc.returncode == 0 and run.returncode == 0
            print("%s cpp block %d%s" % ("ok" if ok else "FAIL", i, "" if ok else ":\n" + cc.stderr))
            failures += not ok
            checked += 1
        for i, code in enumerate(blocks(text, "c")):
            src = os.path.join(tmp, "snippet%d.c" % i)
            open(src, "w").write(code)
            cc = subprocess.run([args.cc, "-std=gnu11", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                                 "-Wno-unused-function",
                                 "-I" + os.path.join(args.root, "tests", "kernel", "shim"),
                                 "-I" + os.path.join(args.root, "kernel"), src],
                                capture_output=True, text=True)
            ok = cc.returncode == 0
            print("%s c block %d%s" % ("ok" if ok else "FAIL", i, "" if ok else ":\n" + cc.stderr))
            failures += not ok
            checked += 1
        for block in blocks(text, "console"):
            lines = block.splitlines()
            i = 0
            while i < len(lines):
                if not lines[i].startswith("$ pixfmt"):
                    i += 1
                    continue
                cmd = shlex.split(lines[i][2:])
                j = i + 1
                while j < len(lines) and not lines[j].startswith("$ "):
                    j += 1
                want = lines[i + 1:j]
                p = subprocess.run([args.cli] + cmd[1:], capture_output=True, text=True)
                got = p.stdout.splitlines()
                ok = p.returncode == 0 and got == want
                print("%s %s" % ("ok" if ok else "FAIL", lines[i]))
                if not ok:
                    print("  expected:\n    " + "\n    ".join(want))
                    print("  got (exit %d):\n    %s" % (p.returncode, "\n    ".join(got)))
                failures += not ok
                checked += 1
                i = j
    print("%d snippets checked, %d failed" % (checked, failures))
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
