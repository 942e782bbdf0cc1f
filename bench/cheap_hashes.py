#!/usr/bin/python3
"""Is there a perfect hash of the V4L2 and DRM codes cheaper than a multiply?

find_v4l2() hashes with one multiply and one shift, then loads the slot: the
multiply's latency is most of what separates it from a direct array index
(bench/README.md). This searches hashes whose operations take one cycle each
(shifts, xor, add, sub, and multipliers one or two x86 lea instructions make)
over tables of 2^11 to 2^14 slots, and prints every one that puts each code in
its own slot. Usage: bench/cheap_hashes.py [formats.yaml]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
import model  # noqa: E402

M32 = 0xFFFFFFFF


def families():
    """(name, function of a code giving a 32-bit value); the slot is then a
    window of bits of that value."""
    for m in (3, 5, 9, 15, 25, 27, 45, 81):  # one or two lea
        yield "code * %d" % m, lambda c, m=m: (c * m) & M32
    for k in range(1, 32):
        yield "code ^ code << %d" % k, lambda c, k=k: (c ^ (c << k)) & M32
        yield "code + (code << %d)" % k, lambda c, k=k: (c + (c << k)) & M32
        yield "(code << %d) - code" % k, lambda c, k=k: ((c << k) - c) & M32
    for a in range(32):
        for b in range(a + 1, 32):
            yield "code >> %d ^ code >> %d" % (a, b), lambda c, a=a, b=b: (c >> a) ^ (c >> b)
            yield "(code >> %d) + (code >> %d)" % (a, b), lambda c, a=a, b=b: ((c >> a) + (c >> b)) & M32
            yield "(code >> %d) - (code >> %d)" % (a, b), lambda c, a=a, b=b: ((c >> a) - (c >> b)) & M32


def search(codes, candidates):
    found, tried = [], 0
    for name, f in candidates:
        values = [f(c) for c in codes]
        for bits in (11, 12, 13, 14):
            mask = (1 << bits) - 1
            for shift in range(0, 33 - bits):
                tried += 1
                if len({(v >> shift) & mask for v in values}) == len(codes):
                    found.append("(%s) >> %d & 0x%x" % (name, shift, mask))
    return found, tried


def main():
    db = model.load(sys.argv[1] if len(sys.argv) > 1 else "formats.yaml")
    for space, codes, (bits, mult, *_) in (("V4L2", [c for c, _f, _s in db.v4l2_codes], db.v4l2_hash),
                                               ("DRM", [c for c, _f in db.drm_codes], db.drm_hash)):
        # The control: the same search finds the multiply the table uses.
        own, _ = search(codes, [("code * 0x%08x" % mult, lambda c: (c * mult) & M32)])
        assert "(code * 0x%08x) >> %d & 0x%x" % (mult, 32 - bits, (1 << bits) - 1) in own, own
        found, tried = search(codes, families())
        print("%s: %d codes, %d hashes tried, %d perfect%s" % (
            space, len(codes), tried, len(found), (": " + ", ".join(found[:5])) if found else ""))


if __name__ == "__main__":
    main()
