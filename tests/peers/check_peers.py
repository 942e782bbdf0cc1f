#!/usr/bin/python3
"""Compare pixfmt's layouts with FFmpeg's libavutil and GStreamer's video library.

formats.yaml pairs every pixfmt format with the FFmpeg AVPixelFormat and the
GStreamer GstVideoFormat of exactly the same memory layout (or null). For each
pairing this runs pixfmt_layout and the peer's dumper (ffmpeg_layout,
gst_layout; same stdin/stdout protocol) over a set of sizes and pitch
alignments, and compares the plane count, and per plane the pitch, height,
size and offset, and the total.

A disagreement is reviewed when a rule of peer_deviations.yaml explains it: the
rule names the peer, the pixfmt formats, the fields and a relation between the
peer's value and pixfmt's that must hold (see RELATIONS). The value the peer
reported is then carried forward, so that a wider pitch is not reported again
as a bigger size, offset and total (an unreviewed one is carried forward too,
and reported once). Every rule must explain at least one
case; an unexplained disagreement, or a rule that never applies, fails.

Offsets and totals are checked through the space the peer leaves for the plane
before: offset[i] - offset[i-1] (or total - offset[last]) against that plane's
size. Relations on the fields offset and total speak about that space.
"""
import argparse
import os
import json
import sys
from collections import defaultdict


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gen'))
import model  # noqa: E402
import reviewed  # noqa: E402

SIZES = [(1, 1), (1, 2), (2, 2), (3, 3), (7, 5), (15, 9), (33, 17), (97, 31), (175, 143),
         (640, 480), (721, 577), (1281, 719), (1366, 767), (1366, 768), (1920, 1080),
         (4096, 2160)]
ALIGNS = {'ffmpeg': [1, 4, 32, 64], 'gstreamer': [1, 4, 32, 64]}
FIELDS = ('error', 'planes', 'pitch', 'height', 'size', 'offset', 'total')
PEERS = ('ffmpeg', 'gstreamer')


def round_up(v, m):
    return -(-v // m) * m


# Relations a deviation rule may state. Each gets the context of one
# disagreement: peer and expected (pixfmt's, after earlier reviewed deviations)
# values, the alignment, and for offset/total the pitch, height and size of
# the plane before and the space the peer left for it.
def rel_round_up(arg, c):
    """The peer rounds pixfmt's value up to a multiple of arg."""
    return c['peer'] == round_up(c['expected'], int(arg))


def rel_pads_beyond_alignment(arg, c):
    """With an alignment above 1 the peer's pitch is a multiple of it, larger
    than pixfmt's, and larger than the peer's own pitch at alignment 1 rounded
    up to the alignment: the peer widens the image rather than rounding the
    pitch. (Comparing with the peer's own minimum keeps this from hiding a
    pixfmt pitch that is too small; the alignment-1 case reports that.)"""
    base = c.get('peer_base')
    return bool(arg) and c['align'] > 1 and base is not None and c['peer'] % c['align'] == 0 \
        and c['peer'] > c['expected'] and c['peer'] > round_up(base, c['align'])


def rel_even_lines(arg, c):
    """The peer leaves room for an even number of lines of the plane before."""
    return bool(arg) and c['space'] == c['prev_pitch'] * round_up(c['prev_height'], 2) \
        and c['prev_height'] % 2 == 1


def rel_space_factor(arg, c):
    """The peer leaves arg times the size of the plane before."""
    return c['space'] == int(arg) * c['prev_size'] and int(arg) != 1


def rel_plus_bytes(arg, c):
    """The peer's value is pixfmt's plus arg bytes."""
    return c['peer'] == c['expected'] + int(arg)


def rel_pixfmt_whole_block(arg, c):
    """pixfmt's value is larger by less than arg bytes: pixfmt rounds a line
    to a whole packing block, where the peer packs only the samples."""
    return 0 < c['expected'] - c['peer'] < int(arg)


def rel_peer_error(arg, c):
    """The peer gives no layout (its error message contains arg); pixfmt does."""
    return c['peer_error'] is not None and str(arg) in c['peer_error'] and c['expected_error'] is None


RELATIONS = {
    'round_up': rel_round_up,
    'pads_beyond_alignment': rel_pads_beyond_alignment,
    'even_lines': rel_even_lines,
    'space_factor': rel_space_factor,
    'plus_bytes': rel_plus_bytes,
    'peer_error': rel_peer_error,
    'pixfmt_whole_block': rel_pixfmt_whole_block,
}


class Checker:
    def __init__(self, peer, rules):
        self.peer = peer
        self.rules = [r for r in rules if r['peer'] == peer]
        self.hits = defaultdict(list)        # rule index -> examples
        self.format_hits = defaultdict(set)  # rule index -> formats it explained
        self.unreviewed = defaultdict(list)  # (field, format) -> examples

    def explain(self, fmt, field, ctx):
        for i, r in enumerate(self.rules):
            if fmt in r['formats'] and field in r['fields']:
                (name, arg), = r['relation'].items()
                if RELATIONS[name](arg, ctx):
                    return i
        return None

    def disagree(self, case, field, ctx, what):
        """One disagreement; True when a rule explains it."""
        fmt = case[0]
        i = self.explain(fmt, field, ctx)
        text = f'{fmt} {case[2]}x{case[3]} align {case[4]}: {what}'
        if i is None:
            self.unreviewed[(field, fmt)].append(text)
            return False
        self.hits[i].append(text)
        self.format_hits[i].add(fmt)
        return True

    def compare(self, case, ours, theirs, base=None):
        """Compare one case; returns (disagreements, unreviewed ones). base is
        the peer's answer for the same format and size at alignment 1."""
        n = bad = 0
        ctx0 = {'align': case[4], 'peer_error': theirs.get('error'),
                'expected_error': ours.get('error')}
        base_planes = None
        if base and 'planes' in base and 'planes' in theirs \
                and len(base['planes']) == len(theirs['planes']):
            base_planes = base['planes']
        if 'error' in ours or 'error' in theirs:
            if ours.get('error') is not None and theirs.get('error') is not None:
                return 0, 0
            ctx = dict(ctx0, peer=None, expected=None)
            what = (f'{self.peer} {json.dumps(theirs.get("error", "no error"))}, '
                    f'pixfmt {json.dumps(ours.get("error", "no error"))}')
            return 1, 0 if self.disagree(case, 'error', ctx, what) else 1
        op, tp = ours['planes'], theirs['planes']
        if len(op) != len(tp):
            ctx = dict(ctx0, peer=len(tp), expected=len(op))
            ok = self.disagree(case, 'planes', ctx,
                               f'{len(tp)} planes, pixfmt {len(op)}')
            return 1, 0 if ok else 1
        offset = 0
        prev = None
        for i, (o, t) in enumerate(zip(op, tp)):
            plane = {}
            for field in ('pitch', 'height'):
                plane[field] = o[field]
                if t[field] != o[field]:
                    n += 1
                    ctx = dict(ctx0, peer=t[field], expected=o[field],
                               peer_base=base_planes[i][field] if base_planes else None)
                    bad += not self.disagree(
                        case, field, ctx,
                        f'plane {i} {field} {self.peer} {t[field]}, pixfmt {o[field]}')
                    plane[field] = t[field]
            expected_size = o['size']
            if (plane['pitch'], plane['height']) != (o['pitch'], o['height']):
                expected_size = plane['pitch'] * plane['height']
            if t['size'] != expected_size:
                n += 1
                ctx = dict(ctx0, peer=t['size'], expected=expected_size)
                bad += not self.disagree(
                    case, 'size', ctx,
                    f'plane {i} size {self.peer} {t["size"]}, pixfmt {o["size"]}'
                    f' (pitch x height here {expected_size})')
            plane['size'] = t['size']
            if prev is not None:
                # pixfmt's own gap after the plane before, if it leaves one
                offset += prev['size'] + o['offset'] - op[i - 1]['offset'] - op[i - 1]['size']
            if t['offset'] != offset:
                n += 1
                space = t['offset'] - (tp[i - 1]['offset'] if i else 0)
                ctx = dict(ctx0, peer=t['offset'], expected=offset, space=space,
                           prev_pitch=prev['pitch'] if prev else 0,
                           prev_height=prev['height'] if prev else 0,
                           prev_size=prev['size'] if prev else 0)
                bad += not self.disagree(
                    case, 'offset', ctx,
                    f'plane {i} offset {self.peer} {t["offset"]}, pixfmt {o["offset"]}'
                    f' (after reviewed deviations {offset})')
                offset = t['offset']
            prev = plane
        total = offset + prev['size'] + ours['total'] - op[-1]['offset'] - op[-1]['size']
        if theirs['total'] != total:
            n += 1
            ctx = dict(ctx0, peer=theirs['total'], expected=total,
                       space=theirs['total'] - tp[-1]['offset'], prev_pitch=prev['pitch'],
                       prev_height=prev['height'], prev_size=prev['size'])
            bad += not self.disagree(
                case, 'total', ctx,
                f'total {self.peer} {theirs["total"]}, pixfmt {ours["total"]}'
                f' (after reviewed deviations {total})')
        return n, bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--pixfmt', required=True, help='pixfmt_layout binary')
    ap.add_argument('--ffmpeg', help='ffmpeg_layout binary (FFmpeg not checked without it)')
    ap.add_argument('--gstreamer', help='gst_layout binary (GStreamer not checked without it)')
    ap.add_argument('--deviations', required=True, help='peer_deviations.yaml')
    ap.add_argument('--formats', required=True, help='formats.yaml, with the ffmpeg and gstreamer names')
    ap.add_argument('--examples', type=int, default=3, help='examples printed per group')
    args = ap.parse_args()

    failed = 0
    # the pairings are recorded in formats.yaml (ffmpeg:, gstreamer:)
    db = model.load(args.formats)
    names = [{'pixfmt': f.name, 'ffmpeg': f.ffmpeg, 'gstreamer': f.gstreamer} for f in db.formats]
    print(f'names: {sum(1 for e in names if e["ffmpeg"])} formats paired with FFmpeg, '
          f'{sum(1 for e in names if e["gstreamer"])} with GStreamer')

    rules, problems = reviewed.load_rules(
        args.deviations, ('class', 'peer', 'formats', 'fields', 'relation', 'evidence'),
        RELATIONS, {'peer': PEERS, 'fields': FIELDS})
    for p in problems:
        print(f'FAIL {p}')
    failed += len(problems)
    if problems:
        print(f'0 passed, {failed} failed')
        return 1

    binaries = {'ffmpeg': args.ffmpeg, 'gstreamer': args.gstreamer}
    passed = 0
    for peer in PEERS:
        if not binaries[peer]:
            print(f'== {peer}: not checked (no dumper given)')
            continue
        pairs = [(e['pixfmt'], e[peer]) for e in names if e.get(peer)]
        cases = [(fmt, pname, w, h, a) for fmt, pname in pairs for (w, h) in SIZES
                 for a in ALIGNS[peer]]
        ours = [json.loads(x) for x in reviewed.run(args.pixfmt, [], [f'{c[0]} {c[2]} {c[3]} {c[4]}' for c in cases])]
        theirs = [json.loads(x) for x in reviewed.run(binaries[peer], [], [f'{c[1]} {c[2]} {c[3]} {c[4]}' for c in cases])]
        chk = Checker(peer, rules)
        exact = reviewed_only = with_bad = 0
        align1 = {(c[0], c[2], c[3]): t for c, t in zip(cases, theirs) if c[4] == 1}
        for case, o, t in zip(cases, ours, theirs):
            n, bad = chk.compare(case, o, t, align1.get((case[0], case[2], case[3])))
            if bad:
                with_bad += 1
            elif n:
                reviewed_only += 1
            else:
                exact += 1
        print(f'== {peer}: {len(pairs)} formats, {len(cases)} cases: {exact} agree, '
              f'{reviewed_only} differ only by reviewed deviations, {with_bad} with '
              f'unreviewed disagreements')
        for i, r in enumerate(chk.rules):
            ex = chk.hits.get(i, [])
            unused = [f for f in r['formats'] if f not in chk.format_hits[i]]
            if ex:
                print(f'  reviewed   {r["class"]}: {len(ex)} disagreements in '
                      f'{len(chk.format_hits[i])} formats')
                for e in ex[:args.examples]:
                    print(f'      e.g. {e}')
            if unused:
                print(f'  FAIL       {r["class"]}: listed deviation never occurs for '
                      f'{" ".join(unused)} (fields {" ".join(r["fields"])})')
                failed += 1
        for (field, fmt), ex in sorted(chk.unreviewed.items()):
            print(f'  UNREVIEWED {field} {fmt} ({dict(pairs)[fmt]}): {len(ex)} disagreements')
            for e in ex[:args.examples]:
                print(f'      e.g. {e}')
        passed += exact + reviewed_only
        failed += with_bad
    print(f'{passed} passed, {failed} failed')
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
