"""Load and validate formats.yaml into a model the templates render.

The loader is strict: every rejection is a FormatError whose lines read
'FILE:LINE: FIELD: what is wrong'. All problems are reported, not just the first.
"""
import copy
import math
import re
from fractions import Fraction

import yaml

import bits as bitsmod
import media_bus  # the media_bus section (gen/media_bus.py)
import schema
from schema import ENCODING_DESCRIPTIONS, ENUMS, WORD

ENCODINGS = tuple(ENCODING_DESCRIPTIONS)
NO_LAYOUT_ENCODINGS = ("compressed", "opaque")
MAX_PLANES = 4
BIG_ENDIAN = 1 << 31
# The kernels whose format tables formats.yaml records, oldest first. A code's
# `kernel` names the first of them whose table has an entry for it; the
# kernel-compatible answers reproduce the newest.
KERNEL_VERSIONS = ("6.1", "6.12")
KERNEL_REFERENCE = KERNEL_VERSIONS[-1]
# The recorded kernels whose struct v4l2_format_info has bpp_div; the others
# count whole bytes per pixel only.
KERNEL_V4L2_BPP_DIV = ("6.12",)
# Xen camera XenStore format labels (xen/io/cameraif.h, "Assumptions"): a
# fourcc's characters in [0x20, 0x7f), trailing spaces trimmed, "-BE" for the
# big-endian variant, and none of these characters.
XEN_LABEL_FORBIDDEN = '/\\ <>:"|?*'
XEN_LABEL_BIG_ENDIAN = "-BE"

# V4L2 pixel_enc of each encoding (V4L2 counts greyscale as YUV).
V4L2_PIXEL_ENC = {"rgb": "rgb", "hsv": "rgb", "yuv": "yuv", "grey": "yuv", "bayer": "bayer"}



def format_keys():
    """A format's keys (from gen/schema.py), each with whether it is required."""
    keys = {fl.key: fl.required for fl in schema.FIELDS}
    keys.update((key, required) for key, required, _doc in schema.STRUCTURES)
    keys.update((ns, False) for ns in schema.NAME_NAMESPACES)
    return keys


KERNEL_KEYS = {"align": False, "reason": False, "v4l2": False}
# Fields an older kernel's v4l2_format_info entry may record where it differs
# (formats.yaml: kernel.v4l2.<version>), each a list per plane or a number.
KERNEL_V4L2_HISTORY_KEYS = {"bpp": False, "bpp_div": False, "hdiv": False, "vdiv": False,
                            "reason": True}
PLANE_KEYS = {"bytes": True, "block": False, "align": False, "pitch_align": False,
              "bits": False, "word": False, "tile": False}
V4L2_KEYS = {"macro": True, "fourcc": True, "code": True, "mem_planes": True,
             "big_endian": False, "kernel": False}
DRM_KEYS = {"macro": True, "fourcc": True, "code": True, "big_endian": False,
            "kernel": False, "depth": False}
EXCLUDED_KEYS = {"macro": True, "reason": True}
C_IDENTIFIER = r"[A-Za-z_][A-Za-z0-9_]*"
TOP_KEYS = {"formats": True, "excluded": True, "media_bus": False}


class FormatError(Exception):
    pass


# ---------------------------------------------------------------- loading
class Node(dict):
    """A mapping that remembers the line of itself and of each key."""
    line = 0
    key_lines = None


class Seq(list):
    line = 0
    item_lines = None


class _Loader(yaml.SafeLoader):
    """SafeLoader without aliases (an alias bomb expands without bound; the
    file has no use for them) and with a bounded nesting depth (the composer
    recurses)."""
    _depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.events.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in formats.yaml",
                self.peek_event().start_mark)
        if self._depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(
                None, None, "nested deeper than %d levels" % MAX_DEPTH, self.peek_event().start_mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    out = Node()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    dups = []
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain word, not a list or a mapping",
                key_node.start_mark)
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            dups.append((key, key_node.start_mark.line + 1))
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    if dups:
        out.duplicate_keys = dups
    return out


def _construct_sequence(loader, node):
    out = Seq(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


# ---------------------------------------------------------------- model
class Plane:
    """One colour plane. align is what the frame really needs (the documented
    alignment, and whole macropixels); kernel_align is what the kernel's V4L2
    table aligns to (its block_w / block_h)."""

    def __init__(self, bytes_per_block, block, align, hsub, vsub, pitch_align=1):
        self.bytes_per_block = bytes_per_block
        self.pitch_align = pitch_align
        self.block_w, self.block_h = block
        self.align_w, self.align_h = align
        self.kernel_align_w, self.kernel_align_h = align
        self.hsub, self.vsub = hsub, vsub

    @property
    def bytes_per_pixel(self):
        return Fraction(self.bytes_per_block, self.block_w * self.block_h)

    @property
    def shifts(self):
        """log2 of block_w, block_h, hsub, vsub for the shift-and-mask
        layout (0 where not a power of two: that plane divides)."""
        return [v.bit_length() - 1 if self.pow2 else 0
                for v in (self.block_w, self.block_h, self.hsub, self.vsub)]

    @property
    def pow2_masks(self):
        """With pow2, the three roundings of the shift-and-mask layout
        folded into one mask each (0 where not a power of two):
        - width: max(align_w, hsub) - 1 (the image width rounded up to the
          alignment then divided by hsub rounding up is the width rounded up
          to both, divided);
        - lines: max(align_h, vsub * block_h) - 1 (likewise, whole blocks);
        - pitch: block_h * pitch_align - 1 (bytes rounded up to whole block
          lines and the pitch alignment, then divided by block_h)."""
        if not self.pow2:
            return [0, 0, 0]
        masks = [max(self.align_w, self.hsub) - 1, max(self.align_h, self.vsub * self.block_h) - 1,
                 self.block_h * self.pitch_align - 1]
        assert all(m < 1 << 16 for m in masks), masks
        return masks

    @property
    def pow2(self):
        """Every step of the real-need arithmetic a power of two, so the
        C++ layout can use shifts and masks."""
        return all(v & (v - 1) == 0 for v in (self.block_w, self.block_h, self.align_w,
                                               self.align_h, self.pitch_align, self.hsub, self.vsub))


class Code:
    def __init__(self, macro, fourcc, code, big_endian, mem_planes, kernel=None, depth=0):
        self.macro = macro
        self.fourcc = fourcc
        self.code = code
        self.big_endian = big_endian
        self.mem_planes = mem_planes
        self.kernel = kernel  # first recorded kernel whose table has it, or None
        self.depth = depth    # DRM: drm_format_info.depth

    @property
    def kernel_version(self):
        """The kernel version as a number (6.12 -> 0x060c), 0 when absent."""
        if not self.kernel:
            return 0
        major, minor = self.kernel.split(".")
        return int(major) << 8 | int(minor)

    @property
    def kernel_macro(self):
        """The macro as the kernel's drm_format_info table spells it."""
        return self.macro + (" | DRM_FORMAT_BIG_ENDIAN" if self.big_endian else "")

    @property
    def label(self):
        """The fourcc as the Xen camera protocol and the CLI print it."""
        return self.fourcc.rstrip(" ") + ("-BE" if self.big_endian else "")


class Format:
    @property
    def ffmpeg(self):
        return self.names.get("ffmpeg")

    @property
    def gstreamer(self):
        return self.names.get("gstreamer")

    def kernel_v4l2(self, code, kernel=KERNEL_REFERENCE):
        """The v4l2_format_info entry this layout implies for a V4L2 code in
        the given kernel's table (its recorded differences applied)."""
        one = len(self.planes) > 1 or self.encoding == "yuv"
        entry = {
            "format": code.macro,
            "pixel_enc": V4L2_PIXEL_ENC.get(self.encoding, self.encoding),
            "mem_planes": code.mem_planes,
            "comp_planes": len(self.planes),
            "bpp": [bpp for bpp, _div in self.kernel_bpp],
            "bpp_div": [div for _bpp, div in self.kernel_bpp],
            "hdiv": self.hsub if one else 1,
            "vdiv": self.vsub if one else 1,
            "block_w": [p.kernel_align_w for p in self.planes],
            "block_h": [p.kernel_align_h for p in self.planes],
        }
        old = self.kernel_v4l2_history.get(kernel, {})
        entry.update((k, v) for k, v in old.items() if k != "reason")
        return entry

    @property
    def kernel_bpp(self):
        """Per plane the kernel V4L2 table's (bpp, bpp_div): bytes per pixel
        over one divisor for all planes (NV15_4L4: 5/4 and 10/4, not 5/2)."""
        div = math.lcm(*(p.bytes_per_pixel.denominator for p in self.planes)) if self.planes else 1
        return [(int(p.bytes_per_pixel * div), div) for p in self.planes]

    def in_kernel(self, code, kernel=KERNEL_REFERENCE):
        """Whether the given kernel's table has an entry for this code."""
        return code.kernel is not None and kernel_key(code.kernel) <= kernel_key(kernel)

    @property
    def kernel_drm(self):
        """The drm_format_info entry this layout implies for its DRM code.
        A layout only usable with a compression modifier has one plane there,
        with no bytes per block."""
        planes = self.planes or []
        return {
            "format": self.drm.kernel_macro,
            "depth": self.drm.depth,
            "num_planes": len(planes) if planes else 1,
            "char_per_block": [p.bytes_per_block for p in planes] or [0],
            "block_w": [p.block_w for p in planes] or [1],
            "block_h": [p.block_h for p in planes] or [1],
            "hsub": self.hsub,
            "vsub": self.vsub,
            "has_alpha": self.has_alpha,
            "is_yuv": self.encoding == "yuv",
            "is_color_indexed": self.encoding == "indexed",
        }

    @property
    def kernel_differences(self):
        """Why the kernel's helpers size this layout other than its real need:
        the recorded reason, and what follows from the kernel's arithmetic."""
        if self.compressed:
            return ""
        out = [self.kernel_reason] if self.kernel_reason else []
        v4l2 = any(c.kernel for c in self.v4l2)
        drm = self.drm is not None and self.drm.kernel is not None
        if (v4l2 or drm) and len(self.planes) == 1 and self.hsub > 1:
            out.append("the kernel's tables count %s bytes per pixel, so a line of a width "
                       "that is not a multiple of %d ends inside a macropixel"
                       % (self.planes[0].bytes_per_pixel, self.hsub))
        if any(p.block_w > 1 for p in self.planes):
            if v4l2:
                out.append("v4l2_fill_pixfmt() rounds a partial pixel group down "
                           "(bytesperline = width * bpp / bpp_div)")
            if drm:
                out.append("drm_format_info_min_pitch() rounds bytes up, not to whole blocks")
        return "; ".join(out)


def kernel_key(version):
    """A kernel version as a sortable tuple ("6.12" -> (6, 12))."""
    return tuple(int(x) for x in version.split("."))


def spellings(formats):
    """Each spelling that names a format: its name, the macro (with and
    without V4L2_PIX_FMT_ / DRM_FORMAT_) and the fourcc label of each of its
    codes. A big-endian DRM code shares its macro with the little-endian one,
    so only its label (XR15-BE) names it."""
    out = {}
    for f in formats:
        keys = {f.name}
        codes = [(c, False) for c in f.v4l2] + ([(f.drm, True)] if f.drm else [])
        for c, drm in codes:
            keys.add(c.label)
            if drm and c.big_endian:
                continue
            keys.add(c.macro)
            keys.add(c.macro.split("_FORMAT_" if drm else "_PIX_FMT_", 1)[1])
        for key in keys:
            out.setdefault(key, []).append(f)
    return out


class Database:
    def __init__(self, path, formats, excluded, media_bus_codes=()):
        self.path = path
        self.formats = formats
        self.excluded = excluded
        self.media_bus = list(media_bus_codes)  # media_bus.MediaBus, sorted by code
        self.v4l2_codes = sorted((c.code, f.index, i) for f in formats
                                 for i, c in enumerate(f.v4l2))
        self.drm_codes = sorted((f.drm.code, f.index) for f in formats if f.drm)
        self.names = sorted((f.name, f.index) for f in formats)
        self.v4l2_hash = perfect_hash([c for c, _f, _s in self.v4l2_codes])
        self.drm_hash = perfect_hash([c for c, _f in self.drm_codes])
        self.kernel_v4l2_hash = KernelHash(self.v4l2_codes)
        self.kernel_drm_hash = KernelHash([(c, f, 0) for c, f in self.drm_codes])

    def spellings(self):
        """Each spelling that names one of the formats (see spellings())."""
        return spellings(self.formats)

    def subset(self, names):
        """A Database of the formats the names name (see spellings), in
        formats.yaml order and indexed from 0. A name that names nothing or
        more than one format is a FormatError listing every such name."""
        spellings = self.spellings()
        chosen, unknown, ambiguous = set(), [], []
        for name in names:
            found = spellings.get(name, [])
            if not found:
                unknown.append(name)
            elif len(found) > 1:
                ambiguous.append("%s names %s" % (name, " and ".join(
                    "%s (%s)" % (f.name, ", ".join(c.macro for c in f.v4l2 + [f.drm] if c))
                    for f in found)))
            else:
                chosen.add(found[0].index)
        errors = []
        if unknown:
            errors.append("unknown format name(s): %s (give format names, V4L2_PIX_FMT_* or "
                          "DRM_FORMAT_* macros with or without the prefix, or fourcc labels "
                          "such as NM12 or XR15-BE)" % ", ".join(unknown))
        if ambiguous:
            errors.append("ambiguous name(s), give a macro instead: %s" % "; ".join(ambiguous))
        if not names:
            errors.append("no format names given")
        if errors:
            raise FormatError("\n".join(errors))
        formats = []
        for f in self.formats:
            if f.index in chosen:
                g = copy.copy(f)
                g.index = len(formats)
                formats.append(g)
        return Database(self.path, formats, self.excluded,
                        media_bus.subset(self.media_bus, formats))

    @property
    def renamed_pairs(self):
        """Formats whose V4L2 and DRM codes name one layout with different characters."""
        return [f for f in self.formats if f.drm and f.v4l2 and
                any(c.fourcc != f.drm.fourcc for c in f.v4l2)]

    @property
    def collisions(self):
        """(V4L2 format, DRM format, code): one code, two different layouts."""
        drm = {f.drm.code: f for f in self.formats if f.drm}
        out = []
        for f in self.formats:
            for c in f.v4l2:
                other = drm.get(c.code)
                if other is not None and other is not f:
                    out.append((f, other, c))
        return out

    @property
    def v4l2_count(self):
        return sum(1 for f in self.formats if f.v4l2)

    @property
    def drm_count(self):
        return sum(1 for f in self.formats if f.drm)

    @property
    def sample_table(self):
        """Every plane's bits in one list, and where each plane's start:
        (samples, {(format index, plane): first})."""
        samples, first = [], {}
        for f in self.formats:
            for i, p in enumerate(f.planes):
                first[(f.index, i)] = len(samples)
                samples.extend(p.samples)
        return samples, first

    @property
    def other_names(self):
        """(namespace, name, format index) sorted by namespace and name, for
        the C++ lookups (a name may belong to several formats)."""
        order = list(schema.NAME_NAMESPACES)
        return sorted(((ns, name, f.index) for f in self.formats for ns, name in f.names.items()),
                      key=lambda e: (order.index(e[0]), e[1], e[2]))

    @property
    def both_count(self):
        return sum(1 for f in self.formats if f.drm and f.v4l2)


def perfect_hash(codes, max_bits=13, tries=100000):
    """A multiplicative perfect hash: slot = (code * mult mod 2^32) >> (32 - bits).

    Returns (bits, mult, slots, fillers) where slots[slot] is the index of the
    code in codes or None, and fillers[slot] a code that does not hash there. Searches multipliers in a fixed sequence: deterministic.
    """
    # Start where the expected number of tries is small: a random multiplier
    # is collision-free with probability about exp(-n^2 / 2^(bits+1)).
    start = max(4, (len(codes) * len(codes) // 10).bit_length() - 1)
    for bits in range(start, max_bits + 1):
        x = 1
        for _ in range(tries):
            x = (x * 1103515245 + 12345) & 0xffffffff
            mult = x | 1
            slots = [None] * (1 << bits)
            for i, code in enumerate(codes):
                h = ((code * mult) & 0xffffffff) >> (32 - bits)
                if slots[h] is not None:
                    break
                slots[h] = i
            else:
                return bits, mult, slots, _fillers(bits, mult)
    raise ValueError("no perfect hash for %d codes" % len(codes))


def slot_entries(hash_, codes):
    """Every slot of a perfect hash as (code, format index or None, slot):
    the code that hashes there, else a filler that never matches."""
    _bits, _mult, slots, fillers = hash_
    out = []
    for i, s in enumerate(slots):
        if s is None:
            out.append((fillers[i], None, 0))
        else:
            c = codes[s]
            out.append((c[0], c[1], c[2] if len(c) > 2 else 0))
    return out


def mix32(x):
    """A 32-bit mixer (Wellons' lowbias32): every input bit reaches every
    output bit, so fourcc codes that share bytes spread out. pixfmt.c has the
    same function."""
    x ^= x >> 16
    x = (x * 0x7feb352d) & 0xffffffff
    x ^= x >> 15
    x = (x * 0x846ca68b) & 0xffffffff
    x ^= x >> 16
    return x


def scale32(h, n):
    """h scaled to [0, n) with a multiply instead of a division."""
    return (h * n) >> 32


class KernelHash:
    """The kernel table's minimal perfect hash (hash and displace) over
    entries (code, format, slot): h = mix32(code), bucket = scale32(h,
    buckets), position = scale32(mix32(h ^ seeds[bucket]), n). entries are
    stored at their positions, so the index is n entries long and a lookup
    is two mixes, two loads and one compare. The seeds are searched
    largest bucket first, about two codes per one-byte seed; more buckets
    are tried when a bucket finds no seed. Deterministic."""

    def __init__(self, entries):
        n = len(entries)
        self.buckets = max(1, (n + 1) // 2)
        while True:
            placed = self._place(entries, self.buckets)
            if placed is not None:
                self.seeds, self.entries = placed
                return
            self.buckets += 1

    @staticmethod
    def _place(entries, count):
        n = len(entries)
        groups = [[] for _ in range(count)]
        for e in entries:
            h = mix32(e[0])
            groups[scale32(h, count)].append((h, e))
        seeds, out = [0] * count, [None] * n
        for b in sorted(range(count), key=lambda b: (-len(groups[b]), b)):
            if not groups[b]:
                continue
            for seed in range(256):
                pos = [scale32(mix32(h ^ seed), n) for h, _e in groups[b]]
                if len(set(pos)) == len(pos) and all(out[p] is None for p in pos):
                    for p, (_h, e) in zip(pos, groups[b]):
                        out[p] = e
                    seeds[b] = seed
                    break
            else:
                return None
        return seeds, out

    def find(self, code):
        """The entry of code, or None: the lookup pixfmt.c does."""
        if not self.entries:
            return None
        h = mix32(code)
        e = self.entries[scale32(mix32(h ^ self.seeds[scale32(h, self.buckets)]),
                                 len(self.entries))]
        return e if e[0] == code else None


def _fillers(bits, mult):
    """For each slot, a code that does not hash to it: stored in empty slots,
    it can never equal a code looked up there, so one compare decides."""
    def slot(code):
        return ((code * mult) & 0xffffffff) >> (32 - bits)
    out = []
    for h in range(1 << bits):
        code = 0
        while slot(code) == h:
            code += 1
        out.append(code)
    return out


def fourcc_code(chars, big_endian):
    code = 0
    for i, ch in enumerate(chars):
        code |= ord(ch) << (8 * i)
    return code | (BIG_ENDIAN if big_endian else 0)


def c_string(text):
    """A C and C++ string literal of text: quotes, backslashes and any
    control character escaped (the validator refuses control characters;
    this keeps the output compiling whatever reaches it)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append("\\%03o" % ord(ch))
        else:
            out.append(ch)
    return '"%s"' % "".join(out)


# ---------------------------------------------------------------- validation
class _Checker:
    def __init__(self, path):
        self.path = path
        self.errors = []

    def err(self, line, field, message):
        self.errors.append(_cut("%s:%d: %s: %s" % (self.path, line, field, message)))

    def line_of(self, node, key=None, default=0):
        if isinstance(node, Node) and key is not None and key in node.key_lines:
            return node.key_lines[key]
        return getattr(node, "line", default) or default

    def mapping(self, node, keys, field, line):
        """Check a mapping's type, unknown keys, missing keys. Return bool ok."""
        if not isinstance(node, dict):
            self.err(line, field, "must be a mapping, got %s" % _kind(node))
            return False
        for key, line_no in getattr(node, "duplicate_keys", []):
            self.err(line_no, "%s.%s" % (field, key), "key given twice")
        ok = True
        for key in node:
            if key not in keys:
                self.err(self.line_of(node, key), "%s.%s" % (field, key),
                         "unknown key (known: %s)" % ", ".join(sorted(keys)))
                ok = False
        for key, required in keys.items():
            if required and key not in node:
                self.err(self.line_of(node), "%s.%s" % (field, key), "missing required key")
                ok = False
        return ok

    def positive(self, node, key, field, default=None, maximum=255):
        if key not in node:
            return default
        value = node[key]
        line = self.line_of(node, key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(line, field, "must be a positive integer, got %r" % (value,))
            return default
        if value <= 0:
            self.err(line, field, "must be a positive integer, got %d (zero or negative size)" % value)
            return default
        if value > maximum:
            self.err(line, field, "must be at most %d, got %d" % (maximum, value))
            return default
        return value

    def pair(self, node, key, field, default=(1, 1), maximum=255):
        if key not in node:
            return default
        value = node[key]
        line = self.line_of(node, key)
        if not isinstance(value, list) or len(value) != 2:
            self.err(line, field, "must be a list of two positive integers [w, h]")
            return default
        for i, v in enumerate(value):
            if isinstance(v, bool) or not isinstance(v, int):
                self.err(line, "%s[%d]" % (field, i), "must be a positive integer, got %r" % (v,))
                return default
            if v <= 0:
                self.err(line, "%s[%d]" % (field, i),
                         "must be a positive integer, got %d (zero or negative size)" % v)
                return default
            if v > maximum:
                self.err(line, "%s[%d]" % (field, i), "must be at most %d, got %d" % (maximum, v))
                return default
        return tuple(value)

    def boolean(self, node, key, field, default=False):
        if key not in node:
            return default
        if not isinstance(node[key], bool):
            self.err(self.line_of(node, key), field, "must be true or false, got %r" % (node[key],))
            return default
        return node[key]

    def string(self, node, key, field, pattern=None, what=None):
        """A non-empty one-line string; with pattern, one that fully
        matches it (what says in words what it must be)."""
        value = node.get(key)
        if not isinstance(value, str) or not value:
            self.err(self.line_of(node, key), field, "must be a non-empty string, got %r" % (value,))
            return None
        if any(ord(c) < 0x20 or ord(c) == 0x7f for c in value):
            self.err(self.line_of(node, key), field, "must be one line without control characters")
            return None
        if pattern is not None and not re.fullmatch(pattern, value):
            self.err(self.line_of(node, key), field, "must be %s, got %r" % (what, value))
            return None
        return value


def _check_kernel_history(ck, f, history, line, field):
    """kernel.v4l2: {version: {field: value, reason}} -- an older kernel's
    v4l2_format_info entry where it differs from what the layout implies."""
    if not isinstance(history, dict):
        ck.err(line, field, "must map a kernel version to its entry's differing fields")
        return
    for version, entry in history.items():
        vfield = "%s.%s" % (field, version)
        vline = ck.line_of(history, version, line)
        if version not in KERNEL_VERSIONS[:-1]:
            ck.err(vline, vfield, "must be an older recorded kernel (%s), got %r"
                   % (", ".join(KERNEL_VERSIONS[:-1]), version))
            continue
        if not ck.mapping(entry, KERNEL_V4L2_HISTORY_KEYS, vfield, vline):
            continue
        if not any(c.kernel and kernel_key(c.kernel) <= kernel_key(version) for c in f.v4l2):
            ck.err(vline, vfield, "no V4L2 code of this format is in Linux %s's table" % version)
        ck.string(entry, "reason", vfield + ".reason")
        planes = len(f.planes)
        out = {"reason": entry.get("reason")}
        for key in ("bpp", "bpp_div"):
            if key not in entry:
                continue
            v = entry[key]
            if (not isinstance(v, list) or len(v) != planes
                    or not all(isinstance(x, int) and not isinstance(x, bool) and 0 < x < 256
                               for x in v)):
                ck.err(ck.line_of(entry, key), "%s.%s" % (vfield, key),
                       "must list one byte count (1..255) per colour plane (%d)" % planes)
                continue
            out[key] = list(v)
        for key in ("hdiv", "vdiv"):
            if key in entry:
                v = ck.positive(entry, key, "%s.%s" % (vfield, key), maximum=4)
                if v is not None:
                    out[key] = v
        if len(out) == 1:
            ck.err(vline, vfield, "records no field that differs")
        f.kernel_v4l2_history[version] = out


def _check_code(ck, node, field, prefix, keys, namespace):
    if not ck.mapping(node, keys, field, ck.line_of(node)):
        return None
    macro = ck.string(node, "macro", field + ".macro", C_IDENTIFIER, "a C identifier")
    if macro and not macro.startswith(prefix):
        ck.err(ck.line_of(node, "macro"), field + ".macro",
               "a %s macro must start with %s, got %s" % (namespace, prefix, macro))
    chars = node.get("fourcc")
    line = ck.line_of(node, "fourcc")
    if not isinstance(chars, str) or len(chars) != 4 or \
            any(not (0x20 <= ord(c) < 0x7f) or c in '"\\' for c in chars) or \
            "*/" in chars or "/*" in chars:
        ck.err(line, field + ".fourcc", "must be four printable ASCII characters, no quote, "
               "backslash or comment mark (they end up in C strings and comments), got %r" % (chars,))
        chars = None
    big_endian = ck.boolean(node, "big_endian", field + ".big_endian")
    code = node.get("code")
    cline = ck.line_of(node, "code")
    if isinstance(code, bool) or not isinstance(code, int) or not 0 <= code <= 0xffffffff:
        ck.err(cline, field + ".code", "must be a 32-bit unsigned number, got %r" % (code,))
        code = None
    elif chars is not None and fourcc_code(chars, big_endian) != code:
        ck.err(cline, field + ".code",
               "0x%08x does not match fourcc %r%s (that is 0x%08x)"
               % (code, chars, " with big_endian" if big_endian else "",
                  fourcc_code(chars, big_endian)))
    mem = None
    if "mem_planes" in keys:
        mem = ck.positive(node, "mem_planes", field + ".mem_planes", maximum=MAX_PLANES)
    kernel = node.get("kernel")
    if kernel is not None and kernel not in KERNEL_VERSIONS:
        ck.err(ck.line_of(node, "kernel"), field + ".kernel",
               "must be the first kernel whose table has the code, one of %s, got %r"
               % (", ".join(KERNEL_VERSIONS), kernel))
        kernel = None
    depth = 0
    if "depth" in keys:
        depth = ck.positive(node, "depth", field + ".depth", default=0, maximum=64)
        if "depth" in node and kernel is None:
            ck.err(ck.line_of(node, "depth"), field + ".depth",
                   "depth is the kernel's drm_format_info.depth: the code needs a kernel entry")
    if macro is None or chars is None or code is None or ("mem_planes" in keys and mem is None):
        return None
    return Code(macro, chars, code, big_endian, mem, kernel, depth)


# The components each encoding's fields may hold (gen/bits.py), besides padding.
ENCODING_COMPONENTS = {
    "rgb": ("R", "G", "B", "A"), "yuv": ("Y", "Cb", "Cr", "A"), "grey": ("Y", "D"),
    "bayer": ("P",), "indexed": ("C",), "hsv": ("H", "S", "V"),
    # depth samples, and an infrared image as luma beside them (INZI)
    "depth": ("Z", "Y"),
}


def _check_bits(ck, f, node, plane, index, field):
    """A plane's `bits` (which bits are which component, gen/bits.py) and
    `word` (a big-endian layout's word size in bits)."""
    plane.bits, plane.samples, plane.group_pixels, plane.word = "", [], 0, 0
    if "bits" not in node:
        if "word" in node:
            ck.err(ck.line_of(node, "word"), field + ".word", "a word size needs bits")
        return
    line = ck.line_of(node, "bits")
    text = ck.string(node, "bits", field + ".bits")
    if text is None:
        return
    try:
        samples = bitsmod.parse(text)
    except bitsmod.BitsError as err:
        ck.err(line, field + ".bits", str(err))
        return
    per_block = plane.block_w * plane.block_h
    problems, pixels = bitsmod.check(samples, Fraction(plane.bytes_per_block * 8, per_block),
                                     per_block)
    if bitsmod.depth(samples) > 32:
        problems.append("a sample of %d bits: the readers hold at most 32" % bitsmod.depth(samples))
    allowed = ENCODING_COMPONENTS.get(f.encoding, ())
    for s in samples:
        if s.component in bitsmod.PADDING:
            continue
        if s.component not in allowed:
            problems.append("%s is not a component of encoding %s (%s)"
                            % (s.component, f.encoding, ", ".join(allowed)))
            break
        # Cb and Cr inside a one-plane subsampled layout count chroma samples
        count = pixels // f.hsub if s.component in ("Cb", "Cr") and index == 0 else pixels
        if pixels and s.index >= count:
            problems.append("%s%d: the group holds %d of them" % (s.component, s.index, count))
    for problem in problems:
        ck.err(line, field + ".bits", problem)
    group = sum(s.width for s in samples)
    word = ck.positive(node, "word", field + ".word", default=group, maximum=64)
    if word is not None and (word % 8 or group % word):
        ck.err(ck.line_of(node, "word"), field + ".word",
               "must be whole bytes that divide the group's %d bits, got %d" % (group, word))
    if problems:
        return
    plane.bits, plane.samples, plane.group_pixels = text, samples, pixels
    plane.word = word if f.big_endian else 0


def _read_field(ck, node, fl, label, f):
    """The value(s) of one schema.Field, one per member: the default when the
    key is absent or wrong (the error is recorded)."""
    field = "%s.%s" % (label, fl.key)
    default = fl.default
    if fl.key == "compressed":
        default = f.encoding in NO_LAYOUT_ENCODINGS  # implied by the encoding
    if fl.kind == "pair":
        value = ck.pair(node, fl.key, field, default=default, maximum=fl.maximum or 255)
        for i, v in enumerate(value):
            if fl.choices and v not in fl.choices:
                ck.err(ck.line_of(node, fl.key), "%s[%d]" % (field, i),
                       "must be one of %s, got %d" % (", ".join(map(str, fl.choices)), v))
                return default
        return value
    if fl.kind == "flag":
        return (ck.boolean(node, fl.key, field, default=bool(default)),)
    if fl.kind == "number":
        return (ck.positive(node, fl.key, field, default=default, maximum=fl.maximum),)
    if fl.kind == "choice":
        names = tuple(ENUMS[fl.enum])
        if fl.key not in node and default is not None:
            return (default,)
        value = node.get(fl.key)
        if value not in names:
            ck.err(ck.line_of(node, fl.key, f.line), field,
                   "must be one of %s, got %r" % (", ".join(names), value))
            return (None,)
        return (value,)
    if fl.key not in node:
        return (default,)
    if fl.kind == "word":
        return (ck.string(node, fl.key, field, WORD, "letters, digits and underscores"),)
    return (ck.string(node, fl.key, field) or default,)  # text


def _check_format(ck, node, index, field):
    line = ck.line_of(node)
    if not ck.mapping(node, format_keys(), field, line):
        if not isinstance(node, dict) or "name" not in node:
            return None
    f = Format()
    f.index = index
    f.line = line
    f.name = None
    label = field
    for fl in schema.FIELDS:
        values = _read_field(ck, node, fl, label, f)
        for member, value in zip(fl.members, values):
            setattr(f, member, value)
        if fl.key == "name" and f.name:
            label = "%s(%s)" % (field, f.name)
    enc = f.encoding
    if enc in NO_LAYOUT_ENCODINGS and not f.compressed:
        ck.err(ck.line_of(node, "compressed"), label + ".compressed",
               "encoding %s has no per-pixel layout; compressed cannot be false" % enc)
    if (f.encoding == "bayer") != (f.cfa != "none"):
        ck.err(ck.line_of(node, "cfa", line), label + ".cfa",
               "a bayer format names its colour-filter array (RGGB, ...), another has none"
               if f.encoding == "bayer" or f.cfa == "none" else
               "only a bayer format has a colour-filter array")
    if not f.compressed and "component_bits" not in node:
        ck.err(line, label + ".component_bits",
               "missing required key (formats with a layout need component_bits)")
    # the same layout's name in other ecosystems (schema.NAME_NAMESPACES)
    f.names = {}
    for ns, row in schema.NAME_NAMESPACES.items():
        if ns in node:
            name = ck.string(node, ns, "%s.%s" % (label, ns), WORD, row["what"])
            if name:
                f.names[ns] = name

    # colour planes
    f.planes = []
    planes = node.get("planes", [])
    pline = ck.line_of(node, "planes", line)
    if not isinstance(planes, list):
        ck.err(pline, label + ".planes", "must be a list")
        planes = []
    if len(planes) > MAX_PLANES:
        ck.err(pline, label + ".planes", "at most %d planes, got %d" % (MAX_PLANES, len(planes)))
    if f.compressed and planes:
        ck.err(pline, label + ".planes",
               "a compressed format has no per-pixel layout; planes must be empty")
    if not f.compressed and not planes:
        ck.err(pline, label + ".planes",
               "an uncompressed format needs at least one plane (or compressed: true)")
    for i, p in enumerate(planes):
        pfield = "%s.planes[%d]" % (label, i)
        if not ck.mapping(p, PLANE_KEYS, pfield, planes.item_lines[i]):
            continue
        bpb = ck.positive(p, "bytes", pfield + ".bytes")
        block = ck.pair(p, "block", pfield + ".block")
        align = ck.pair(p, "align", pfield + ".align", maximum=4096)
        pitch_align = ck.positive(p, "pitch_align", pfield + ".pitch_align", default=1)
        hsub, vsub = (1, 1) if i == 0 else (f.hsub, f.vsub)
        if bpb is not None:
            plane = Plane(bpb, block, align, hsub, vsub, pitch_align)
            _check_bits(ck, f, p, plane, i, pfield)
            # a tiled plane's tile: w bytes by h lines, tiles one after another
            plane.tile_w, plane.tile_h = ck.pair(p, "tile", pfield + ".tile", default=(0, 0))
            lines = align[1] // vsub if align[1] % vsub == 0 else 0
            if plane.tile_h and lines % plane.tile_h:
                ck.err(ck.line_of(p, "tile"), pfield + ".tile",
                       "%d-line tiles, but the plane's height is aligned to %d lines (align %s)"
                       % (plane.tile_h, lines, list(align)))
            f.planes.append(plane)

    # the planes' bits, all given, agree with component_bits and alpha
    if f.planes and all(p.samples for p in f.planes):
        widest = max(bitsmod.depth(p.samples) for p in f.planes)
        if f.component_bits and widest != f.component_bits:
            ck.err(pline, label + ".planes",
                   "the widest sample in bits has %d bits but component_bits is %d"
                   % (widest, f.component_bits))
        has_alpha = any(s.component == "A" for p in f.planes for s in p.samples)
        if has_alpha != f.has_alpha:
            ck.err(pline, label + ".planes", "alpha is %s but the planes' bits %s"
                   % (str(f.has_alpha).lower(), "hold an A" if has_alpha else "hold no A"))

    if f.tile_order != "linear" and not all(getattr(p, "tile_w", 0) for p in f.planes):
        ck.err(ck.line_of(node, "tile_order", line), label + ".tile_order",
               "tiles in %s order need every plane's tile: [bytes, lines]" % f.tile_order)

    # what the kernel's tables say where they differ from the frame's need
    f.kernel_reason = ""
    f.kernel_v4l2_history = {}
    kernel = node.get("kernel")
    kline = ck.line_of(node, "kernel", line)
    if kernel is not None and ck.mapping(kernel, KERNEL_KEYS, label + ".kernel", kline):
        aligns = kernel.get("align")
        if aligns is not None:
            f.kernel_reason = ck.string(kernel, "reason", label + ".kernel.reason") or ""
            if not isinstance(aligns, list) or len(aligns) != len(f.planes):
                ck.err(ck.line_of(kernel, "align"), label + ".kernel.align",
                       "must list one [w, h] per colour plane (%d)" % len(f.planes))
            else:
                for i, (p, a) in enumerate(zip(f.planes, aligns)):
                    holder = Node({"align": a})
                    holder.key_lines = {"align": ck.line_of(kernel, "align")}
                    w, h = ck.pair(holder, "align", "%s.kernel.align[%d]" % (label, i))
                    if (w & (w - 1)) or (h & (h - 1)):
                        ck.err(ck.line_of(kernel, "align"), "%s.kernel.align[%d]" % (label, i),
                               "the kernel aligns with ALIGN(): powers of two only, got %dx%d"
                               % (w, h))
                    p.kernel_align_w, p.kernel_align_h = w, h
                if all((p.kernel_align_w, p.kernel_align_h) == (p.align_w, p.align_h)
                       for p in f.planes):
                    ck.err(ck.line_of(kernel, "align"), label + ".kernel.align",
                           "equals the planes' own align: drop it")
        elif "reason" in kernel:
            ck.err(ck.line_of(kernel, "reason"), label + ".kernel.reason",
                   "explains kernel.align, which is not given")
    if any((p.align_w, p.align_h, p.pitch_align) != (1, 1, 1) for p in f.planes) and not f.source:
        ck.err(pline, label + ".source",
               "an aligned layout must name its source (documentation file and section)")

    # plane counts and subsampling must agree
    if (f.hsub, f.vsub) != (1, 1):
        sline = ck.line_of(node, "subsampling")
        if enc not in ("yuv",) and not f.compressed:
            ck.err(sline, label + ".subsampling",
                   "chroma subsampling %dx%d contradicts encoding %s (only yuv has chroma)"
                   % (f.hsub, f.vsub, enc))
        elif len(f.planes) == 1 and f.vsub > f.planes[0].block_h:
            ck.err(sline, label + ".subsampling",
                   "vertical subsampling %d contradicts 1 plane with %d-line blocks "
                   "(needs a chroma plane or a block %d lines tall)"
                   % (f.vsub, f.planes[0].block_h, f.vsub))
    if len(f.planes) > 1 and enc not in ("yuv", "rgb", "depth"):
        ck.err(pline, label + ".planes",
               "%d planes contradict encoding %s, which has one plane" % (len(f.planes), enc))

    # codes
    f.v4l2 = []
    v4l2 = node.get("v4l2", [])
    if not isinstance(v4l2, list):
        ck.err(ck.line_of(node, "v4l2"), label + ".v4l2", "must be a list")
        v4l2 = []
    for i, c in enumerate(v4l2):
        cfield = "%s.v4l2[%d]" % (label, i)
        code = _check_code(ck, c, cfield, "V4L2_PIX_FMT_", V4L2_KEYS, "V4L2")
        if code is None:
            continue
        cline = ck.line_of(c, "mem_planes")
        colour = len(f.planes) if not f.compressed else 1
        if code.mem_planes > colour:
            ck.err(cline, cfield + ".mem_planes",
                   "%d memory planes > %d colour planes" % (code.mem_planes, colour))
        elif code.mem_planes not in (1, colour):
            ck.err(cline, cfield + ".mem_planes",
                   "%d memory planes contradict %d colour planes (a V4L2 code keeps all "
                   "planes in one buffer or each plane in its own)" % (code.mem_planes, colour))
        f.v4l2.append(code)
    for mem in set(c.mem_planes for c in f.v4l2):
        same = [c for c in f.v4l2 if c.mem_planes == mem]
        if len(same) > 1:
            ck.err(ck.line_of(node, "v4l2"), label + ".v4l2",
                   "%s and %s both have %d memory plane(s): one entry holds one code per "
                   "memory-plane variant" % (same[0].macro, same[1].macro, mem))
    if isinstance(kernel, dict) and kernel.get("v4l2") is not None:
        _check_kernel_history(ck, f, kernel["v4l2"], ck.line_of(kernel, "v4l2"),
                              label + ".kernel.v4l2")
    for i, c in enumerate(f.v4l2):
        for version in KERNEL_VERSIONS:
            if (version not in KERNEL_V4L2_BPP_DIV and f.in_kernel(c, version)
                    and any(d != 1 for d in f.kernel_v4l2(c, version)["bpp_div"])):
                ck.err(ck.line_of(node, "v4l2"), "%s.v4l2[%d].kernel" % (label, i),
                       "Linux %s's v4l2_format_info counts whole bytes per pixel, but %s "
                       "has a fraction: its first kernel must be newer" % (version, c.macro))
    f.drm = None
    if "drm" in node:
        f.drm = _check_code(ck, node["drm"], label + ".drm", "DRM_FORMAT_", DRM_KEYS, "DRM")
    if "v4l2" not in node and "drm" not in node:
        ck.err(line, label, "names no code: give v4l2, drm or both")

    # a code flagged big-endian needs a big-endian layout (V4L2 also has
    # older big-endian codes without the flag, such as RGB565X)
    for i, c in enumerate(f.v4l2):
        if c.big_endian and not f.big_endian:
            ck.err(ck.line_of(node, "v4l2"), "%s.v4l2[%d]" % (label, i),
                   "%s is flagged big-endian but the layout is little-endian "
                   "(set big_endian: true on the format)" % c.macro)

    # a V4L2 <-> DRM pair must be one memory layout
    if f.drm is not None:
        dline = ck.line_of(node, "drm")
        if f.drm.big_endian != f.big_endian:
            ck.err(dline, label + ".drm",
                   "layouts differ: %s is %s-endian but the layout%s is %s-endian"
                   % (f.drm.macro, "big" if f.drm.big_endian else "little",
                      " of " + ", ".join(c.macro for c in f.v4l2) if f.v4l2 else "",
                      "big" if f.big_endian else "little"))
        if f.tile_w:
            ck.err(dline, label + ".drm",
                   "layouts differ: a DRM code is linear (tiling is a modifier) but this "
                   "layout is tiled %dx%d" % (f.tile_w, f.tile_h))
        if any((p.align_w, p.align_h, p.pitch_align) != (1, 1, 1) for p in f.planes):
            ck.err(dline, label + ".drm",
                   "layouts differ: a DRM code has no dimension alignment but a plane has align")

    # A one-plane layout with horizontal chroma subsampling stores whole
    # macropixels (YUYV: Y0 Cb Y1 Cr): a line of odd width still takes the
    # last pixel's Cr. The kernel's tables count bytes per pixel instead.
    if len(f.planes) == 1 and f.hsub > 1:
        p = f.planes[0]
        p.align_w = p.align_w * f.hsub // math.gcd(p.align_w, f.hsub)
    return f


MAX_DEPTH = 32  # formats.yaml nests five levels; deeper is a mistake or an attack
MAX_MESSAGE = 240  # characters of one error message: values are cut, not expanded


def load(path):
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as err:
        raise FormatError("%s: cannot read: %s" % (path, err.strerror))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise FormatError("%s:%d: not UTF-8: byte 0x%02x cannot start or continue a character"
                          % (path, line, data[err.start]))
    for i, ch in enumerate(text):
        if (ord(ch) < 0x20 and ch not in "\t\n\r") or ord(ch) == 0x7f or 0x80 <= ord(ch) < 0xa0:
            raise FormatError("%s:%d: control character U+%04X: formats.yaml is plain text"
                              % (path, text.count("\n", 0, i) + 1, ord(ch)))
    try:
        doc = yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 0
        raise FormatError(_cut("%s:%d: YAML: %s" % (path, line, err.problem or err)))
    except yaml.YAMLError as err:
        raise FormatError(_cut("%s:0: YAML: %s" % (path, err)))
    return validate(doc, path)


def _kind(value):
    """What a YAML value is, in words."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "a mapping" if isinstance(value, dict) else type(value).__name__


def _cut(message):
    """An error message of bounded length: a huge value is never printed whole."""
    return message if len(message) <= MAX_MESSAGE else message[:MAX_MESSAGE - 3] + "..."


def validate(doc, path):
    ck = _Checker(path)
    if not ck.mapping(doc, TOP_KEYS, "(top)", 1):
        raise FormatError("\n".join(ck.errors))
    entries = doc["formats"]
    if not isinstance(entries, list):
        ck.err(ck.line_of(doc, "formats"), "formats", "must be a list")
        raise FormatError("\n".join(ck.errors))
    formats = []
    for i, node in enumerate(entries):
        if not isinstance(node, dict):
            ck.err(getattr(entries, "item_lines", [0] * len(entries))[i], "formats[%d]" % i,
                   "must be a mapping (a format), got %s" % _kind(node))
            continue
        f = _check_format(ck, node, len(formats), "formats[%d]" % i)
        if f is not None:
            formats.append(f)

    seen_names, seen_macros = {}, {}
    seen_codes = {"V4L2": {}, "DRM": {}}
    for f in formats:
        if f.name in seen_names:
            ck.err(f.line, "formats(%s).name" % f.name,
                   "duplicate name (first at line %d)" % seen_names[f.name])
        seen_names.setdefault(f.name, f.line)
        for ns, codes in (("V4L2", f.v4l2), ("DRM", [f.drm] if f.drm else [])):
            for c in codes:
                key = (c.macro, c.big_endian)
                if key in seen_macros:
                    ck.err(f.line, "formats(%s).%s" % (f.name, ns.lower()),
                           "duplicate macro %s (first in %s)" % (c.macro, seen_macros[key]))
                seen_macros.setdefault(key, f.name)
                other = seen_codes[ns].get(c.code)
                if other is not None:
                    ck.err(f.line, "formats(%s).%s" % (f.name, ns.lower()),
                           "duplicate %s code 0x%08x ('%s'), already used by %s"
                           % (ns, c.code, c.label, other))
                seen_codes[ns].setdefault(c.code, f.name)

    excluded = []
    ex = doc["excluded"]
    if not isinstance(ex, list):
        ck.err(ck.line_of(doc, "excluded"), "excluded", "must be a list")
        ex = []
    for i, node in enumerate(ex):
        field = "excluded[%d]" % i
        if not ck.mapping(node, EXCLUDED_KEYS, field, ex.item_lines[i]):
            continue
        macro = ck.string(node, "macro", field + ".macro", C_IDENTIFIER, "a C identifier")
        reason = ck.string(node, "reason", field + ".reason")
        if (macro, False) in seen_macros:
            ck.err(ck.line_of(node, "macro"), field + ".macro",
                   "%s is described by %s and cannot be excluded too"
                   % (macro, seen_macros[(macro, False)]))
        if macro and reason:
            excluded.append({"macro": macro, "reason": reason})

    mbus = media_bus.check(ck, doc.get("media_bus"), ck.line_of(doc, "media_bus"), formats,
                           spellings(formats))
    if ck.errors:
        raise FormatError("\n".join(ck.errors))
    return Database(path, formats, excluded, mbus)
