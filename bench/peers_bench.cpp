// pixfmt against the libraries its users already have, in one process: the
// formats pixfmt, FFmpeg (libavutil) and GStreamer (gst-video) all describe
// (peer_formats.h, from formats.yaml), 4096 queries in a shuffled order.
//
// lookup:          pixfmt find_v4l2() | gst_video_format_get_info() |
//                  av_pix_fmt_desc_get(); floor: a direct array index
// lookup + layout: the whole 1920x1080 layout (every plane's pitch, size,
//                  offset, and the total):
//   pixfmt     find_v4l2() + layout(): real need, checked arithmetic;
//              also layout_into(), which fills the caller's layout in place
//   GStreamer  gst_video_info_set_format(): also fills colorimetry,
//              chroma siting, flags and views; strides rounded up to 4
//   FFmpeg     av_pix_fmt_desc_get() + av_image_fill_linesizes() +
//              av_image_fill_plane_sizes(), offsets summed
//
// Also a counting mode for callgrind: peers_bench --count MODE N runs N
// operations of one kind and nothing else.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

extern "C" {
#include <gst/video/video.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
}

#include <pixfmt/pixfmt.hpp>

#include "peer_formats.h"

namespace {

constexpr std::size_t queries = 4096; // power of two: index with a mask
constexpr std::uint32_t width = 1920, height = 1080;

struct query {
	std::uint32_t v4l2;
	AVPixelFormat ff;
	GstVideoFormat gst;
	std::uint32_t index; // into peer_formats, for the floor
};

const std::vector<query> &qs()
{
	static const std::vector<query> q = [] {
		std::vector<query> out;
		constexpr std::size_t n = std::size(peer_formats);
		for (std::size_t i = 0; i < queries; ++i) {
			const peer_format &p = peer_formats[i % n];
			query e{ p.v4l2, av_get_pix_fmt(p.ffmpeg), gst_video_format_from_string(p.gst),
				 static_cast<std::uint32_t>(i % n) };
			if (e.ff == AV_PIX_FMT_NONE || e.gst == GST_VIDEO_FORMAT_UNKNOWN ||
			    !pixfmt::find_v4l2(e.v4l2)) {
				std::fprintf(stderr, "peer_formats.h: %s unknown to a peer\n", p.name);
				std::exit(1);
			}
			out.push_back(e);
		}
		std::shuffle(out.begin(), out.end(), std::mt19937(12345));
		return out;
	}();
	return q;
}

// ---- one operation of each kind

inline std::uint64_t pixfmt_layout(const query &q)
{
	auto v = pixfmt::find_v4l2(q.v4l2);
	auto l = pixfmt::layout(v->format, width, height);
	benchmark::DoNotOptimize(l); // every field computed and stored, as the peers do
	return l ? l->total + l->planes[l->num_planes - 1].offset : 0;
}

// the same through layout_into(): the caller's layout filled in place
inline std::uint64_t pixfmt_layout_into(const query &q)
{
	auto v = pixfmt::find_v4l2(q.v4l2);
	pixfmt::image_layout l;
	if (pixfmt::layout_into(l, v->format, width, height) != pixfmt::errc::ok)
		return 0;
	benchmark::DoNotOptimize(l);
	return l.total + l.planes[l.num_planes - 1].offset;
}

inline std::uint64_t gst_layout(const query &q)
{
	GstVideoInfo info;
	gst_video_info_set_format(&info, q.gst, width, height);
	return info.size + info.offset[GST_VIDEO_INFO_N_PLANES(&info) - 1];
}

inline std::uint64_t ffmpeg_layout(const query &q)
{
	const AVPixFmtDescriptor *d = av_pix_fmt_desc_get(q.ff);
	int linesizes[4];
	std::size_t sizes[4];
	std::ptrdiff_t lines[4];
	av_image_fill_linesizes(linesizes, q.ff, width);
	for (int i = 0; i < 4; ++i)
		lines[i] = linesizes[i];
	av_image_fill_plane_sizes(sizes, q.ff, height, lines);
	std::uint64_t offset = 0, last = 0;
	for (int i = 0; i < 4 && sizes[i]; ++i) {
		last = offset;
		offset += sizes[i];
	}
	return offset + last + d->nb_components;
}

inline std::uintptr_t pixfmt_lookup(const query &q)
{
	return reinterpret_cast<std::uintptr_t>(&pixfmt::find_v4l2(q.v4l2)->format.desc());
}

inline std::uintptr_t gst_lookup(const query &q)
{
	return reinterpret_cast<std::uintptr_t>(gst_video_format_get_info(q.gst));
}

inline std::uintptr_t ffmpeg_lookup(const query &q)
{
	return reinterpret_cast<std::uintptr_t>(av_pix_fmt_desc_get(q.ff));
}

inline std::uintptr_t floor_lookup(const query &q)
{
	return reinterpret_cast<std::uintptr_t>(&peer_formats[q.index]);
}

template <class F>
void run(benchmark::State &state, F op)
{
	const auto &q = qs();
	std::size_t i = 0;
	for (auto _ : state) {
		benchmark::DoNotOptimize(op(q[i]));
		i = (i + 1) & (queries - 1);
	}
	state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void lookup_pixfmt(benchmark::State &s) { run(s, pixfmt_lookup); }
void lookup_gstreamer(benchmark::State &s) { run(s, gst_lookup); }
void lookup_ffmpeg(benchmark::State &s) { run(s, ffmpeg_lookup); }
void lookup_direct_index(benchmark::State &s) { run(s, floor_lookup); }
void layout_pixfmt(benchmark::State &s) { run(s, pixfmt_layout); }
void layout_into_pixfmt(benchmark::State &s) { run(s, pixfmt_layout_into); }
void layout_gstreamer(benchmark::State &s) { run(s, gst_layout); }
void layout_ffmpeg(benchmark::State &s) { run(s, ffmpeg_layout); }

BENCHMARK(lookup_pixfmt);
BENCHMARK(lookup_gstreamer);
BENCHMARK(lookup_ffmpeg);
BENCHMARK(lookup_direct_index);
BENCHMARK(layout_pixfmt);
BENCHMARK(layout_into_pixfmt);
BENCHMARK(layout_gstreamer);
BENCHMARK(layout_ffmpeg);

// --count MODE N: N operations of one kind, for callgrind (start-up cancels
// out between two run lengths, see bench/run.sh)
int count(const char *mode, long n)
{
	const auto &q = qs();
	std::uint64_t sink = 0;
	std::uint64_t (*layout_op)(const query &) = nullptr;
	std::uintptr_t (*lookup_op)(const query &) = nullptr;
	const std::string m = mode;
	if (m == "layout-pixfmt")
		layout_op = pixfmt_layout;
	else if (m == "layout-into-pixfmt")
		layout_op = pixfmt_layout_into;
	else if (m == "layout-gstreamer")
		layout_op = gst_layout;
	else if (m == "layout-ffmpeg")
		layout_op = ffmpeg_layout;
	else if (m == "lookup-pixfmt")
		lookup_op = pixfmt_lookup;
	else if (m == "lookup-gstreamer")
		lookup_op = gst_lookup;
	else if (m == "lookup-ffmpeg")
		lookup_op = ffmpeg_lookup;
	else if (m == "lookup-index")
		lookup_op = floor_lookup;
	else if (m != "none")
		return 2;
	for (long i = 0; i < n; ++i) {
		const query &e = q[static_cast<std::size_t>(i) & (queries - 1)];
		if (layout_op)
			sink += layout_op(e);
		else if (lookup_op)
			sink += lookup_op(e);
		else
			sink += e.v4l2;
	}
	benchmark::DoNotOptimize(sink);
	return 0;
}

} // namespace

int main(int argc, char **argv)
{
	if (argc == 4 && !std::strcmp(argv[1], "--count"))
		return count(argv[2], std::atol(argv[3]));
	std::printf("%zu formats all three describe, %zu shuffled queries, layouts at %ux%u\n",
		    std::size(peer_formats), queries, width, height);
	benchmark::Initialize(&argc, argv);
	benchmark::RunSpecifiedBenchmarks();
	benchmark::Shutdown();
	return 0;
}
