#!/usr/bin/python3
"""pixfmt's read_pixel() against FFmpeg's libswscale, pixel by pixel.

Runs sws_pixels (see its header for the method: a random 37x23 frame laid
out as FFmpeg lays it out, repacked by sws_scale() into the planar format of
the same family, compared per pixel with read_pixel() of the source, wider
targets through swscale's widening rule) and prints per format the pixels
compared and whether they are exact.

Two runs per format: "garbage" (random padding bits) and "zeroed" (padding
bits zero). A difference is reviewed when a rule of pixel_deviations.yaml
explains it:
  reads_padding: true   swscale reads the format's padding bits (garbage
                        differs, zeroed is compared instead).
  max_difference: N     swscale does not repack the format exactly: every
                        differing component is off by at most N.
  not_input: true       swscale does not take the format as input.
A rule that explains nothing for one of its formats fails, and so does an
unexplained difference or a layout disagreement. Bayer, palette and float
formats are skipped by sws_pixels with the reason (no repack in swscale).
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reviewed  # noqa: E402

RELATIONS = ('reads_padding', 'max_difference', 'not_input')
PLAIN_SKIPS = ('bayer:', 'palette:', 'float:')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--sws', required=True, help='the sws_pixels program')
    ap.add_argument('--deviations', required=True)
    args = ap.parse_args()

    start = time.monotonic()
    results, rules, problems = reviewed.pixel_results(args.sws, args.deviations, RELATIONS)
    counts = {'exact': 0, 'reviewed': 0, 'skipped': 0}
    for r, rel, head in reviewed.compared_pixels(results, rules, problems, counts,
                                                  lambda r: f"{r['format']:14} {r['ffmpeg']:>12}",
                                                  'not_input', PLAIN_SKIPS, 'swscale'):
        name = r['format']
        g, z, n = r['garbage'], r['zeroed'], r['pixels']
        limit = rel.get('max_difference')
        notes = []
        if z['differ']:
            if limit is None or z['max'] > limit:
                problems.append(f"{name} -> {r['target']}: {z['differ']} of {n} pixels differ "
                                f"(largest {z['max']}), first {z['first']}; round trip loses "
                                f"{r['roundtrip']}")
                continue
            notes.append(f"{z['differ']} differ by <= {z['max']} (reviewed: swscale, round trip "
                         f"loses {r['roundtrip']})")
        elif limit is not None:
            problems.append(f"{name}: max_difference rule explains nothing (exact)")
        if g['differ'] and not rel.get('reads_padding') and not (limit is not None and g['max'] <= limit):
            problems.append(f"{name} -> {r['target']}: garbage in padding bits changes swscale's result "
                            f"({g['differ']} pixels, first {g['first']}), unreviewed")
            continue
        if rel.get('reads_padding'):
            if not g['differ'] or g == z:
                problems.append(f"{name}: reads_padding rule explains nothing")
            notes.append('padding zeroed (swscale reads it)')
        w = r['widen']
        if w['replicate'] or w['shift']:
            notes.append(f"widened: replication fits {w['replicate']}, shift {w['shift']}")
        state = 'exact' if not z['differ'] else 'reviewed'
        counts[state] += 1
        print(f"{head} -> {r['target']:12}: {n} pixels, {state}" + (f" ({'; '.join(notes)})" if notes else ''))
    return reviewed.pixel_summary(results, counts, problems, start)


if __name__ == '__main__':
    sys.exit(main())
