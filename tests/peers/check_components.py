#!/usr/bin/python3
"""Compare the component bits of pixfmt's formats with FFmpeg's AVComponentDescriptors.

For every format that records an FFmpeg name (ffmpeg:) and `bits` for every
plane, this derives from the bits the descriptor FFmpeg would give each of
its components and compares it with the one libavutil has (ffmpeg_layout
--facts: AVPixFmtDescriptor.comp[] and flags, read at test time):

  component  FFmpeg's comp[i] is R, G, B, A with AV_PIX_FMT_FLAG_RGB, the
             palette index with AV_PIX_FMT_FLAG_PAL, else Y, U, V, A (a grey
             format with alpha: Y, A); pixfmt's Cb is U, Cr is V, a Bayer
             format's one raw sample (P) stands for each of FFmpeg's R, G, B.
             A component one side has and the other not is a difference; a
             format whose only component has another name (R for Y) is
             compared through that component.
  plane      the plane whose bits hold the component.
  step       bytes from one of its samples to the next (bits, for a
             bitstream format): the group's size over the samples it holds.
  offset     byte-addressable samples: the byte holding the least
             significant bit of sample 0 (pixel 0, or chroma sample 0),
             within the group read as a little-endian integer. In a
             big-endian layout FFmpeg reads a 16-bit word (RB16) from
             `offset`, and an 8-bit field from offset + 1 (pixdesc.c
             av_read_image_line2(): "p += !!(flags & AV_PIX_FMT_FLAG_BE)"), so offset is
             the byte before the one holding the least significant bit.
             Bitstream formats: the bit, counted from the most significant
             bit of the group's first byte, of sample 0's most significant bit.
  shift      the bit, within that byte (the least significant bit of the
             little-endian word read from offset), of the sample's least
             significant bit.
  depth      the sample's bits.
  be         AV_PIX_FMT_FLAG_BE against big_endian.
  bitstream  AV_PIX_FMT_FLAG_BITSTREAM against a pixel step that is not whole
             bytes.
  rgb        AV_PIX_FMT_FLAG_RGB against encoding rgb or bayer.
  pal        AV_PIX_FMT_FLAG_PAL against encoding indexed.

A difference is reviewed when a rule of component_deviations.yaml explains
it: the rule names the formats, FFmpeg's component (or "-" for a flag), the
field, a relation between FFmpeg's value and pixfmt's, and the evidence. A
rule that explains nothing for one of its formats fails, and so does an
unexplained difference.
"""
import argparse
import os
import sys
import time


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gen'))
import model  # noqa: E402
import reviewed  # noqa: E402

FIELDS = ('component', 'plane', 'step', 'offset', 'shift', 'depth',
          'be', 'bitstream', 'rgb', 'pal')
FLAGS = ('be', 'bitstream', 'rgb', 'pal')
FFMPEG_TO_PIXFMT = {'R': 'R', 'G': 'G', 'B': 'B', 'A': 'A', 'Y': 'Y', 'U': 'Cb', 'V': 'Cr'}


def ffmpeg_components(d):
    """FFmpeg's names for its comp[] entries, in order."""
    flags = set(d['flags'])
    n = d['components']
    if 'pal' in flags:
        return ['C'][:n]
    if 'rgb' in flags:
        return ['R', 'G', 'B', 'A'][:n]
    if n == 2:  # ya8, ya16: grey and alpha
        return ['Y', 'A']
    return ['Y', 'U', 'V', 'A'][:n]


def pixfmt_name(f, component):
    """pixfmt's component for FFmpeg's, in format f."""
    if f.encoding == 'bayer' and component in ('R', 'G', 'B'):
        return 'P'
    return FFMPEG_TO_PIXFMT.get(component, component)


def descriptor(f, found):
    """The AVComponentDescriptor fields of one pixfmt component (the fields
    found for it, every plane), derived from its bits; None when sample 0 is
    split over fields (no FFmpeg descriptor can say that)."""
    plane_index, plane, _ = found[0]
    samples = [s for _i, _p, s in found if _i == plane_index]
    group = sum(s.width for s in plane.samples)
    count = len({s.index for s in samples})
    first = [s for s in samples if s.index == 0]
    if len(first) != 1:
        return None
    s = first[0]
    bitstream = (group // plane.group_pixels) % 8 != 0
    if bitstream:
        # bits counted from the group's first byte's most significant bit
        top = s.offset + s.width - 1          # its most significant bit
        byte, bit = divmod(top, 8)
        return {'plane': plane_index, 'step': group // count,
                'offset': byte * 8 + 7 - bit, 'shift': s.offset % 8, 'depth': s.width}
    if plane.word:  # big-endian: the memory byte of the least significant bit
        word_bytes = plane.word // 8
        k, b = divmod(s.offset, plane.word)
        lsb_byte = k * word_bytes + word_bytes - 1 - b // 8
        shift = b % 8
        wide = 1 if shift + s.width <= 16 else 3
        offset = lsb_byte - wide
    else:
        offset, shift = divmod(s.offset, 8)
    return {'plane': plane_index, 'step': group // 8 // count, 'offset': offset,
            'shift': shift, 'depth': s.width}


def pixfmt_flags(f):
    bitstream = any((sum(s.width for s in p.samples) // p.group_pixels) % 8 for p in f.planes)
    return {'be': f.big_endian, 'bitstream': bool(bitstream),
            'rgb': f.encoding in ('rgb', 'bayer'), 'pal': f.encoding == 'indexed'}


def compared(f, d):
    """(FFmpeg's component or '-', field, FFmpeg's value, pixfmt's value)."""
    out = []
    ours = reviewed.components(f)
    names = ffmpeg_components(d)
    flags = set(d['flags'])
    mine = pixfmt_flags(f)
    for flag in FLAGS:
        out.append(('-', flag, flag in flags, mine[flag]))
    used = set()
    for name, comp in zip(names, d['comp']):
        want = expected = pixfmt_name(f, name)
        found = ours.get(want)
        if not found and len(ours) == 1 and len(names) == 1:
            # one component each, named differently (DRM's R, D for FFmpeg's Y)
            want, found = next(iter(ours.items()))
        # FFmpeg's component in pixfmt's vocabulary, against pixfmt's
        out.append((name, 'component', expected, want if found else None))
        if not found:
            continue
        used.add(want)
        mine = descriptor(f, found)
        for field in ('plane', 'step', 'offset', 'shift', 'depth'):
            out.append((name, field, comp[field], mine[field] if mine else 'split sample'))
    for extra in sorted(set(ours) - used):
        out.append((extra, 'component', None, extra))
    return out


def rel_divided_by(arg, peer, expected):
    """FFmpeg's number is pixfmt's divided by arg."""
    return isinstance(peer, int) and int(arg) != 1 and peer * int(arg) == expected


RELATIONS = {'peer_is': reviewed.peer_is, 'pixfmt_is': reviewed.pixfmt_is, 'divided_by': rel_divided_by}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--ffmpeg', required=True, help='ffmpeg_layout binary')
    ap.add_argument('--deviations', required=True, help='component_deviations.yaml')
    ap.add_argument('--formats', required=True, help='formats.yaml')
    ap.add_argument('--examples', type=int, default=3, help='examples printed per rule')
    args = ap.parse_args()
    start = time.monotonic()

    db = model.load(args.formats)
    rules, problems = reviewed.load_rules(
        args.deviations, ('class', 'formats', 'component', 'field', 'relation', 'evidence'),
        RELATIONS, {'field': FIELDS}, {f.name for f in db.formats})
    for p in problems:
        print(f'FAIL {p}')
    if problems:
        return 1
    paired, checked, descs = reviewed.with_bits(db, 'ffmpeg', args.ffmpeg)

    review = reviewed.Review(rules, RELATIONS)
    for f in checked:
        name = f.names['ffmpeg']
        d = descs[name]
        if 'error' in d:
            review.unreviewed.append(f'{f.name} ({name}): FFmpeg: {d["error"]}')
            continue
        review.compare(f.name, name, 'ffmpeg', compared(f, d), ffmpeg_components(d))
    print(f'== ffmpeg: {len(checked)} of {len(paired)} paired formats have bits; {review.counts()}')
    for f in paired:
        if f not in checked:
            print(f'  not compared (no bits): {f.name} ({f.names["ffmpeg"]})')
    return reviewed.finish(review.report(args.examples), start)


if __name__ == '__main__':
    sys.exit(main())
