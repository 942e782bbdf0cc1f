// sws_pixels: pixfmt's read_pixel() against FFmpeg's libswscale, pixel by
// pixel (ctest peer_pixels, through check_pixels.py).
//
// For every format with an FFmpeg name (ffmpeg:) whose bits the reader knows
// (has_pixels()): a WIDTH x HEIGHT frame of random bytes laid out as FFmpeg
// lays out that AVPixelFormat (av_image_fill_linesizes() and
// av_image_fill_arrays() with align 1); pixfmt reads the same bytes through
// the same plane pointers and pitches (after checking that pixfmt::layout()
// gives each plane the same pitch and byte count). sws_scale() repacks the
// frame, same size, SWS_POINT | SWS_BITEXACT | SWS_ACCURATE_RND, full range
// on both sides with the same colourspace table (sws_setColorspaceDetails),
// into the planar format of the same family and subsampling with samples at
// least as wide: yuv4xxp / yuv4xxpNNle / yuv4xxp16le, gbrp / gbrap /
// gbrpNNle / gbrapNNle, gray / grayNNle. Each pixel's components in that
// planar result are compared with read_pixel() of the source:
//
//   equal depths    exactly.
//   wider target    the source value widened as swscale widens it, then
//                   exactly: shifted left with zero low bits, a 1-bit
//                   sample to 0 or all ones, bgr8's 3 and 2 bits times 36
//                   and 85 (its palette) (widen_like_swscale(); "widen"
//                   counts, for every widened component, whether bit
//                   replication and whether a plain shift gives swscale's
//                   value: the evidence for the rule).
//   darkness (D)    a 1-bit darkness sample (monow) is inverted luma: the
//                   target's Y is the widened (1 - D).
//
// Each frame is repacked twice: "garbage" keeps the random bytes in the
// padding bits, which pixfmt ignores; "zeroed" first rewrites the frame with
// the components pixfmt read from it into a zero frame (write_pixel()), so
// every padding bit is zero, for the formats where swscale reads padding
// bits. For a frame that differs, "roundtrip" repacks the target back into
// the source format with the same settings and counts the pixels whose
// components pixfmt reads differently from the zeroed source: swscale's own
// loss, not pixfmt's.
//
// swscale runs its C code (av_force_cpu_flags(0); PIXFMT_SWS_SIMD set in the
// environment keeps the CPU's SIMD code): FFmpeg's reference path, which
// SWS_BITEXACT asks the SIMD code to match. Debian 12's x86 SIMD code does
// not: nv12 into yuv420p crashes in sws_scale() (SIGSEGV at any size tried,
// 36x22 to 38x24), and uyvy422 into yuv422p gets pixel (0, 0)'s chroma
// wrong at 37x23 (Cb 3 read as 39, or 0), where the C code is exact.
//
// Skipped, with the reason: Bayer formats (swscale only debayers them,
// interpolating colour, so no repack), palette formats (swscale expands
// the palette to colours), float formats (swscale converts floats to
// integers, no repack), and a format swscale does not take as input.
//
// stdout: one JSON object per format:
//   {"format", "ffmpeg", "target", "pixels", "garbage": {"differ": pixels,
//    "max": largest difference, "first": "x,y comp pixfmt->expected got"},
//    "zeroed": {...}, "roundtrip": pixels or -1, "widen": {"replicate": n,
//    "shift": n, "both": n}}  or {"format", "ffmpeg", "skip": reason}
//   or {"format", "ffmpeg", "error": ...} (a layout disagreement).
#include <algorithm>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

extern "C" {
#include <libavutil/cpu.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <pixfmt/pixel.hpp>
#include <pixfmt/pixfmt.hpp>

#include "pixel_peer.h"

namespace {

constexpr int width = 37, height = 23;
constexpr std::size_t slack = 256;
using pixfmt::component;

struct image {
	AVPixelFormat fmt = AV_PIX_FMT_NONE;
	std::vector<std::uint8_t> bytes;
	std::uint8_t *data[4]{};
	int linesize[4]{};
	std::size_t sizes[4]{};
	int planes = 0;
};

// An image of fmt in one buffer, align 1, as FFmpeg lays it out.
bool make_image(image &im, AVPixelFormat fmt)
{
	im.fmt = fmt;
	int size = av_image_get_buffer_size(fmt, width, height, 1);
	if (size < 0 || av_image_fill_linesizes(im.linesize, fmt, width) < 0)
		return false;
	// slack after the image: swscale's readers may run ahead of the width
	im.bytes.assign(static_cast<std::size_t>(size) + slack, 0);
	if (av_image_fill_arrays(im.data, im.linesize, im.bytes.data(), fmt, width, height, 1) < 0)
		return false;
	ptrdiff_t ls[4];
	for (int i = 0; i < 4; ++i)
		ls[i] = im.linesize[i];
	if (av_image_fill_plane_sizes(im.sizes, fmt, height, ls) < 0)
		return false;
	im.planes = av_pix_fmt_count_planes(fmt);
	return true;
}

template <typename Byte> pixfmt::basic_frame<Byte> frame_of(image &im, const pixfmt::format f)
{
	pixfmt::basic_frame<Byte> fr;
	for (unsigned i = 0; i < f.color_planes(); ++i) {
		fr.planes[i] = std::span<Byte>(im.data[i], im.sizes[i]);
		fr.pitch[i] = static_cast<std::uint64_t>(im.linesize[i]);
	}
	return fr;
}

// swscale's widening, as this test finds it: a left shift, the new low bits
// zero (rgb444le, rgb555le, rgb565le into gbrp: v << (8 - n)), except that
// a 1-bit sample becomes 0 or all ones (monob, monow into gray: 0 or 255),
// which is also its bit replication.
// swscale reads its byte-sized RGB formats (bgr8: 3:3:2) through a palette
// it builds (swscale.c, ff_update_palette): each n-bit value times
// 255 / (2^n - 1) rounded down (3 bits: v * 36, 2 bits: v * 85).
std::uint32_t widen_like_swscale(std::uint32_t v, unsigned from, unsigned to, bool palette)
{
	if (from == to)
		return v;
	if (from == 1)
		return v ? (1u << to) - 1 : 0;
	if (palette)
		return v * (((1u << to) - 1) / ((1u << from) - 1));
	return v << (to - from);
}

bool swscale_palette(const std::string &ffmpeg)
{
	return ffmpeg == "bgr8" || ffmpeg == "rgb8" || ffmpeg == "bgr4_byte" || ffmpeg == "rgb4_byte";
}

// The planar target of the same family: the name FFmpeg has for it.
std::string target_name(const AVPixFmtDescriptor *d, std::string &why)
{
	unsigned depth = 0;
	for (int i = 0; i < d->nb_components; ++i)
		depth = std::max<unsigned>(depth, d->comp[i].depth);
	auto suffix = [&](unsigned bits, std::initializer_list<unsigned> have) {
		for (unsigned h : have)
			if (bits <= h)
				return h == 8 ? std::string() : std::to_string(h) + "le";
		return std::string();
	};
	bool rgb = d->flags & AV_PIX_FMT_FLAG_RGB;
	bool alpha = d->flags & AV_PIX_FMT_FLAG_ALPHA;
	if (d->nb_components == 1) // grey, and FFmpeg's 1-bit formats
		return "gray" + suffix(depth, { 8, 9, 10, 12, 14, 16 });
	if (rgb)
		return (alpha ? "gbrap" : "gbrp") +
		       (alpha ? suffix(depth, { 8, 10, 12, 16 }) : suffix(depth, { 8, 9, 10, 12, 14, 16 }));
	const int cw = d->log2_chroma_w, ch = d->log2_chroma_h;
	const char *sub = cw == 0 && ch == 0 ? "444"
			  : cw == 1 && ch == 0 ? "422"
			  : cw == 1 && ch == 1 ? "420"
			  : cw == 2 && ch == 0 ? "411"
			  : cw == 2 && ch == 2 ? "410"
					       : nullptr;
	if (!sub) {
		why = "no planar yuv format with its subsampling";
		return "";
	}
	if (depth > 8 && (cw == 2))
		return "";
	return std::string(alpha ? "yuva" : "yuv") + sub + "p" + suffix(depth, { 8, 9, 10, 12, 14, 16 });
}

// The component of the planar target's plane i (gbrp: G B R A; yuv: Y Cb
// Cr A; gray: Y).
component target_component(const AVPixFmtDescriptor *d, int plane)
{
	if (d->nb_components == 1)
		return component::Y;
	if (d->flags & AV_PIX_FMT_FLAG_RGB) {
		const component gbra[] = { component::G, component::B, component::R, component::A };
		return gbra[plane];
	}
	const component yuva[] = { component::Y, component::Cb, component::Cr, component::A };
	return yuva[plane];
}

std::uint32_t sample_at(const image &im, const AVPixFmtDescriptor *d, int plane, int x, int y)
{
	if (plane == 1 || plane == 2) {
		x >>= d->log2_chroma_w;
		y >>= d->log2_chroma_h;
	}
	const std::uint8_t *line = im.data[plane] + static_cast<std::ptrdiff_t>(y) * im.linesize[plane];
	for (int i = 0; i < d->nb_components; ++i)
		if (d->comp[i].plane == plane && d->comp[i].depth > 8)
			return static_cast<std::uint32_t>(line[2 * x] | line[2 * x + 1] << 8);
	return line[x];
}

struct tally {
	long differ = 0;
	std::uint32_t max = 0;
	std::string first;
};

void print_tally(const char *key, const tally &t)
{
	std::printf(", \"%s\": {\"differ\": %ld, \"max\": %" PRIu32 ", \"first\": \"%s\"}", key, t.differ, t.max,
		    t.first.c_str());
}

SwsContext *context(AVPixelFormat from, AVPixelFormat to)
{
	SwsContext *c = sws_getContext(width, height, from, width, height, to,
				       SWS_POINT | SWS_BITEXACT | SWS_ACCURATE_RND, nullptr, nullptr, nullptr);
	if (!c)
		return nullptr;
	// full range on both sides, the same table: no colour conversion
	const int *table = sws_getCoefficients(SWS_CS_DEFAULT);
	sws_setColorspaceDetails(c, table, 1, table, 1, 0, 1 << 16, 1 << 16);
	return c;
}

bool repack(image &src, image &dst)
{
	SwsContext *c = context(src.fmt, dst.fmt);
	if (!c)
		return false;
	int lines = sws_scale(c, src.data, src.linesize, 0, height, dst.data, dst.linesize);
	sws_freeContext(c);
	return lines == height;
}

// Compares the planar result dst with what pixfmt reads from src.
tally compare(pixfmt::format f, image &src, image &dst, widen_count *widen)
{
	const AVPixFmtDescriptor *dd = av_pix_fmt_desc_get(dst.fmt);
	const bool palette = swscale_palette(av_get_pix_fmt_name(src.fmt));
	auto view = frame_of<const std::uint8_t>(src, f);
	tally t;
	for (int y = 0; y < height; ++y)
		for (int x = 0; x < width; ++x) {
			auto px = pixfmt::read_pixel(f, view, static_cast<std::uint32_t>(x), static_cast<std::uint32_t>(y));
			if (!px) {
				t.differ = -1;
				t.first = std::string(pixfmt::to_string(px.error()));
				return t;
			}
			bool differs = false;
			for (int plane = 0; plane < dst.planes; ++plane) {
				component c = target_component(dd, plane);
				unsigned to = dd->comp[plane].depth;
				bool invert = false;
				if (dd->nb_components == 1 && !px->has(c)) {
					// FFmpeg's grey: pixfmt's one component (R1: R, D1: darkness)
					invert = px->has(component::D);
					c = invert ? component::D : component::R;
				}
				unsigned from = pixfmt::component_width(f, c);
				if (!from || !px->has(c)) {
					t.differ = -1;
					t.first = "no source component for target plane " + std::to_string(plane);
					return t;
				}
				std::uint32_t v = (*px)[c];
				if (invert)
					v = ((1u << from) - 1) - v;
				std::uint32_t want = widen_like_swscale(v, from, to, palette);
				std::uint32_t got = sample_at(dst, dd, plane, x, y);
				if (widen && from < to) {
					bool r = got == replicate(v, from, to), s = got == v << (to - from);
					widen->replicate += r;
					widen->shift += s;
					widen->both += r && s;
				}
				if (got != want) {
					std::uint32_t d = got > want ? got - want : want - got;
					t.max = std::max(t.max, d);
					if (!differs && t.first.empty())
						t.first = std::to_string(x) + "," + std::to_string(y) + " " +
							  std::string(pixfmt::component_names[static_cast<std::size_t>(c)]) + " " + std::to_string(v) +
							  "->" + std::to_string(want) + " got " + std::to_string(got);
					differs = true;
				}
			}
			t.differ += differs;
		}
	return t;
}

void skip(pixfmt::format f, const char *why)
{
	print_verdict(f, pixfmt::name_space::ffmpeg, "skip", why);
}

void fail(pixfmt::format f, const std::string &why)
{
	print_verdict(f, pixfmt::name_space::ffmpeg, "error", why);
}

void check(pixfmt::format f, std::mt19937 &rng)
{
	const std::string ffname(f.name_in(pixfmt::name_space::ffmpeg));
	AVPixelFormat fmt = av_get_pix_fmt(ffname.c_str());
	const AVPixFmtDescriptor *d = av_pix_fmt_desc_get(fmt);
	if (!d)
		return fail(f, "FFmpeg does not know " + ffname);
	if (f.encoding() == pixfmt::encoding::bayer)
		return skip(f, "bayer: swscale only debayers (interpolates colour), no repack");
	if (d->flags & AV_PIX_FMT_FLAG_PAL)
		return skip(f, "palette: swscale expands the palette to colours, no repack");
	if (d->flags & AV_PIX_FMT_FLAG_FLOAT)
		return skip(f, "float: swscale converts floats to integers, no repack");
	if (!sws_isSupportedInput(fmt))
		return skip(f, "not an input format of swscale");
	std::string why;
	std::string tname = target_name(d, why);
	AVPixelFormat to = av_get_pix_fmt(tname.c_str());
	if (to == AV_PIX_FMT_NONE || !sws_isSupportedOutput(to))
		return fail(f, "no planar target (" + tname + ") " + why);

	image src, zeroed, dst;
	if (!make_image(src, fmt) || !make_image(zeroed, fmt) || !make_image(dst, to))
		return fail(f, "av_image_fill_arrays failed");
	// the same bytes for both: pixfmt's planes must be FFmpeg's
	auto l = pixfmt::layout(f, width, height, 1);
	if (!l)
		return fail(f, "pixfmt::layout: " + std::string(pixfmt::to_string(l.error())));
	if (l->num_planes != src.planes)
		return fail(f, "planes: pixfmt " + std::to_string(l->num_planes) + ", FFmpeg " +
				       std::to_string(src.planes));
	for (int i = 0; i < src.planes; ++i)
		if (l->planes[i].pitch != static_cast<std::uint64_t>(src.linesize[i]) ||
		    l->planes[i].size != src.sizes[i])
			return fail(f, "plane " + std::to_string(i) + ": pixfmt pitch " +
					       std::to_string(l->planes[i].pitch) + " size " +
					       std::to_string(l->planes[i].size) + ", FFmpeg " +
					       std::to_string(src.linesize[i]) + " " + std::to_string(src.sizes[i]));

	for (std::size_t i = 0; i + slack < src.bytes.size(); ++i)
		src.bytes[i] = static_cast<std::uint8_t>(rng());
	// the zeroed frame: the same components, every padding bit zero
	auto view = frame_of<const std::uint8_t>(src, f);
	auto out = frame_of<std::uint8_t>(zeroed, f);
	for (std::uint32_t y = 0; y < height; ++y)
		for (std::uint32_t x = 0; x < width; ++x) {
			auto px = pixfmt::read_pixel(f, view, x, y);
			if (!px || pixfmt::write_pixel(f, out, x, y, *px) != pixfmt::errc::ok)
				return fail(f, "read_pixel/write_pixel failed");
		}

	widen_count widen;
	if (!repack(src, dst))
		return fail(f, "sws_scale to " + tname + " failed");
	tally garbage = compare(f, src, dst, nullptr);
	std::fill(dst.bytes.begin(), dst.bytes.end(), 0);
	if (!repack(zeroed, dst))
		return fail(f, "sws_scale to " + tname + " failed");
	tally clean = compare(f, zeroed, dst, &widen);
	long roundtrip = -1;
	if (clean.differ) {
		// swscale's own loss: the target back into the source format
		image back;
		if (!make_image(back, fmt) || !repack(dst, back))
			return fail(f, "sws_scale back from " + tname + " failed");
		auto a = frame_of<const std::uint8_t>(zeroed, f);
		auto b = frame_of<const std::uint8_t>(back, f);
		roundtrip = 0;
		for (std::uint32_t y = 0; y < height; ++y)
			for (std::uint32_t x = 0; x < width; ++x)
				roundtrip += !(*pixfmt::read_pixel(f, a, x, y) == *pixfmt::read_pixel(f, b, x, y));
	}
	print_head(f, pixfmt::name_space::ffmpeg);
	std::printf(", \"target\": \"%s\", \"pixels\": %d", tname.c_str(), width * height);
	print_tally("garbage", garbage);
	print_tally("zeroed", clean);
	std::printf(", \"roundtrip\": %ld, \"widen\": {\"replicate\": %ld, \"shift\": %ld, \"both\": %ld}}\n", roundtrip,
		    widen.replicate, widen.shift, widen.both);
}

} // namespace

int main()
{
	std::setvbuf(stdout, nullptr, _IOLBF, 0);
	if (!std::getenv("PIXFMT_SWS_SIMD"))
		av_force_cpu_flags(0);
	std::mt19937 rng(20240601);
	for (const auto &desc : pixfmt::table::formats) {
		pixfmt::format f(desc);
		if (f.name_in(pixfmt::name_space::ffmpeg).empty() || !pixfmt::has_pixels(f))
			continue;
		check(f, rng);
	}
	return std::fflush(stdout) == 0 ? 0 : 1;
}
