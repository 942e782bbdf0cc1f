#!/usr/bin/python3
"""Compare the facts of pixfmt's formats with FFmpeg's and GStreamer's descriptors.

check_peers.py compares the memory layouts of the pairings formats.yaml
records (ffmpeg:, gstreamer:); this checks that each recorded name is the
format the peer means, through the peer's own description of it:

FFmpeg (ffmpeg_layout --facts: av_get_pix_fmt() and its AVPixFmtDescriptor):
the name is found and is the descriptor's own name, av_pix_fmt_count_planes()
against the colour planes, 1 << log2_chroma_w/h against subsampling, the
widest comp[].depth against component_bits, AV_PIX_FMT_FLAG_ALPHA against
alpha, AV_PIX_FMT_FLAG_BE against big_endian (where byte order means
something: see word_order_matters), AV_PIX_FMT_FLAG_PAL/BAYER/RGB (else grey
for one colour component, else yuv) against encoding.

GStreamer (gst_layout --facts: gst_video_format_from_string() and its
GstVideoFormatInfo): the name is found and is gst_video_format_to_string()'s,
n_planes, 1 << the widest w_sub/h_sub, the widest depth, the ALPHA flag, the LE
flag (where byte order means something), the YUV/GRAY/RGB(+PALETTE) flags
against encoding; gst_video_format_to_fourcc(), where it gives one, against the
format's V4L2 and DRM fourccs; and gst_video_dma_drm_fourcc_from_format()
(GStreamer 1.24 and later; the dumper reports it when built against one)
against the DRM code.

A disagreement is reviewed when a rule of fact_deviations.yaml explains it:
the rule names the peer, the pixfmt formats, the field and a relation that
must hold (see RELATIONS). Every rule must explain a disagreement for each
format it lists; an unexplained disagreement, or a rule or listed format that
explains nothing, fails.

Reverse coverage (reported, never failing): every format either library
knows (--names) whose facts and whose plane pitches and sizes at two image
sizes equal a pixfmt format's, where that format does not record the name.
Equal sizes do not prove one layout (RGB and BGR orders size alike): each
candidate is to be decided with the formats' definitions.
"""
import argparse
import json
import os
import sys
from collections import defaultdict


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gen'))
import model  # noqa: E402
import reviewed  # noqa: E402

PEERS = ('ffmpeg', 'gstreamer')
FIELDS = ('found', 'name', 'planes', 'subsampling', 'depth', 'alpha', 'big_endian',
          'encoding', 'tiled', 'fourcc', 'drm_fourcc')
# facts a reverse-coverage candidate shares with the peer's format
SIGNATURE = ('planes', 'subsampling', 'depth', 'alpha', 'encoding', 'tiled')
# sizes at which reverse coverage compares plane pitches and sizes
REVERSE_SIZES = ((3840, 2160), (1920, 1080))


def fourcc_chars(code):
    return ''.join(chr((code >> s) & 0xff) for s in (0, 8, 16, 24))


# ---------------------------------------------------------------- peer facts
def word_order_matters(depths, packed):
    """Byte order means something when a component is wider than 8 bits or
    components share a 16-bit or wider word (RGB565: 5 + 6 + 5 bits); 8-bit
    byte-aligned components and bit streams have none."""
    return max(depths, default=0) > 8 or packed


def ffmpeg_facts(d):
    """pixfmt's vocabulary for an AVPixFmtDescriptor (ffmpeg_layout --facts)."""
    flags = set(d['flags'])
    depths = [c['depth'] for c in d['comp']]
    packed = 'bitstream' not in flags and any(
        c['step'] >= 2 and (c['depth'] % 8 or c['shift']) for c in d['comp'])
    colour = d['components'] - ('alpha' in flags)
    if 'pal' in flags:
        encoding = 'indexed'
    elif 'bayer' in flags:
        encoding = 'bayer'
    elif 'rgb' in flags:
        encoding = 'rgb'
    else:
        encoding = 'grey' if colour == 1 else 'yuv'
    return {
        'name': d['name'],
        'planes': d['planes'],
        'subsampling': [1 << d['log2_chroma_w'], 1 << d['log2_chroma_h']],
        'depth': max(depths, default=0),
        'alpha': 'alpha' in flags,
        'big_endian': 'be' in flags,
        'order_matters': word_order_matters(depths, packed),
        'encoding': encoding,
        'tiled': False,  # AVPixFmtDescriptor describes no tiling
        'hwaccel': 'hwaccel' in flags,
    }


def gst_facts(d):
    """pixfmt's vocabulary for a GstVideoFormatInfo (gst_layout --facts)."""
    flags = set(d['flags'])
    packed = any(s >= 2 and (dep % 8 or sh)
                 for s, dep, sh in zip(d['pixel_stride'], d['depth'], d['shift']))
    if 'yuv' in flags:
        encoding = 'yuv'
    elif 'gray' in flags:
        encoding = 'grey'
    elif 'rgb' in flags:
        encoding = 'indexed' if 'palette' in flags else 'rgb'
    else:
        encoding = None
    out = {
        'name': d['name'],
        'planes': d['n_planes'],
        'subsampling': [1 << max(d['w_sub'], default=0), 1 << max(d['h_sub'], default=0)],
        'depth': max(d['depth'], default=0),
        'alpha': 'alpha' in flags,
        'big_endian': 'le' not in flags,
        'order_matters': word_order_matters(d['depth'], packed),
        'encoding': encoding,
        'tiled': 'tiled' in flags,
        'fourcc': fourcc_chars(d['fourcc']) if d['fourcc'] else None,
        'hwaccel': False,
    }
    if 'drm_fourcc' in d:
        out['drm_fourcc'] = d['drm_fourcc'] or None
    return out


PEER_FACTS = {'ffmpeg': ffmpeg_facts, 'gstreamer': gst_facts}


def pixfmt_facts(f):
    return {
        'planes': len(f.planes),
        'subsampling': [f.hsub, f.vsub],
        'depth': f.component_bits,
        'alpha': f.has_alpha,
        'big_endian': f.big_endian,
        'encoding': f.encoding,
        'tiled': bool(f.tile_w),
    }


def compared(f, name, peer, facts):
    """(field, peer's value, pixfmt's value) for every fact compared."""
    if facts is None:
        return [('found', False, True)]
    ours = pixfmt_facts(f)
    out = [('found', True, True), ('name', facts['name'], name)]
    for field in ('planes', 'subsampling', 'depth', 'alpha', 'encoding'):
        out.append((field, facts[field], ours[field]))
    if peer == 'gstreamer':
        out.append(('tiled', facts['tiled'], ours['tiled']))
    if facts['order_matters'] or f.big_endian:
        out.append(('big_endian', facts['big_endian'], f.big_endian))
    if facts.get('fourcc'):
        codes = sorted({c.fourcc for c in f.v4l2} | ({f.drm.fourcc} if f.drm else set()))
        got = facts['fourcc']
        out.append(('fourcc', got, got if got in codes else ' or '.join(codes) or 'no code'))
    if 'drm_fourcc' in facts:
        out.append(('drm_fourcc', facts['drm_fourcc'], f.drm.code if f.drm else None))
    return out


# ---------------------------------------------------------------- relations
# Each gets the peer's value, pixfmt's value and the database.
def rel_peer_is(arg, peer, expected, db):
    """The peer says arg (where pixfmt says something else)."""
    return peer == arg and expected != arg


def rel_plus(arg, peer, expected, db):
    """The peer's number is pixfmt's plus arg."""
    return isinstance(peer, int) and peer == expected + int(arg)


def rel_divided_by(arg, peer, expected, db):
    """The peer's number is pixfmt's divided by arg."""
    return isinstance(peer, int) and peer * int(arg) == expected and int(arg) != 1


def rel_not_a_code(arg, peer, expected, db):
    """The peer's fourcc is no V4L2 or DRM code of any pixfmt format: a fourcc
    of the peer's own convention."""
    codes = {c.fourcc for f in db.formats for c in f.v4l2} | \
        {f.drm.fourcc for f in db.formats if f.drm}
    return bool(arg) and peer not in codes


def rel_code_of(arg, peer, expected, db):
    """The peer's fourcc is a V4L2 or DRM code of pixfmt format arg (a
    different layout that shares the characters)."""
    f = next((f for f in db.formats if f.name == arg), None)
    return f is not None and peer in ({c.fourcc for c in f.v4l2} |
                                      ({f.drm.fourcc} if f.drm else set()))


RELATIONS = {
    'peer_is': rel_peer_is,
    'plus': rel_plus,
    'divided_by': rel_divided_by,
    'not_a_code': rel_not_a_code,
    'code_of': rel_code_of,
}


def peer_facts(peer, binary, names):
    answers = [json.loads(line) for line in reviewed.run(binary, ['--facts'], names)]
    return {n: (None if 'error' in a else PEER_FACTS[peer](a)) for n, a in zip(names, answers)}


def layouts(binary, names):
    """name -> [(pitch, size) per plane] at each of REVERSE_SIZES, or None."""
    lines = [f'{n} {w} {h} 1' for n in names for w, h in REVERSE_SIZES]
    answers = [json.loads(line) for line in reviewed.run(binary, [], lines)]
    out = {}
    for i, n in enumerate(names):
        got = answers[i * len(REVERSE_SIZES):(i + 1) * len(REVERSE_SIZES)]
        out[n] = None if any('error' in a for a in got) else tuple(
            tuple((p['pitch'], p['size']) for p in a['planes']) for a in got)
    return out


def check_peer(peer, binary, db, rules, examples):
    """Compare the recorded names; returns the number of failures."""
    paired = [(f, f.names[peer]) for f in db.formats if f.names.get(peer)]
    facts = peer_facts(peer, binary, sorted({n for _f, n in paired}))
    mine = [r for r in rules if r['peer'] == peer]
    hits = defaultdict(list)
    unreviewed = []
    compared_n = agree = 0
    for f, name in paired:
        for field, theirs, ours in compared(f, name, peer, facts[name]):
            compared_n += 1
            if theirs == ours:
                agree += 1
                continue
            what = f'{f.name} ({name}) {field}: {peer} {theirs!r}, pixfmt {ours!r}'
            for i, r in enumerate(mine):
                (rel, arg), = r['relation'].items()
                if f.name in r['formats'] and r['field'] == field \
                        and RELATIONS[rel](arg, theirs, ours, db):
                    hits[i].append((f.name, what))
                    break
            else:
                unreviewed.append(what)
    reviewed = sum(len(v) for v in hits.values())
    print(f'== {peer}: {len(paired)} names checked, {compared_n} facts compared: {agree} agree, '
          f'{reviewed} reviewed disagreements, {len(unreviewed)} unreviewed')
    failed = len(unreviewed)
    for i, r in enumerate(mine):
        explained = {fmt for fmt, _ in hits.get(i, [])}
        if hits.get(i):
            print(f'  reviewed   {r["class"]} ({r["field"]}): {len(hits[i])} in '
                  f'{" ".join(sorted(explained))}')
            for _fmt, e in hits[i][:examples]:
                print(f'      e.g. {e}')
        unused = [fmt for fmt in r['formats'] if fmt not in explained]
        if unused:
            print(f'  FAIL       {r["class"]}: explains nothing for {" ".join(unused)} '
                  f'(field {r["field"]})')
            failed += 1
    for e in unreviewed:
        print(f'  UNREVIEWED {e}')
    return failed


def reverse(peer, binary, pixfmt_binary, db):
    """Print the peer's formats whose facts (SIGNATURE, byte order where it
    matters) and plane sizes equal those of a pixfmt format that records no
    name for this peer. Formats that record another name are counted only:
    formats.yaml holds one name per peer."""
    names = reviewed.run(binary, ['--names'], [])
    facts = peer_facts(peer, binary, names)
    names = [n for n in names if facts[n] and not facts[n]['hwaccel']]
    theirs = layouts(binary, names)
    formats = [f for f in db.formats if not f.compressed]
    ours = layouts(pixfmt_binary, [f.name for f in formats])
    recorded = {f.names[peer] for f in db.formats if f.names.get(peer)}
    found = named_elsewhere = 0
    for n in names:
        t = facts[n]
        if theirs[n] is None:
            continue
        cands = []
        for f in formats:
            p = pixfmt_facts(f)
            if f.names.get(peer) == n or ours[f.name] != theirs[n]:
                continue
            if any(p[k] != t[k] for k in SIGNATURE):
                continue
            if (t['order_matters'] or f.big_endian) and p['big_endian'] != t['big_endian']:
                continue
            if f.names.get(peer):
                named_elsewhere += 1
            else:
                cands.append(f.name)
        if cands:
            found += 1
            state = f'recorded on {", ".join(g.name for g in db.formats if g.names.get(peer) == n)}' \
                if n in recorded else 'unrecorded'
            print(f'  {n} ({state}): {", ".join(cands)}')
    print(f'  {found} of {len(names)} {peer} formats have a same-sized pixfmt format without '
          f'a {peer} name; {named_elsewhere} more pairs where the pixfmt format records another')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--pixfmt', required=True, help='pixfmt_layout binary (reverse coverage)')
    ap.add_argument('--ffmpeg', help='ffmpeg_layout binary (FFmpeg not checked without it)')
    ap.add_argument('--gstreamer', help='gst_layout binary (GStreamer not checked without it)')
    ap.add_argument('--deviations', required=True, help='fact_deviations.yaml')
    ap.add_argument('--formats', required=True, help='formats.yaml')
    ap.add_argument('--examples', type=int, default=2, help='examples printed per rule')
    ap.add_argument('--no-reverse', action='store_true', help='skip reverse coverage')
    args = ap.parse_args()

    db = model.load(args.formats)
    rules, problems = reviewed.load_rules(
        args.deviations, ('class', 'peer', 'formats', 'field', 'relation', 'evidence'),
        RELATIONS, {'peer': PEERS, 'field': FIELDS})
    for p in problems:
        print(f'FAIL {p}')
    if problems:
        return 1
    failed = 0
    binaries = {'ffmpeg': args.ffmpeg, 'gstreamer': args.gstreamer}
    for peer in PEERS:
        if not binaries[peer]:
            print(f'== {peer}: not checked (no dumper given)')
            if any(r['peer'] == peer for r in rules):
                print(f'  (its rules in {args.deviations} are not checked either)')
            continue
        failed += check_peer(peer, binaries[peer], db, rules, args.examples)
    for peer in PEERS:
        if binaries[peer] and not args.no_reverse:
            print(f'== {peer} reverse coverage (informational)')
            reverse(peer, binaries[peer], args.pixfmt, db)
    return reviewed.finish(failed)


if __name__ == '__main__':
    sys.exit(main())
