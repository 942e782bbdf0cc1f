// pixfmt CLI: colour bars into any format the reference reader knows, any
// such frame to 8-bit RGB, and a plane's bits as drm_fourcc.h writes them.
//
// The colour formulas (R, G, B each 0..1; n: the component's width in bits):
//   RGB, raw Bayer sites:  code = round(v * (2^n - 1))
//   grey (full range):     Y = round(Y' * (2^n - 1)), darkness D = round((1 - Y') * (2^n - 1))
//   YUV (BT.601, limited): Y' = 0.299 R + 0.587 G + 0.114 B
//                          Y  = round((16 + 219 Y') * 2^n / 256)
//                          Cb = round((128 + 224 (B - Y') / 1.772) * 2^n / 256)
//                          Cr = round((128 + 224 (R - Y') / 1.402) * 2^n / 256)
// and view inverts them (R = Y' + 1.402 Cr', G = Y' - 0.344136 Cb' -
// 0.714136 Cr', B = Y' + 1.772 Cb'), clipped, to 8 bits.
#include "picture.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include <fmt/format.h>

namespace pixfmt_cli {
namespace {

using pixfmt::component;

// An R, G or B site indexes an RGB pixel directly.
static_assert(static_cast<unsigned>(component::R) == 0 && static_cast<unsigned>(component::G) == 1 &&
	      static_cast<unsigned>(component::B) == 2);

std::uint32_t max_of(unsigned bits)
{
	return bits >= 32 ? UINT32_MAX : (std::uint32_t{ 1 } << bits) - 1;
}

std::uint32_t code(double v, unsigned bits) // v in 0..1, full range
{
	return static_cast<std::uint32_t>(std::lround(std::clamp(v, 0.0, 1.0) * max_of(bits)));
}

std::uint32_t limited(double v, unsigned bits) // v an 8-bit limited-range level
{
	double c = std::round(v * std::ldexp(1.0, static_cast<int>(bits)) / 256);
	return static_cast<std::uint32_t>(std::clamp(c, 0.0, static_cast<double>(max_of(bits))));
}

std::uint8_t to8(std::uint64_t v, unsigned bits)
{
	if (!bits)
		return 0;
	std::uint64_t m = max_of(bits);
	return static_cast<std::uint8_t>((std::min<std::uint64_t>(v, m) * 255 + m / 2) / m);
}

std::uint8_t unit8(double v)
{
	return static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.0, 1.0) * 255));
}

// The bars' colours, on or off: R, G, B.
constexpr bool bars[8][3] = { { 1, 1, 1 }, { 1, 1, 0 }, { 0, 1, 1 }, { 0, 1, 0 },
			      { 1, 0, 1 }, { 1, 0, 0 }, { 0, 0, 1 }, { 0, 0, 0 } };

} // namespace

std::string picture_refusal(pixfmt::format f, bool writing)
{
	std::string name(f.name());
	if (f.compressed())
		return name + " is compressed: it has no per-pixel layout";
	if (!pixfmt::has_pixels(f))
		return name + ": its bits are not recorded";
	auto enc = f.encoding();
	using E = pixfmt::encoding;
	if (enc == E::rgb && !pixfmt::component_width(f, component::R) && !pixfmt::component_width(f, component::G) && !pixfmt::component_width(f, component::B))
		return name + " has no R, G or B component";
	if (enc == E::yuv && !pixfmt::component_width(f, component::Y))
		return name + " has no Y component";
	if (enc == E::grey && !pixfmt::component_width(f, component::Y) && !pixfmt::component_width(f, component::D))
		return name + " has no Y or D component";
	if (f.desc().companding != pixfmt::companding::none)
		return name + " holds companded codes, not linear samples";
	if (enc == E::bayer && writing && pixfmt::cfa_colour(f, 0, 0) == component::P)
		return name + " leaves its colour-filter array to the sensor: no colour per site";
	if (enc != E::rgb && enc != E::yuv && enc != E::grey && enc != E::bayer)
		return fmt::format("{} is {}: pattern and view handle rgb, yuv, grey and bayer formats", name,
				   pixfmt::to_string(enc));
	return {};
}

pixfmt::errc draw_bars(pixfmt::format f, const pixfmt::frame_span &fr, std::uint32_t width,
		       std::uint32_t height)
{
	const unsigned nr = pixfmt::component_width(f, component::R), ng = pixfmt::component_width(f, component::G),
		       nb = pixfmt::component_width(f, component::B), na = pixfmt::component_width(f, component::A),
		       ny = pixfmt::component_width(f, component::Y), ncb = pixfmt::component_width(f, component::Cb),
		       ncr = pixfmt::component_width(f, component::Cr), np = pixfmt::component_width(f, component::P),
		       nd = pixfmt::component_width(f, component::D);
	for (std::uint32_t y = 0; y < height; ++y)
		for (std::uint32_t x = 0; x < width; ++x) {
			const bool *on = bars[std::uint64_t{ x } * 8 / width];
			const double r = on[0] * bar_amplitude, g = on[1] * bar_amplitude, b = on[2] * bar_amplitude;
			const double luma = 0.299 * r + 0.587 * g + 0.114 * b;
			pixfmt::pixel px;
			switch (f.encoding()) {
			case pixfmt::encoding::rgb:
				px.set(component::R, code(r, nr));
				px.set(component::G, code(g, ng));
				px.set(component::B, code(b, nb));
				px.set(component::A, max_of(na));
				break;
			case pixfmt::encoding::yuv:
				px.set(component::Y, limited(16 + 219 * luma, ny));
				px.set(component::Cb, limited(128 + 224 * (b - luma) / 1.772, ncb));
				px.set(component::Cr, limited(128 + 224 * (r - luma) / 1.402, ncr));
				px.set(component::A, max_of(na));
				break;
			case pixfmt::encoding::grey: // luma, or darkness: 1 - luma
				px.set(component::Y, code(luma, ny));
				px.set(component::D, code(1 - luma, nd));
				break;
			default: { // bayer
				auto c = pixfmt::cfa_colour(f, x, y);
				double v = c == component::R ? r : c == component::G ? g : b;
				px.set(component::P, code(v, np));
				break;
			}
			}
			if (auto e = pixfmt::write_pixel(f, fr, x, y, px); e != pixfmt::errc::ok)
				return e;
		}
	return pixfmt::errc::ok;
}

pixfmt::result<std::vector<std::uint8_t>> to_rgb8(pixfmt::format f, const pixfmt::frame_view &fr,
						  std::uint32_t width, std::uint32_t height, bool cfa_view)
{
	const unsigned nr = pixfmt::component_width(f, component::R), ng = pixfmt::component_width(f, component::G),
		       nb = pixfmt::component_width(f, component::B), ny = pixfmt::component_width(f, component::Y),
		       ncb = pixfmt::component_width(f, component::Cb), ncr = pixfmt::component_width(f, component::Cr),
		       np = pixfmt::component_width(f, component::P), nd = pixfmt::component_width(f, component::D);
	const std::size_t w = width, h = height;
	std::vector<std::uint8_t> out(w * h * 3);

	if (f.encoding() == pixfmt::encoding::bayer) {
		std::vector<std::uint32_t> raw(w * h);
		for (std::uint32_t y = 0; y < height; ++y)
			for (std::uint32_t x = 0; x < width; ++x) {
				auto px = pixfmt::read_pixel(f, fr, x, y);
				if (!px)
					return px.error();
				raw[y * w + x] = (*px)[component::P];
			}
		const bool grey = pixfmt::cfa_colour(f, 0, 0) == component::P;
		for (std::size_t y = 0; y < h; ++y)
			for (std::size_t x = 0; x < w; ++x) {
				std::uint8_t *o = &out[(y * w + x) * 3];
				auto ux = static_cast<std::uint32_t>(x), uy = static_cast<std::uint32_t>(y);
				if (grey) {
					o[0] = o[1] = o[2] = to8(raw[y * w + x], np);
				} else if (cfa_view) {
					o[static_cast<unsigned>(pixfmt::cfa_colour(f, ux, uy))] = to8(raw[y * w + x], np);
				} else {
					// the 2x2 cell's colours for each of its pixels
					std::uint64_t sum[3] = {}, n[3] = {};
					for (std::size_t dy = 0; dy < 2; ++dy)
						for (std::size_t dx = 0; dx < 2; ++dx) {
							std::size_t sx = std::min((x & ~std::size_t{ 1 }) + dx, w - 1);
							std::size_t sy = std::min((y & ~std::size_t{ 1 }) + dy, h - 1);
							auto c = static_cast<unsigned>(pixfmt::cfa_colour(
								f, static_cast<std::uint32_t>(sx), static_cast<std::uint32_t>(sy)));
							sum[c] += raw[sy * w + sx];
							++n[c];
						}
					for (unsigned c = 0; c < 3; ++c)
						o[c] = n[c] ? to8((sum[c] + n[c] / 2) / n[c], np) : 0;
				}
			}
		return out;
	}

	for (std::uint32_t y = 0; y < height; ++y)
		for (std::uint32_t x = 0; x < width; ++x) {
			auto px = pixfmt::read_pixel(f, fr, x, y);
			if (!px)
				return px.error();
			std::uint8_t *o = &out[(y * w + x) * 3];
			switch (f.encoding()) {
			case pixfmt::encoding::rgb:
				o[0] = to8((*px)[component::R], nr);
				o[1] = to8((*px)[component::G], ng);
				o[2] = to8((*px)[component::B], nb);
				break;
			case pixfmt::encoding::yuv: {
				auto level = [](std::uint32_t v, unsigned bits) { // as an 8-bit level
					return std::ldexp(static_cast<double>(v), 8 - static_cast<int>(bits));
				};
				double luma = (level((*px)[component::Y], ny) - 16) / 219;
				double cb = ncb ? (level((*px)[component::Cb], ncb) - 128) / 224 : 0;
				double cr = ncr ? (level((*px)[component::Cr], ncr) - 128) / 224 : 0;
				o[0] = unit8(luma + 1.402 * cr);
				o[1] = unit8(luma - 0.344136 * cb - 0.714136 * cr);
				o[2] = unit8(luma + 1.772 * cb);
				break;
			}
			default: // grey
				o[0] = o[1] = o[2] = ny ? to8((*px)[component::Y], ny)
						       : static_cast<std::uint8_t>(255 - to8((*px)[component::D], nd));
				break;
			}
		}
	return out;
}

namespace {

struct field {
	std::string name;
	unsigned width;
};

std::vector<field> fields_of(pixfmt::format f, unsigned plane, unsigned &total)
{
	const auto &p = f.planes()[plane];
	total = p.bytes_per_block * p.group_pixels / (p.block_w * p.block_h) * 8u;
	std::vector<pixfmt::sample_desc> ss(pixfmt::table::samples.begin() + p.first_sample,
					    pixfmt::table::samples.begin() + p.first_sample + p.num_samples);
	std::map<std::pair<component, unsigned>, unsigned> full; // a value's width
	for (const auto &s : ss) {
		auto &w = full[{ s.what, s.index }];
		w = std::max(w, unsigned{ s.value_lo } + s.width);
	}
	std::stable_sort(ss.begin(), ss.end(), [](const auto &a, const auto &b) { return a.offset > b.offset; });
	std::vector<field> out;
	unsigned top = total;
	for (const auto &s : ss) {
		if (s.offset + s.width < top)
			out.push_back({ "x", top - s.offset - s.width });
		std::string name;
		if (s.what == component::padding)
			name = "x";
		else if (s.what == component::zero)
			name = "0";
		else {
			name = pixfmt::component_names[static_cast<std::size_t>(s.what)];
			if (p.group_pixels > 1)
				name += std::to_string(s.index);
			if (s.width != full[{ s.what, s.index }])
				name += fmt::format("[{}:{}]", s.value_lo + s.width - 1, s.value_lo);
		}
		out.push_back({ name, s.width });
		top = std::min<unsigned>(top, s.offset);
	}
	if (top > 0)
		out.push_back({ "x", top });
	return out;
}

} // namespace

std::string bits_text(pixfmt::format f, unsigned plane)
{
	const auto &p = f.planes()[plane];
	if (!p.num_samples)
		return {};
	unsigned total = 0;
	auto fs = fields_of(f, plane, total);
	std::string names, widths;
	for (const auto &fd : fs) {
		names += (names.empty() ? "" : ":") + fd.name;
		widths += (widths.empty() ? "" : ":") + std::to_string(fd.width);
	}
	std::string s = fmt::format("[{}:0] {} {}", total - 1, names, widths);
	s += p.word_bytes ? fmt::format(", big-endian {}-bit words", p.word_bytes * 8) : std::string(" little endian");
	if (p.group_pixels > 1)
		s += fmt::format(", {} pixels", p.group_pixels);
	return s;
}

std::string bits_json(pixfmt::format f, unsigned plane)
{
	const auto &p = f.planes()[plane];
	std::string s = "[";
	for (unsigned k = 0; k < p.num_samples; ++k) {
		const auto &d = pixfmt::table::samples[p.first_sample + k];
		s += fmt::format("{}{{\"component\": \"{}\", \"index\": {}, \"value_lo\": {}, \"width\": {}, "
				 "\"offset\": {}}}",
				 k ? ", " : "", pixfmt::component_names[static_cast<std::size_t>(d.what)], d.index,
				 d.value_lo, d.width, d.offset);
	}
	return s + "]";
}

} // namespace pixfmt_cli
