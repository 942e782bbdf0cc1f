"""Which bits of a plane are which component: the notation drm_fourcc.h uses
in its comments, and its parser.

    "A:R:G:B 8:8:8:8"               fields from the most significant bit down,
                                    with their widths
    "Cr0:Y1:Cb0:Y0 8:8:8:8"         a digit numbers the pixel (or, for Cb and
                                    Cr in a one-plane subsampled layout, the
                                    chroma sample) within the group
    "P3[1:0]:P2[1:0]:...:P0[9:2] 2:2:...:8"
                                    [hi:lo]: these bits of the sample's value
                                    (a sample split over fields, CSI-2 RAW10)

The fields are read from one integer: the group's bytes, least significant
first (each word of `word` bits byte-swapped first in a big-endian layout).
A group covers the widths' sum in bits: whole blocks of the plane.
"""
import re

# What a field holds. x and 0 are padding (0: always zero).
COMPONENTS = {
    "R": "red", "G": "green", "B": "blue", "A": "alpha",
    "Y": "luma", "Cb": "blue-difference chroma", "Cr": "red-difference chroma",
    "C": "palette index", "D": "darkness (inverted luma: DRM_FORMAT_D8)", "Z": "depth",
    "H": "hue", "S": "saturation", "V": "value",
    "P": "raw colour-filter-array sample (its colour: the format's cfa)",
    "x": "padding", "X": "padding", "0": "padding, zero",
}
PADDING = ("x", "X", "0")
# The C++ enum component, in order: the components, then padding (x, X)
# and zero padding (0).
CPP_COMPONENTS = ("R", "G", "B", "A", "Y", "Cb", "Cr", "C", "D", "Z", "H", "S", "V", "P",
                  "padding", "zero")


def cpp_component(label):
    """The C++ enumerator of a field's component label."""
    return {"x": "padding", "X": "padding", "0": "zero"}.get(label, label)
CFA = ("RGGB", "GRBG", "GBRG", "BGGR")

_LABEL = re.compile(r"(Cb|Cr|[RGBAYCDZHSVPxX0])(\d*)(?:\[(\d+):(\d+)\])?$")


class BitsError(ValueError):
    pass


class Sample:
    """One field: component, index within the group, the bits of the
    sample's value it holds (value_lo, width), and where they sit in the
    group's integer (offset from its least significant bit)."""

    def __init__(self, component, index, value_lo, width, offset):
        self.component = component
        self.index = index
        self.value_lo = value_lo
        self.width = width
        self.offset = offset

    def __repr__(self):
        return "Sample(%s%s, value bits %d+%d, at %d)" % (
            self.component, self.index, self.value_lo, self.width, self.offset)


def parse(text):
    """The fields of a notation, least significant first."""
    parts = text.split()
    if len(parts) != 2:
        raise BitsError("must be 'FIELDS WIDTHS', such as 'A:R:G:B 8:8:8:8', got %r" % text)
    # a colon inside [hi:lo] does not separate fields
    labels, widths = re.findall(r"(?:[^:\[]|\[[^\]]*\])+", parts[0]), parts[1].split(":")
    if len(labels) != len(widths):
        raise BitsError("%d fields but %d widths" % (len(labels), len(widths)))
    out = []
    offset = 0
    for label, width in reversed(list(zip(labels, widths))):
        if not width.isdigit() or not 0 < int(width) <= 64:
            raise BitsError("width %r of %s is not 1..64" % (width, label))
        width = int(width)
        m = _LABEL.match(label)
        if not m:
            raise BitsError("%r is not a component (%s), an optional index and an optional "
                            "[hi:lo]" % (label, ", ".join(COMPONENTS)))
        component, index, hi, lo = m.groups()
        if hi is not None:
            if int(hi) - int(lo) + 1 != width:
                raise BitsError("%s holds %d bits but its width is %d"
                                % (label, int(hi) - int(lo) + 1, width))
            lo = int(lo)
        else:
            lo = 0
        if component in PADDING and hi is not None:
            raise BitsError("padding %r takes no bit range" % label)
        out.append(Sample(component, int(index or 0), lo, width, offset))
        offset += width
    return out


def check(samples, plane_bits_per_pixel, pixels_per_block):
    """Problems of a plane's fields, as sentences: a group of whole blocks,
    every sample's value bits covered once from bit 0 up, indices inside
    the group. Returns (problems, pixels in a group)."""
    problems = []
    total = sum(s.width for s in samples)
    pixels = total / plane_bits_per_pixel
    if pixels != int(pixels) or int(pixels) % pixels_per_block:
        problems.append("the fields take %d bits, not a whole number of the plane's blocks "
                        "(%s bits per pixel, %d pixels per block)"
                        % (total, plane_bits_per_pixel, pixels_per_block))
        return problems, 0
    pixels = int(pixels)
    values = {}
    for s in samples:
        if s.component in PADDING:
            continue
        values.setdefault((s.component, s.index), []).append((s.value_lo, s.width))
    for (component, index), pieces in sorted(values.items()):
        bits = 0
        for lo, width in sorted(pieces):
            if lo != bits:
                problems.append("%s%d: value bits %d.. are %s" % (
                    component, index, bits, "missing" if lo > bits else "given twice"))
                break
            bits += width
    return problems, pixels


def depth(samples, component=None):
    """Bits of the widest sample value (of one component, or of any)."""
    widths = {}
    for s in samples:
        if s.component in PADDING or (component and s.component != component):
            continue
        key = (s.component, s.index)
        widths[key] = widths.get(key, 0) + s.width
    return max(widths.values(), default=0)
