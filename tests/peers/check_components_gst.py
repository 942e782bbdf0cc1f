#!/usr/bin/python3
"""Compare the component bits of pixfmt's formats with GStreamer's GstVideoFormatInfo.

For every format that records a GStreamer name (gstreamer:) and `bits` for
every plane, this derives from the bits what GStreamer's format info says of
each of its components and compares it with what libgstvideo has
(gst_layout --facts, read at test time):

  component    GStreamer's component i is R, G, B, A with the RGB flag (with
               PALETTE: the index, then the palette, which is no pixfmt plane
               and is not compared), Y, A with GRAY, else Y, U, V, A; pixfmt's
               Cb is U, Cr is V. A component one side has and the other not is
               a difference; a format whose only component has another name is
               compared through that component.
  plane        the plane whose bits hold the component.
  pixel_stride bytes from one of its samples to the next: the group's bytes
               over the samples of it the group holds.
  poffset      the first byte, in memory, of the unit sample 0 is read from
               (GStreamer's convention: RGB16 is poffset 0 with shifts 11, 5,
               0 in one 16-bit word, GRAY16_BE poffset 0 for a big-endian
               word).
  shift        the bit, within that unit read as an integer of its width
               (little-endian, or big-endian in a big-endian layout), of the
               sample's least significant bit.
  depth        the sample's bits.
  w_sub, h_sub log2 of the format's chroma subsampling for U and V, 0 for the
               others.
  flags        le (the LE flag, where a unit is wider than a byte: against
               not big_endian), rgb (encoding rgb or indexed), yuv, gray
               (encoding grey), alpha (an A component), tiled (a tile size).

The unit of a plane is the smallest of 1, 2, 4 and 8 bytes such that no
sample of the plane straddles two aligned units (a big-endian plane: its
`word`, byte-swapped, when that is wider than a byte). A format whose info
has the COMPLEX flag (pack and unpack functions, tiles, sub-byte packing:
pixel_stride 0) is skipped and counted: its info does not locate samples.

A difference is reviewed when a rule of the reviewed list
(gst_component_deviations.yaml) explains it: the rule names the formats,
GStreamer's components (or "-" for a flag), the field, a relation between
GStreamer's value and pixfmt's, and the evidence. A rule that explains nothing
for one of its formats fails, and so does an unexplained difference.
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gen'))
import bits as bitsmod  # noqa: E402
import model  # noqa: E402
import reviewed  # noqa: E402

FLAGS = ('le', 'rgb', 'yuv', 'gray', 'alpha', 'tiled')
COMPONENT_FIELDS = ('component', 'plane', 'pixel_stride', 'poffset', 'shift', 'depth',
                    'w_sub', 'h_sub')
FIELDS = COMPONENT_FIELDS + FLAGS
GST_TO_PIXFMT = {'R': 'R', 'G': 'G', 'B': 'B', 'A': 'A', 'Y': 'Y', 'U': 'Cb', 'V': 'Cr',
                 'C': 'C'}


def gst_components(d):
    """GStreamer's names for its components, in order ('palette': the
    palette of a PALETTE format, not compared)."""
    flags = set(d['flags'])
    n = d['n_components']
    if 'palette' in flags:
        return ['C', 'palette'][:n]
    if 'rgb' in flags:
        return ['R', 'G', 'B', 'A'][:n]
    if 'gray' in flags:
        return ['Y', 'A'][:n]
    return ['Y', 'U', 'V', 'A'][:n]


def unit_bytes(plane):
    """The plane's unit: the smallest of 1, 2, 4, 8 bytes no sample straddles."""
    for u in (1, 2, 4, 8):
        bits = 8 * u
        if all(s.offset // bits == (s.offset + s.width - 1) // bits
               for s in plane.samples if s.component not in bitsmod.PADDING):
            return u
    return None


def log2(n):
    return n.bit_length() - 1


def descriptor(f, name, found):
    """GStreamer's fields for one pixfmt component, derived from its bits."""
    plane_index, plane, _ = found[0]
    samples = [s for i, _p, s in found if i == plane_index]
    group = sum(s.width for s in plane.samples)
    count = len({s.index for s in samples})
    chroma = name in ('Cb', 'Cr')
    out = {'plane': plane_index,
           'w_sub': log2(f.hsub) if chroma else 0, 'h_sub': log2(f.vsub) if chroma else 0}
    first = [s for s in samples if s.index == 0]
    if len(first) != 1 or (group // count) % 8:
        what = 'split sample' if len(first) != 1 else 'sub-byte step'
        return dict(out, pixel_stride=what, poffset=what, shift=what, depth=what)
    s = first[0]
    u = unit_bytes(plane)
    if plane.word and u == 1:  # a byte of a big-endian word
        wb = plane.word // 8
        k, b = divmod(s.offset, plane.word)
        poffset, shift = k * wb + wb - 1 - b // 8, b % 8
    elif plane.word:  # the big-endian word is the unit
        wb = plane.word // 8
        k, shift = divmod(s.offset, plane.word)
        poffset = k * wb
    else:
        k, shift = divmod(s.offset, 8 * u)
        poffset = k * u
    return dict(out, pixel_stride=group // 8 // count, poffset=poffset, shift=shift,
                depth=s.width)


def pixfmt_flags(f, ours):
    wide = any((unit_bytes(p) or 8) > 1 for p in f.planes)
    return {'le': wide and not f.big_endian, 'rgb': f.encoding in ('rgb', 'indexed'),
            'yuv': f.encoding == 'yuv', 'gray': f.encoding == 'grey', 'alpha': 'A' in ours,
            'tiled': bool(f.tile_w)}


def compared(f, d):
    """(GStreamer's component or '-', field, GStreamer's value, pixfmt's value)."""
    out = []
    ours = reviewed.components(f)
    names = gst_components(d)
    flags = set(d['flags'])
    mine = pixfmt_flags(f, ours)
    for flag in FLAGS:
        out.append(('-', flag, flag in flags, mine[flag]))
    used = set()
    for i, name in enumerate(names):
        if name == 'palette':
            continue
        want = expected = GST_TO_PIXFMT[name]
        found = ours.get(want)
        if not found and len(ours) == 1 and len(names) == 1:
            want, found = next(iter(ours.items()))
        out.append((name, 'component', expected, want if found else None))
        if not found:
            continue
        used.add(want)
        desc = descriptor(f, want, found)
        for field in COMPONENT_FIELDS[1:]:
            out.append((name, field, d[field][i], desc[field]))
    for extra in sorted(set(ours) - used):
        out.append((extra, 'component', None, extra))
    return out


RELATIONS = {'peer_is': reviewed.peer_is, 'pixfmt_is': reviewed.pixfmt_is}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--gstreamer', required=True, help='gst_layout binary')
    ap.add_argument('--deviations', required=True, help='gst_component_deviations.yaml')
    ap.add_argument('--formats', required=True, help='formats.yaml')
    ap.add_argument('--examples', type=int, default=3, help='examples printed per rule')
    args = ap.parse_args()
    start = time.monotonic()

    db = model.load(args.formats)
    rules, problems = reviewed.load_rules(
        args.deviations, ('class', 'formats', 'components', 'field', 'relation', 'evidence'),
        RELATIONS, {'field': FIELDS, 'components': ('R', 'G', 'B', 'A', 'Y', 'U', 'V', 'C', '-')},
        {f.name for f in db.formats})
    for p in problems:
        print(f'FAIL {p}')
    if problems:
        return 1
    paired, with_bits, infos = reviewed.with_bits(db, 'gstreamer', args.gstreamer)

    review = reviewed.Review(rules, RELATIONS)
    skipped, checked = [], []
    for f in with_bits:
        name = f.names['gstreamer']
        d = infos[name]
        if 'error' in d:
            review.unreviewed.append(f'{f.name} ({name}): GStreamer: {d["error"]}')
            continue
        if 'complex' in d['flags']:
            why = [w for w in ('tiled', 'unpack') if w in d['flags']]
            skipped.append(f'{f.name} ({name}): COMPLEX{"+" if why else ""}'
                           f'{"+".join(w.upper() for w in why)}, pixel_stride '
                           f'{d["pixel_stride"]}: the pack/unpack functions locate its samples')
            continue
        checked.append(f)
        review.compare(f.name, name, 'gstreamer', compared(f, d),
                       [c for c in gst_components(d) if c != 'palette'])
    print(f'== gstreamer: {len(with_bits)} of {len(paired)} paired formats have bits, '
          f'{len(checked)} compared, {len(skipped)} skipped; {review.counts()}')
    for f in paired:
        if f not in with_bits:
            print(f'  not compared (no bits): {f.name} ({f.names["gstreamer"]})')
    for s in skipped:
        print(f'  skipped    {s}')
    return reviewed.finish(review.report(args.examples), start)


if __name__ == '__main__':
    sys.exit(main())
