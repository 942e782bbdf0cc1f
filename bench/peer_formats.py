#!/usr/bin/python3
"""Write the formats pixfmt, FFmpeg and GStreamer all describe, as a C++
header for the peer benchmark: V4L2 code (the first), FFmpeg and GStreamer
names, from formats.yaml's ffmpeg/gstreamer fields.

    peer_formats.py FORMATS_YAML OUTPUT
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
import model  # noqa: E402


def main():
    db = model.load(sys.argv[1])
    rows = ["// generated from formats.yaml by bench/peer_formats.py, do not edit",
            "// V4L2 code, FFmpeg name, GStreamer name of every format all three describe",
            "struct peer_format { std::uint32_t v4l2; const char *ffmpeg; const char *gst; const char *name; };",
            "inline constexpr peer_format peer_formats[] = {"]
    for f in db.formats:
        if f.v4l2 and f.ffmpeg and f.gstreamer and not f.compressed:
            rows.append('\t{ 0x%08x, "%s", "%s", "%s" },' % (f.v4l2[0].code, f.ffmpeg, f.gstreamer, f.name))
    rows.append("};")
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
