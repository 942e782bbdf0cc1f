#!/usr/bin/python3
"""pixfmt's read_pixel() against GStreamer's own unpack functions, pixel by pixel.

Runs gst_pixels (see its header for the method: a frame of random bytes laid
out as gst_video_info_set_format() lays it out, each line unpacked by the
format's GstVideoFormatInfo::unpack_func into AYUV / ARGB / AYUV64 / ARGB64
and compared per pixel with read_pixel(), narrower samples widened by bit
replication) and prints per format the pixels compared and whether they are
exact. The tiled formats (NV12_4L4, NV12_32L32, NV12_16L32S = MM21,
NV12_8L128, NV12_10BE_8L128) have no other oracle.

Three frames per format: "garbage" (random padding bits), "zeroed" and
"ones" (the same components, every padding bit 0 or 1, by write_pixel()). A
difference is reviewed when rules of gst_pixel_deviations.yaml explain it:
  reads_padding: zeroed|ones  GStreamer reads padding bits pixfmt ignores:
                              that frame is compared instead of garbage.
  tail_chroma_swapped: true   only an odd line's last pixel differs, and
                              exactly with Cb and Cr exchanged.
  alpha_ten_bit_step: true    only A differs, and is GStreamer's 10-bit
                              step applied to 2 bits (v << 14 | v << 4).
  widened_by_shift: true      every widened sample is a plain shift (no
                              bit replication).
  odd_luma_shifted: true      Y of odd x is a plain shift.
  pitch_narrower: true        pixfmt's planes do not fit GStreamer's at
                              37x23; compared at 36x22.
  not_unpacked: true          GStreamer has no unpack for the name.
A rule that explains nothing for one of its formats fails, and so does an
unexplained difference or a layout disagreement. A palette format's index
is compared through GStreamer's palette (random bytes, its last plane).
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reviewed  # noqa: E402

HYPOTHESES = ('tail_chroma_swapped', 'alpha_ten_bit_step', 'widened_by_shift', 'odd_luma_shifted')
RELATIONS = ('reads_padding', 'pitch_narrower', 'not_unpacked') + HYPOTHESES
PLAIN_SKIPS = ()  # skips that need no review


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--gst', required=True, help='the gst_pixels program')
    ap.add_argument('--deviations', required=True)
    args = ap.parse_args()

    start = time.monotonic()
    results, rules, problems = reviewed.pixel_results(args.gst, args.deviations, RELATIONS)
    for rule in rules:
        pad = (rule.get('relation') or {}).get('reads_padding')
        if pad is not None and pad not in ('zeroed', 'ones'):
            problems.append(f"{rule.get('class')}: reads_padding must be zeroed or ones")

    counts = {'exact': 0, 'reviewed': 0, 'skipped': 0}
    for r, rel, head in reviewed.compared_pixels(results, rules, problems, counts,
                                                  lambda r: f"{r['format']:16} {r['gstreamer']:>16}",
                                                  'not_unpacked', PLAIN_SKIPS, 'GStreamer'):
        name = r['format']
        notes = []
        if r['fallback']:
            if not rel.get('pitch_narrower'):
                problems.append(f"{name}: {r['fallback']}")
                continue
            notes.append(f"at {r['width']}x{r['height']}, reviewed: {r['fallback'].split(';')[0]}")
        elif rel.get('pitch_narrower'):
            problems.append(f"{name}: pitch_narrower rule explains nothing (fits at {r['width']}x{r['height']})")
        g = r['garbage']
        run = rel.get('reads_padding') or 'garbage'
        if run != 'garbage':
            if not g['differ'] or r[run]['differ'] >= g['differ']:
                problems.append(f"{name}: reads_padding rule explains nothing "
                                f"(garbage {g['differ']}, {run} {r[run]['differ']})")
            notes.append(f"{g['differ']} differ with random padding; padding bits {run}")
        d = r[run]
        hyps = [h for h in HYPOTHESES if rel.get(h)]
        if not d['differ']:
            for h in hyps:
                problems.append(f"{name}: {h} rule explains nothing (exact)")
        else:
            left = {h: d['left'][h] for h in hyps}
            if not hyps or any(left.values()):
                problems.append(f"{name} ({r['unpack']}, {run}): {d['differ']} of {r['pixels']} pixels differ "
                                f"(largest {d['max']}), first {d['first']}, columns {d['columns']}, "
                                f"{d['components']}; left unexplained: {d['left']}")
                continue
            notes.append(f"{d['differ']} differ, reviewed: {', '.join(hyps)}")
        w = d['widen']
        if w['replicate'] or w['shift']:
            notes.append(f"widened: replication fits {w['replicate']}, shift {w['shift']}, both {w['both']}")
        if r['tiled']:
            notes.append('tiled')
        if not r['planes'].startswith('same'):
            notes.append('pixfmt planes fit GStreamer\'s')
        state = 'exact' if not g['differ'] and not r['fallback'] else 'reviewed'
        counts[state] += 1
        print(f"{head} -> {r['unpack']:6}: {r['pixels']:5} pixels, {state}"
              + (f" ({'; '.join(notes)})" if notes else ''))
    return reviewed.pixel_summary(results, counts, problems, start)


if __name__ == '__main__':
    sys.exit(main())
