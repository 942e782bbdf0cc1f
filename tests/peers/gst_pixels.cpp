// gst_pixels: pixfmt's read_pixel() against GStreamer's own unpack
// functions, pixel by pixel (ctest peer_pixels_gst, through
// check_pixels_gst.py): a second oracle beside libswscale, and the only one
// for the tiled layouts.
//
// For every format with a GStreamer name (gstreamer:) whose bits the reader
// knows (has_pixels()): a frame laid out as GStreamer lays out that
// GstVideoFormat (gst_video_info_set_format(): its strides and offsets),
// WIDTH x HEIGHT (37x23), a tiled format whole tiles of GStreamer's (at
// least 40x36 and three tile rows: 40x36, 64x96, 48x96, 40x384), filled
// with random bytes
// and mapped with gst_video_frame_map(); a format whose planes pixfmt
// does not fit at 37x23 is compared at 36x22 (check_pixels_gst.py fails it
// unless reviewed). pixfmt reads the same bytes
// through the same plane pointers and pitches, after checking that
// pixfmt::layout() of the same size fits in GStreamer's planes: its pitch
// at most GStreamer's, its lines at GStreamer's pitch inside GStreamer's
// plane ("planes" says "same" when pitch and size agree too). A tiled
// plane's GStreamer stride is a count of tiles (GST_VIDEO_TILE_X_TILES of
// it, times the tile's bytes, is the pitch pixfmt is given).
//
// GStreamer unpacks each line, x 0 to the width, with the format's
// GstVideoFormatInfo::unpack_func (GST_VIDEO_PACK_FLAG_NONE) into its
// unpack format: AYUV / ARGB (8 bits a component) or AYUV64 / ARGB64 (16
// bits, values MSB-aligned). Each pixel's A, R G B / Y Cb Cr is
// compared with read_pixel()'s:
//
//   equal depths   exactly.
//   wider          the value widened by bit replication (GStreamer's rule,
//                  as this test finds it: its 16-bit unpacks do
//                  "v << (16 - n); v |= v >> n", which is replication for
//                  n >= 8, and its 8-bit RGB15/RGB16 unpacks replicate 5
//                  and 6 bits; "widen" counts for every widened component
//                  whether replication and whether a plain shift gives
//                  GStreamer's value: the evidence for the rule).
//   absent         a component pixfmt's format lacks: A is all ones, a grey
//                  format's Cb and Cr the middle (128, 32768).
//   subsampled     GStreamer repeats a chroma sample for every pixel of its
//                  site; read_pixel() of pixel (x, y) reads the chroma of
//                  the pixel's site, so the two compare directly.
//
// Three frames: "garbage" (the random bytes), "zeroed" and "ones" (the
// components pixfmt read, written with write_pixel() into a frame of zero
// or of 0xff bytes: every padding bit 0, or 1), for the formats where
// GStreamer reads padding bits. For each, "differ" counts the pixels with
// any component different, and "left" how many would still differ under
// each explanation gst_pixel_deviations.yaml may name: tail_chroma_swapped
// (Cb and Cr exchanged in an odd width's last pixel), alpha_ten_bit_step
// (A widened as v << 14 | v << 4), widened_by_shift (every sample a plain
// shift), odd_luma_shifted (Y of odd x a plain shift).
//
// A palette format (RGB8P): GStreamer's palette is its last plane (random
// bytes too); pixfmt's index C is looked up in it and compared with the
// unpacked ARGB.
//
// Skipped, with the reason: a name GStreamer does not know, a format without
// an unpack function.
//
// stdout: one JSON object per format:
//   {"format", "gstreamer", "unpack", "width", "height", "pixels", "tiled",
//    "planes": "same: ..." | "fit: ...", "fallback": why not 37x23 or "",
//    "garbage" / "zeroed" / "ones": {"differ", "max", "first", "components":
//    {c: n}, "columns": [x...], "left": {explanation: n}, "widen":
//    {"replicate", "shift", "both"}}}
//   or {"format", "gstreamer", "skip": reason} or {..., "error": reason}.
#include <algorithm>
#include <array>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <gst/gst.h>
#include <gst/video/video.h>

#include <pixfmt/pixel.hpp>
#include <pixfmt/pixfmt.hpp>

#include "pixel_peer.h"

namespace {

constexpr unsigned plain_width = 37, plain_height = 23;
constexpr unsigned tiled_width = 40, tiled_height = 36;
constexpr std::size_t slack = 4096;
using pixfmt::component;

// GStreamer's widening, as this test finds it: bit replication.
std::uint32_t widen(std::uint32_t v, unsigned from, unsigned to)
{
	return from == to ? v : replicate(v, from, to);
}

void skip(pixfmt::format f, const std::string &why)
{
	print_verdict(f, pixfmt::name_space::gstreamer, "skip", why);
}

void fail(pixfmt::format f, const std::string &why)
{
	print_verdict(f, pixfmt::name_space::gstreamer, "error", why);
}

// One comparison of a frame: the pixels that differ, and how many would
// still differ under each reviewed explanation.
struct tally {
	long differ = 0;
	std::uint32_t max = 0;
	std::string first;
	std::map<std::string, long> components;
	std::vector<unsigned> columns; // the x of differing pixels (the first 8)
	long tail_swap_left = 0;       // with Cb and Cr exchanged in an odd line's last pixel
	long alpha_step_left = 0;      // with A widened by GStreamer's 10-bit step
	long shift_left = 0;           // with every component widened by a plain shift
	long odd_luma_shift_left = 0;  // with Y of odd x widened by a plain shift
	widen_count widen;
};

// A frame of GStreamer's layout in bytes of ours, mapped.
struct mapped {
	GstBuffer *buf = nullptr;
	GstVideoFrame frame{};
	bool ok = false;
	mapped(GstVideoInfo &info, std::vector<std::uint8_t> &bytes)
	{
		buf = gst_buffer_new_wrapped_full(GST_MEMORY_FLAG_READONLY, bytes.data(), bytes.size(), 0, info.size,
						  nullptr, nullptr);
		ok = gst_video_frame_map(&frame, &info, buf, GST_MAP_READ);
	}
	~mapped()
	{
		if (ok)
			gst_video_frame_unmap(&frame);
		gst_buffer_unref(buf);
	}
	mapped(const mapped &) = delete;
	mapped &operator=(const mapped &) = delete;
};

struct geometry {
	unsigned width = 0, height = 0, planes = 0;
	std::array<std::size_t, GST_VIDEO_MAX_PLANES> size{};
	std::array<std::uint64_t, GST_VIDEO_MAX_PLANES> pitch{};
	bool same = true;
	std::string note;
};

// pixfmt's view of a frame's bytes (GStreamer's planes and pitches).
template <typename Byte> pixfmt::basic_frame<Byte> view_of(const geometry &g, void *const data[])
{
	pixfmt::basic_frame<Byte> fr;
	for (unsigned i = 0; i < g.planes; ++i) {
		fr.planes[i] = std::span<Byte>(static_cast<Byte *>(data[i]), g.size[i]);
		fr.pitch[i] = g.pitch[i];
	}
	return fr;
}

// GStreamer's planes for width x height, and whether pixfmt's fit them
// ("" when they do, else why not).
std::string plan(pixfmt::format f, const GstVideoFormatInfo *fi, GstVideoInfo &info, geometry &g)
{
	const bool tiled = GST_VIDEO_FORMAT_INFO_IS_TILED(fi);
	if (!gst_video_info_set_format(&info, GST_VIDEO_FORMAT_INFO_FORMAT(fi), g.width, g.height))
		return "gst_video_info_set_format failed";
	// a palette format's palette is GStreamer's last plane, not pixfmt's
	const unsigned palette = GST_VIDEO_FORMAT_INFO_HAS_PALETTE(fi) ? 1 : 0;
	g.planes = GST_VIDEO_INFO_N_PLANES(&info) - palette;
	if (g.planes != f.color_planes())
		return "planes: pixfmt " + std::to_string(f.color_planes()) + ", GStreamer " + std::to_string(g.planes);
	auto l = pixfmt::layout(f, g.width, g.height, 1);
	if (!l)
		return "pixfmt::layout: " + std::string(pixfmt::to_string(l.error()));
	std::string error;
	g.same = true;
	g.note.clear();
	for (unsigned i = 0; i < g.planes; ++i) {
		std::uint64_t offset = info.offset[i], end = info.size;
		for (unsigned j = 0; j < GST_VIDEO_INFO_N_PLANES(&info); ++j)
			if (info.offset[j] > offset && info.offset[j] < end)
				end = info.offset[j];
		std::uint64_t size = end - offset;
		std::uint64_t pitch = static_cast<std::uint64_t>(info.stride[i]);
		if (tiled) {
			// a tiled stride is a count of tiles: its x tiles times a tile's bytes
			const unsigned tile_bytes = GST_VIDEO_FORMAT_INFO_TILE_STRIDE(fi, i);
			const unsigned tile_lines = GST_VIDEO_FORMAT_INFO_TILE_HEIGHT(fi, i);
			pitch = static_cast<std::uint64_t>(GST_VIDEO_TILE_X_TILES(info.stride[i])) * tile_bytes;
			const auto tiles = pixfmt::tile_of(f, i);
			if (tiles[0] != tile_bytes || tiles[1] != tile_lines)
				error += "plane " + std::to_string(i) + " tiles: pixfmt " + std::to_string(tiles[0]) +
					 "x" + std::to_string(tiles[1]) + ", GStreamer " + std::to_string(tile_bytes) +
					 "x" + std::to_string(tile_lines) + "; ";
		}
		const auto &mine = l->planes[i];
		g.same = g.same && mine.pitch == pitch && mine.size == size;
		g.note += (i ? "; " : "") + std::to_string(i) + ": pixfmt pitch " + std::to_string(mine.pitch) + " x " +
			  std::to_string(mine.height) + " lines = " + std::to_string(mine.size) + ", GStreamer pitch " +
			  std::to_string(pitch) + " size " + std::to_string(size);
		if (mine.pitch > pitch || mine.height * pitch > size)
			error += "plane " + std::to_string(i) + " does not fit; ";
		g.size[i] = static_cast<std::size_t>(size);
		g.pitch[i] = pitch;
	}
	return error.empty() ? error : error + "(" + g.note + ")";
}

// GStreamer's unpack of every line of a mapped frame against read_pixel().
tally compare(pixfmt::format f, const GstVideoFormatInfo *fi, const geometry &g, GstVideoFrame &frame,
	      std::string &error)
{
	const GstVideoFormatInfo *ui = gst_video_format_get_info(fi->unpack_format);
	const bool rgb = GST_VIDEO_FORMAT_INFO_IS_RGB(ui);
	const unsigned to = GST_VIDEO_FORMAT_INFO_DEPTH(ui, 0); // 8 or 16
	const std::uint32_t ones = (1u << to) - 1;
	const component order[4] = { component::A, rgb ? component::R : component::Y,
				     rgb ? component::G : component::Cb, rgb ? component::B : component::Cr };
	const auto view = view_of<const std::uint8_t>(g, frame.data);
	// a palette format: pixfmt's index C through GStreamer's palette (256
	// native-endian 32-bit ARGB entries in the last plane)
	const bool palette = GST_VIDEO_FORMAT_INFO_HAS_PALETTE(fi);
	auto entry = [&](std::uint32_t index, unsigned k) {
		std::uint32_t argb;
		std::memcpy(&argb, static_cast<const std::uint8_t *>(frame.data[g.planes]) + 4 * index, 4);
		return argb >> (24 - 8 * k) & 0xff;
	};
	std::vector<std::uint8_t> line((g.width + 64) * 8);
	tally t;
	for (unsigned y = 0; y < g.height; ++y) {
		std::fill(line.begin(), line.end(), 0);
		fi->unpack_func(fi, GST_VIDEO_PACK_FLAG_NONE, line.data(), frame.data, frame.info.stride, 0,
				static_cast<gint>(y), static_cast<gint>(g.width));
		for (unsigned x = 0; x < g.width; ++x) {
			auto px = pixfmt::read_pixel(f, view, x, y);
			if (!px) {
				error = "read_pixel(" + std::to_string(x) + ", " + std::to_string(y) +
					"): " + std::string(pixfmt::to_string(px.error()));
				return t;
			}
			std::uint32_t got[4], want[4], step[4], shift[4], odd[4];
			for (unsigned k = 0; k < 4; ++k) {
				got[k] = to == 8 ? line[x * 4 + k]
						 : static_cast<std::uint32_t>(line[x * 8 + 2 * k] |
									      line[x * 8 + 2 * k + 1] << 8);
				const component c = order[k];
				if (palette) {
					want[k] = step[k] = shift[k] = odd[k] = entry((*px)[component::C], k);
					continue;
				}
				if (!px->has(c)) {
					want[k] = step[k] = shift[k] = odd[k] = c == component::A ? ones : 1u << (to - 1);
					continue;
				}
				const unsigned from = pixfmt::component_width(f, c);
				const std::uint32_t v = (*px)[c];
				want[k] = from > to ? v >> (from - to) : widen(v, from, to);
				// GStreamer's 16-bit step: v << (16 - n), then |= itself >> 10
				step[k] = want[k];
				if (to == 16 && from < 16) {
					step[k] = v << (16 - from);
					step[k] |= step[k] >> 10;
				}
				shift[k] = from < to ? v << (to - from) : want[k];
				odd[k] = c == component::Y && x % 2 ? shift[k] : want[k];
				if (from < to) {
					bool r = got[k] == replicate(v, from, to), s = got[k] == v << (to - from);
					t.widen.replicate += r;
					t.widen.shift += s;
					t.widen.both += r && s;
				}
			}
			bool differs = false;
			for (unsigned k = 0; k < 4; ++k)
				if (got[k] != want[k]) {
					const std::uint32_t d = got[k] > want[k] ? got[k] - want[k] : want[k] - got[k];
					t.max = std::max(t.max, d);
					auto cn = std::string(pixfmt::component_names[static_cast<std::size_t>(order[k])]);
					++t.components[cn];
					if (t.first.empty())
						t.first = std::to_string(x) + "," + std::to_string(y) + " " + cn + " pixfmt " +
							  std::to_string(want[k]) + " GStreamer " + std::to_string(got[k]);
					differs = true;
				}
			if (!differs)
				continue;
			++t.differ;
			if (t.columns.size() < 8 && std::find(t.columns.begin(), t.columns.end(), x) == t.columns.end())
				t.columns.push_back(x);
			const bool tail = (g.width & 1) && x == g.width - 1;
			t.tail_swap_left += !(tail && got[0] == want[0] && got[1] == want[1] && got[2] == want[3] &&
					      got[3] == want[2]);
			t.alpha_step_left += !(got[0] == step[0] && got[1] == want[1] && got[2] == want[2] &&
					       got[3] == want[3]);
			t.shift_left += !std::equal(got, got + 4, shift);
			t.odd_luma_shift_left += !std::equal(got, got + 4, odd);
		}
	}
	return t;
}

void print_tally(const char *key, const tally &t)
{
	std::printf(", \"%s\": {\"differ\": %ld, \"max\": %" PRIu32 ", \"first\": \"%s\", \"components\": {", key,
		    t.differ, t.max, json_escape(t.first).c_str());
	bool comma = false;
	for (const auto &[c, n] : t.components) {
		std::printf("%s\"%s\": %ld", comma ? ", " : "", c.c_str(), n);
		comma = true;
	}
	std::printf("}, \"columns\": [");
	for (std::size_t i = 0; i < t.columns.size(); ++i)
		std::printf("%s%u", i ? ", " : "", t.columns[i]);
	std::printf("], \"left\": {\"tail_chroma_swapped\": %ld, \"alpha_ten_bit_step\": %ld, \"widened_by_shift\": "
		    "%ld, \"odd_luma_shifted\": %ld}, \"widen\": {\"replicate\": %ld, \"shift\": %ld, \"both\": %ld}}",
		    t.tail_swap_left, t.alpha_step_left, t.shift_left, t.odd_luma_shift_left, t.widen.replicate,
		    t.widen.shift, t.widen.both);
}

void check(pixfmt::format f, std::mt19937 &rng)
{
	const std::string name(f.name_in(pixfmt::name_space::gstreamer));
	GstVideoFormat fmt = gst_video_format_from_string(name.c_str());
	if (fmt == GST_VIDEO_FORMAT_UNKNOWN)
		return skip(f, "GStreamer does not know " + name);
	const GstVideoFormatInfo *fi = gst_video_format_get_info(fmt);
	if (!fi->unpack_func)
		return skip(f, "no unpack function in GStreamer");
	const bool tiled = GST_VIDEO_FORMAT_INFO_IS_TILED(fi);

	// the size: 37x23, or 36x22 when pixfmt's planes do not fit GStreamer's
	// at 37x23; a tiled format whole tiles (GStreamer's plane 0 tiles), at
	// least 40x36 and three tile rows (so that the half-height chroma plane
	// has two)
	std::vector<std::pair<unsigned, unsigned>> sizes{ { plain_width, plain_height }, { 36, 22 } };
	if (tiled) {
		auto up = [](unsigned v, unsigned m) { return m ? (v + m - 1) / m * m : v; };
		const unsigned th = GST_VIDEO_FORMAT_INFO_TILE_HEIGHT(fi, 0);
		sizes = { { up(tiled_width, GST_VIDEO_FORMAT_INFO_TILE_WIDTH(fi, 0)),
			    up(std::max(tiled_height, 2 * th + 1), th) } };
	}
	GstVideoInfo info;
	geometry g;
	std::string error, fallback;
	for (auto [w, h] : sizes) {
		g.width = w;
		g.height = h;
		error = plan(f, fi, info, g);
		if (error.empty())
			break;
		if (fallback.empty())
			fallback = std::to_string(w) + "x" + std::to_string(h) + ": " + error;
	}
	if (!error.empty())
		return fail(f, error);
	if (g.width == plain_width || tiled)
		fallback.clear();

	// the random frame, and the same components with the padding bits zero
	// and with them one (write_pixel() into a frame of zeros or of ones)
	std::vector<std::uint8_t> bytes(info.size + slack), zeroed(info.size + slack, 0),
		ones(info.size + slack, 0xff);
	for (auto &b : bytes)
		b = static_cast<std::uint8_t>(rng());
	if (GST_VIDEO_FORMAT_INFO_HAS_PALETTE(fi)) // the same palette in all three
		for (std::size_t i = info.offset[g.planes]; i < info.size; ++i)
			zeroed[i] = ones[i] = bytes[i];
	mapped random_frame(info, bytes), zero_frame(info, zeroed), one_frame(info, ones);
	if (!random_frame.ok || !zero_frame.ok || !one_frame.ok)
		return fail(f, "gst_video_frame_map failed");
	{
		const auto view = view_of<const std::uint8_t>(g, random_frame.frame.data);
		const auto z = view_of<std::uint8_t>(g, zero_frame.frame.data);
		const auto o = view_of<std::uint8_t>(g, one_frame.frame.data);
		for (std::uint32_t y = 0; y < g.height; ++y)
			for (std::uint32_t x = 0; x < g.width; ++x) {
				auto px = pixfmt::read_pixel(f, view, x, y);
				if (!px || pixfmt::write_pixel(f, z, x, y, *px) != pixfmt::errc::ok ||
				    pixfmt::write_pixel(f, o, x, y, *px) != pixfmt::errc::ok)
					return fail(f, "read_pixel/write_pixel failed at " + std::to_string(x) + "," +
							       std::to_string(y));
			}
	}
	tally garbage = compare(f, fi, g, random_frame.frame, error);
	tally zero = error.empty() ? compare(f, fi, g, zero_frame.frame, error) : tally{};
	tally one = error.empty() ? compare(f, fi, g, one_frame.frame, error) : tally{};
	if (!error.empty())
		return fail(f, error);

	print_head(f, pixfmt::name_space::gstreamer);
	std::printf(", \"unpack\": \"%s\", \"width\": %u, \"height\": %u, \"pixels\": %u, \"tiled\": %s, "
		    "\"planes\": \"%s\", \"fallback\": \"%s\"",
		    gst_video_format_to_string(fi->unpack_format), g.width, g.height, g.width * g.height,
		    tiled ? "true" : "false", json_escape((g.same ? "same: " : "fit: ") + g.note).c_str(),
		    json_escape(fallback).c_str());
	print_tally("garbage", garbage);
	print_tally("zeroed", zero);
	print_tally("ones", one);
	std::printf("}\n");
}

} // namespace

int main(int argc, char **argv)
{
	std::setvbuf(stdout, nullptr, _IOLBF, 0);
	gst_init(&argc, &argv);
	for (const auto &desc : pixfmt::table::formats) {
		pixfmt::format f(desc);
		if (f.name_in(pixfmt::name_space::gstreamer).empty() || !pixfmt::has_pixels(f))
			continue;
		// each format its own random bytes, whatever else is compared
		std::mt19937 rng(20240601u + static_cast<unsigned>(f.index()));
		check(f, rng);
	}
	return std::fflush(stdout) == 0 ? 0 : 1;
}
