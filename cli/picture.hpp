// pixfmt CLI: pictures in any format the reference reader knows (pattern,
// view) and the bits of a plane as a diagram (info).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <pixfmt/pixel.hpp>

namespace pixfmt_cli {

// Colour bars: 75% amplitude (white at 75% too, "75/0/75/0").
inline constexpr double bar_amplitude = 0.75;

// Why pattern (writing) or view (reading) cannot handle format f; empty
// when they can.
std::string picture_refusal(pixfmt::format f, bool writing);

// Draws eight vertical colour bars into a frame of f: white, yellow, cyan,
// green, magenta, red, blue, black.
pixfmt::errc draw_bars(pixfmt::format f, const pixfmt::frame_span &fr, std::uint32_t width,
		       std::uint32_t height);

// The frame as 8-bit RGB, 3 bytes per pixel, rows top to bottom. cfa_view:
// a raw format's samples each in its colour-filter colour, not demosaiced.
pixfmt::result<std::vector<std::uint8_t>> to_rgb8(pixfmt::format f, const pixfmt::frame_view &fr,
						  std::uint32_t width, std::uint32_t height, bool cfa_view);

// A plane's bits in drm_fourcc.h's notation, most significant field first:
// "[31:0] x:R:G:B 8:8:8:8 little endian" (empty when not recorded).
std::string bits_text(pixfmt::format f, unsigned plane);
// The same as a JSON list of the samples.
std::string bits_json(pixfmt::format f, unsigned plane);

} // namespace pixfmt_cli
