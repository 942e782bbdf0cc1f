"""The media_bus section of formats.yaml: media-bus codes (MEDIA_BUS_FMT_*)
and the memory formats a receiver writes from each.

model.validate() calls check() with its checker once the formats are read;
Database.subset() calls subset(). The rejections read like the rest of the
loader's: 'FILE:LINE: media_bus[i](MACRO).FIELD: what is wrong'.
"""

# key: required
KEYS = {"macro": True, "code": True, "csi2_dt": False, "formats": True}
PREFIX = "MEDIA_BUS_FMT_"
# MIPI CSI-2 data types are six bits (the packet header's DT field)
CSI2_DT_MAX = 0x3f
C_IDENTIFIER = r"[A-Za-z_][A-Za-z0-9_]*"


class MediaBus:
    """One media-bus code: its macro, value, CSI-2 data type (None where
    none is recorded) and the formats (model.Format) a receiver writes."""

    def __init__(self, macro, code, csi2_dt, formats, line=0):
        self.macro = macro
        self.code = code
        self.csi2_dt = csi2_dt
        self.formats = formats
        self.line = line

    @property
    def name(self):
        """The macro without MEDIA_BUS_FMT_ (SRGGB10_1X10)."""
        return self.macro[len(PREFIX):]


def check(ck, entries, line, formats, spellings):
    """The MediaBus entries of the section, sorted by code. ck is the
    loader's checker (errors are collected there); formats are the checked
    formats; spellings maps every name of a format (model.spellings())
    so that a code's short name cannot be mistaken for a format's."""
    if entries is None:
        return []
    if not isinstance(entries, list):
        ck.err(line, "media_bus", "must be a list")
        return []
    by_name = {f.name: f for f in formats}
    out = []
    seen_macro, seen_code = {}, {}
    for i, node in enumerate(entries):
        field = "media_bus[%d]" % i
        item_line = entries.item_lines[i] if getattr(entries, "item_lines", None) else line
        if not ck.mapping(node, KEYS, field, item_line):
            continue
        macro = ck.string(node, "macro", field + ".macro", C_IDENTIFIER, "a C identifier")
        if macro is not None and (not macro.startswith(PREFIX) or macro == PREFIX):
            ck.err(ck.line_of(node, "macro"), field + ".macro",
                   "must start with %s and name a code, got %s" % (PREFIX, macro))
            macro = None
        if macro is not None:
            field = "%s(%s)" % (field, macro)
            short = macro[len(PREFIX):]
            if short in spellings:
                ck.err(ck.line_of(node, "macro"), field + ".macro",
                       "%s also names the format %s: the CLI could not tell them apart"
                       % (short, spellings[short][0].name))
        code = node.get("code")
        if isinstance(code, bool) or not isinstance(code, int) or not 0 <= code <= 0xffffffff:
            ck.err(ck.line_of(node, "code"), field + ".code",
                   "must be a 32-bit unsigned number, got %r" % (code,))
            code = None
        csi2_dt = None
        if "csi2_dt" in node:
            csi2_dt = node["csi2_dt"]
            if isinstance(csi2_dt, bool) or not isinstance(csi2_dt, int) \
                    or not 0 <= csi2_dt <= CSI2_DT_MAX:
                ck.err(ck.line_of(node, "csi2_dt"), field + ".csi2_dt",
                       "must be a MIPI CSI-2 data type, 0..0x%02x, got %r" % (CSI2_DT_MAX, csi2_dt))
                csi2_dt = None
        names = node.get("formats")
        fline = ck.line_of(node, "formats")
        chosen = []
        if not isinstance(names, list) or not names:
            ck.err(fline, field + ".formats", "must be a non-empty list of format names")
            names = []
        for j, name in enumerate(names):
            ffield = "%s.formats[%d]" % (field, j)
            if not isinstance(name, str):
                ck.err(fline, ffield, "must be a format name, got %r" % (name,))
            elif name not in by_name:
                ck.err(fline, ffield, "no format is named %r (give a format's name)" % name)
            elif by_name[name] in chosen:
                ck.err(fline, ffield, "%s is listed twice" % name)
            else:
                chosen.append(by_name[name])
        if macro is not None:
            if macro in seen_macro:
                ck.err(ck.line_of(node, "macro"), field + ".macro",
                       "duplicate macro (first at line %d)" % seen_macro[macro])
            seen_macro.setdefault(macro, ck.line_of(node, "macro"))
        if code is not None:
            if code in seen_code:
                ck.err(ck.line_of(node, "code"), field + ".code",
                       "duplicate code 0x%04x, already used by %s" % (code, seen_code[code]))
            seen_code.setdefault(code, macro)
        if macro is not None and code is not None and len(chosen) == len(names) and chosen:
            out.append(MediaBus(macro, code, csi2_dt, chosen, ck.line_of(node)))
    return sorted(out, key=lambda m: m.code)


def subset(entries, formats):
    """The entries that carry at least one of formats (a subset's copies,
    matched by name), each with only those formats, in the subset's copies."""
    by_name = {f.name: f for f in formats}
    out = []
    for m in entries:
        kept = [by_name[f.name] for f in m.formats if f.name in by_name]
        if kept:
            out.append(MediaBus(m.macro, m.code, m.csi2_dt, kept, m.line))
    return out


def carriers(entries):
    """(format index, entry index) for every pairing, sorted by format and
    then code: the media-bus codes that carry each format."""
    return sorted((f.index, i) for i, m in enumerate(entries) for f in m.formats)


def by_macro(entries):
    """(macro, entry index) sorted by macro."""
    return sorted((m.macro, i) for i, m in enumerate(entries))
