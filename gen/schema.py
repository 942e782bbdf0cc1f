"""The schema of formats.yaml, declared once.

Everything that lists the per-format fields is generated from this file: the
validator's keys and readers (model.py), the C++ format_desc and the kernel C
struct pixfmt_format (their members and initialisers), the C++ field table
the CLI prints --json and `info` from, the field list the C/C++ parity test
walks (tests/kernel), and the field reference in docs/data-model.md. A new
plain field is one Field below plus its data in formats.yaml; a new namespace
of names is one row of NAME_NAMESPACES plus its names and their verification.
"""

# The closed enums: each value with what it means, in the order of the
# generated C and C++ enums.
ENCODING_DESCRIPTIONS = {
    "rgb": "red, green, blue (and alpha)",
    "yuv": "luma and chroma",
    "bayer": "raw colour-filter-array samples",
    "grey": "luma only",
    "indexed": "palette indices",
    "hsv": "hue, saturation, value",
    "depth": "distance samples",
    "compressed": "a bitstream, no per-pixel layout",
    "opaque": "a vendor layout not described per pixel",
}
# The 2x2 colour-filter array of a raw (bayer) format: the colours of its
# top-left, top-right, bottom-left and bottom-right cells.
CFA_DESCRIPTIONS = {
    "none": "not a colour-filter array",
    "RGGB": "red, green / green, blue",
    "GRBG": "green, red / blue, green",
    "GBRG": "green, blue / red, green",
    "BGGR": "blue, green / green, red",
    "unspecified": "raw samples whose order the format does not fix (the sensor's)",
}
# How a stored sample code maps to the sample's value.
COMPANDING_DESCRIPTIONS = {
    "none": "the code is the value",
    "alaw": "an A-law code of a wider sample",
    "dpcm": "a DPCM code: a wider sample's difference from its prediction",
}
# The order of a tiled format's tiles in memory.
TILE_ORDER_DESCRIPTIONS = {
    "linear": "one after another, left to right, top to bottom",
    "zflipz": "2x2 groups of tiles in Z order, every other group flipped upside down; an odd "
              "last row of tiles linear (V4L2 NV12MT)",
}
ENUMS = {"encoding": ENCODING_DESCRIPTIONS, "cfa": CFA_DESCRIPTIONS,
         "companding": COMPANDING_DESCRIPTIONS, "tile_order": TILE_ORDER_DESCRIPTIONS}
# What each enum is (the generated enums' comments), and the kernel C enum's
# constant prefix of each (PIXFMT_ENC_RGB).
ENUM_DOC = {"encoding": "how a format's samples encode colour (compressed, opaque: no layout)",
            "cfa": "the 2x2 colour-filter array of a raw format",
            "companding": "how a stored sample code maps to the sample's value",
            "tile_order": "the order of a tiled format's tiles in memory"}
ENUM_C_PREFIX = {"encoding": "ENC", "cfa": "CFA", "companding": "COMPANDING",
                 "tile_order": "TILE_ORDER"}

# Other ecosystems' names of a format, one row each: the formats.yaml key
# (also the C++ name_space enumerator), the CLI's prefix (gst:NV12), and what
# the name is. A row is all the generator, the C++ lookups and the CLI need;
# each namespace has a test that checks the names against the real library
# or header (docs/data-model.md names them).
NAME_NAMESPACES = {
    "ffmpeg": {"prefix": "ffmpeg", "what": "FFmpeg's AVPixelFormat name (av_get_pix_fmt())",
               "verified": "tests/peers (libavutil)"},
    "gstreamer": {"prefix": "gst", "what": "GStreamer's GstVideoFormat name "
                                           "(gst_video_format_from_string())",
                  "verified": "tests/peers (GStreamer's video library)"},
    "wayland": {"prefix": "wl", "what": "Wayland's wl_shm format name (wayland.xml)",
                "verified": "tests/check_wayland.py (wayland.xml: the value is the DRM code, "
                            "except argb8888 = 0 and xrgb8888 = 1)"},
    # "cam", as libcamera's own tool is called: short like gst and wl
    "libcamera": {"prefix": "cam", "what": "libcamera's PixelFormat name (formats::NAME, "
                                           "PixelFormat::fromString())",
                  "verified": "tests/libcamera (the installed libcamera library)"},
    "vulkan": {"prefix": "vk", "what": "Vulkan's VkFormat enumerator (vulkan_core.h), "
                                       "UNORM, or SFLOAT for DRM's float codes",
               "verified": "tests/check_vulkan.py (vulkan_core.h, and the DRM comments' "
                           "bit layouts)"},
}

# Value patterns of the string kinds.
WORD = r"[A-Za-z0-9_]+"


class Field:
    """One plain per-format field.

    key      formats.yaml key
    kind     word (a name: letters, digits, _), choice (one of ENUMS[enum]),
             flag (true/false), number (0..maximum), pair ([a, b], each
             1..maximum or one of choices), text (one line for people)
    members  the model attribute(s), which are also the C++ and C member
             names: one, or two for a pair
    doc      what it means (docs, struct comments)
    show     how `pixfmt info` prints it when it is not the default: a
             {fmt} pattern of the member values; "" prints nothing (a text
             prints as its own line, "key: value")
    kernel   also a member of the kernel C struct pixfmt_format
    json     the --json keys are the members, always present; or this one
             key, left out when the value is the default (a pair is a list)
    """

    KINDS = ("word", "choice", "flag", "number", "pair", "text")

    def __init__(self, key, kind, doc, members=None, required=False, default=None,
                 maximum=None, choices=None, enum=None, show="", kernel=True, json=None):
        assert kind in self.KINDS, kind
        self.key = key
        self.kind = kind
        self.doc = doc
        self.members = tuple(members or (key,))
        self.required = required
        self.default = default
        self.maximum = maximum
        self.choices = choices
        self.enum = enum
        self.show = show
        self.kernel = kernel
        self.json = json  # None: one key per member, always present

    def cpp_value(self, obj="d"):
        """A C++ field_value initialiser {a, b, s, is_default} of this field
        of format_desc obj."""
        m = ["%s.%s" % (obj, x) for x in self.members]
        if self.kind in ("word", "text"):
            return "{ 0, 0, %s, %s.empty() }" % (m[0], m[0])
        if self.kind == "choice":
            default = "%s == %s::%s" % (m[0], self.enum, self.default) if self.default else "false"
            return "{ static_cast<std::uint32_t>(%s), 0, %s_names[static_cast<std::size_t>(%s)], " \
                   "%s }" % (m[0], self.enum, m[0], default)
        if self.kind == "flag":
            return "{ %s, 0, {}, !%s }" % (m[0], m[0])
        if self.kind == "number":
            return "{ %s, 0, {}, %s == %d }" % (m[0], m[0], self.default or 0)
        return "{ %s, %s, {}, %s == %d && %s == %d }" % (m[0], m[1], m[0], self.default[0],
                                                         m[1], self.default[1])

    @property
    def cpp_type(self):
        return {"word": "std::string_view", "text": "std::string_view", "flag": "bool",
                "choice": "pixfmt::" + (self.enum or ""), "number": "std::uint8_t",
                "pair": "std::uint8_t"}[self.kind]

    @property
    def c_type(self):
        return {"word": "const char *", "text": "const char *", "flag": "bool",
                "choice": "u8", "number": "u8", "pair": "u8"}[self.kind]


FIELDS = (
    Field("name", "word", "canonical name: the DRM name when there is a DRM code, "
          "else the V4L2 name", required=True),
    Field("encoding", "choice", "how samples encode colour (the encodings and their meanings: "
          "docs/formats.md)", required=True, enum="encoding"),
    Field("compressed", "flag", "no per-pixel layout; implied by the encodings compressed and "
          "opaque, set explicitly for layouts only usable with a compression modifier "
          "(DRM YUV420_8BIT)"),
    Field("component_bits", "number", "bits of the widest colour component (XRGB8888: 8); "
          "required unless compressed. Not the kernel's drm_format_info.depth: that is "
          "drm.depth", default=0, maximum=64, show="{} bits per component"),
    Field("subsampling", "pair", "[h, v] divisors of the chroma planes (planes after the "
          "first); for one-plane YUV layouts the chroma subsampling inside the plane: a line "
          "then holds whole macropixels of h pixels", members=("hsub", "vsub"),
          default=(1, 1), choices=(1, 2, 4), show="chroma subsampling {}x{}"),
    Field("tile", "pair", "[w, h] tile of a tiled layout, in pixels (informational: the sizes "
          "come from the planes' align and pitch_align)", members=("tile_w", "tile_h"),
          default=(0, 0), maximum=255, show="tiled {}x{}", json="tile"),
    Field("tile_order", "choice", "the order of a tiled format's tiles in memory (the planes' "
          "`tile` gives their size)", enum="tile_order", default="linear",
          show="tiles in {2} order"),
    Field("alpha", "flag", "the layout carries alpha", members=("has_alpha",), show="alpha"),
    Field("big_endian", "flag", "the layout stores 16-bit or wider words big-endian",
          show="big-endian"),
    Field("cfa", "choice", "the colour-filter array of a raw (bayer) format: the colours of "
          "its 2x2 cells, left to right, top to bottom; required for bayer, none otherwise",
          enum="cfa", default="none", show="colour filter {2}"),
    Field("companding", "choice", "how a sample's stored code maps to its value: none (the "
          "code is the value), or A-law or DPCM codes of wider samples (V4L2's ALAW8 and DPCM8 "
          "raw formats); the pixel readers give the codes", enum="companding", default="none",
          show="{2}-companded samples"),
    Field("note", "text", "one line for people", default="", kernel=False, json="note"),
    Field("source", "text", "where the non-obvious facts come from (documentation file and "
          "section); required when a plane has align or pitch_align", default="",
          kernel=False, json="source"),
)

# The structured keys (key, required, what), each validated by its own code
# in model.py; listed here for the validator's keys and the field reference.
STRUCTURES = (
    ("planes", True, "colour planes: `bytes` per block, `block: [w, h]` pixels per block (default "
     "1x1; a line holds whole blocks), `align: [w, h]`: image size rounded up to this before "
     "the plane is sized (default 1x1), `pitch_align`: the plane's pitch rounded up to a "
     "multiple of this many bytes (default 1). `align` and `pitch_align` are what the "
     "format's documentation requires. `bits`: which bits are which component, in "
     "drm_fourcc.h's notation, most significant field first (`\"A:R:G:B 8:8:8:8\"`; "
     "`Cr0:Y1:Cb0:Y0` numbers pixels in a group; `P0[9:2]` holds bits 9..2 of a sample; "
     "gen/bits.py), read from the group's bytes least significant first; `word`: a "
     "big-endian layout's word size in bits (default: the whole group); `tile: [w, h]`: a "
     "tiled plane's tiles, w bytes by h lines, stored one after another left to right, top "
     "to bottom (what the pixel readers address; the format's `tile` is in pixels)"),
    ("kernel", False, "what the kernel's V4L2 table says where it differs from the real need: "
     "`align` (its `block_w`/`block_h` per plane) with its `reason`; and "
     "`v4l2: {\"6.1\": {bpp, bpp_div, hdiv, vdiv, reason}}`, an older recorded kernel's "
     "entry where it differs from the reference's (P010 in 6.1)"),
    ("v4l2", False, "list of `{macro, fourcc, code, big_endian, mem_planes, kernel}`; `kernel` is the "
     "first recorded Linux version (`\"6.1\"`, `\"6.12\"`) whose `v4l2_format_info` has the "
     "code"),
    ("drm", False, "`{macro, fourcc, code, big_endian, kernel, depth}`: `kernel` as for V4L2 "
     "(`drm_format_info`), `depth` the kernel table's `depth`"),
)


def field(key):
    """The Field of a formats.yaml key."""
    for f in FIELDS:
        if f.key == key:
            return f
    raise KeyError(key)


def kernel_members():
    """The members of the kernel C struct pixfmt_format that are plain fields."""
    return [m for fl in FIELDS if fl.kernel for m in fl.members]
