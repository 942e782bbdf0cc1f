// pixfmt: the components of pixel (x, y) in a frame of any format whose bits
// formats.yaml records: a reference reader and writer.
//
// Made to be obviously right, not fast: it walks each field bit by bit, as
// the format's bits say (docs/data-model.md, `bits`). Everything is
// constexpr, so small cases can be checked with static_assert. A byte
// outside the frame's planes is an error, never a read or a write.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include <pixfmt/format.hpp>
#include <pixfmt/layout.hpp>

namespace pixfmt {

// One pixel: a value per component (a raw sample under P: its colour is
// cfa_colour()), and which components the format has.
struct pixel {
	std::array<std::uint32_t, component_count> value{};
	std::uint32_t present = 0; // bit c: component c

	constexpr bool has(component c) const noexcept { return present >> static_cast<unsigned>(c) & 1; }
	constexpr std::uint32_t operator[](component c) const noexcept
	{
		return value[static_cast<std::size_t>(c)];
	}
	constexpr void set(component c, std::uint32_t v) noexcept
	{
		value[static_cast<std::size_t>(c)] = v;
		present |= 1u << static_cast<unsigned>(c);
	}
	friend constexpr bool operator==(const pixel &, const pixel &) = default;
};

// A frame in memory: each plane's bytes and its pitch (bytes per line).
template <typename Byte> struct basic_frame {
	std::array<std::span<Byte>, max_planes> planes{};
	std::array<std::uint64_t, max_planes> pitch{};
};
using frame_view = basic_frame<const std::uint8_t>; // for reading
using frame_span = basic_frame<std::uint8_t>;       // for writing

// The planes of one buffer laid out as layout() gives them.
template <typename Byte>
constexpr result<basic_frame<Byte>> frame_in(std::span<Byte> buffer, const image_layout &l) noexcept
{
	basic_frame<Byte> fr;
	for (std::size_t i = 0; i < l.num_planes; ++i) {
		const auto &p = l.planes[i];
		if (p.offset > buffer.size() || p.size > buffer.size() - p.offset)
			return errc::out_of_range;
		fr.planes[i] = buffer.subspan(static_cast<std::size_t>(p.offset), static_cast<std::size_t>(p.size));
		fr.pitch[i] = p.pitch;
	}
	return fr;
}

// Bits of component c's value in format f (0: the format has none).
constexpr unsigned component_width(format f, component c) noexcept
{
	unsigned width = 0;
	for (const auto &p : f.planes())
		for (unsigned k = 0; k < p.num_samples; ++k) {
			const sample_desc &s = table::samples[p.first_sample + k];
			if (s.what == c && s.value_lo + s.width > width)
				width = s.value_lo + s.width;
		}
	return width;
}

// A plane's tiles, {bytes, lines}, stored one after another left to right,
// top to bottom; {0, 0} for a plane that is not tiled.
constexpr std::array<std::uint8_t, 2> tile_of(format f, unsigned plane) noexcept
{
	for (const auto &t : table::tiles)
		if (t.format == f.index() && plane < max_planes)
			return t.planes[plane];
	return { 0, 0 };
}

// Whether the reader and writer know format f: every plane's bits are
// recorded, and a tiled format's planes say how their tiles lie.
constexpr bool has_pixels(format f) noexcept
{
	if (f.compressed() || f.planes().empty())
		return false;
	for (unsigned i = 0; i < f.color_planes(); ++i)
		if (!f.planes()[i].num_samples || (f.tile_w() && !tile_of(f, i)[0]))
			return false;
	return true;
}

// The colour of a raw format's sample at (x, y): R, G or B from its 2x2
// colour-filter array; P where the format leaves it to the sensor.
constexpr component cfa_colour(format f, std::uint32_t x, std::uint32_t y) noexcept
{
	std::string_view order = to_string(f.cfa());
	if (order.size() != 4)
		return component::P;
	switch (order[(y & 1) * 2 + (x & 1)]) {
	case 'R': return component::R;
	case 'G': return component::G;
	default: return component::B;
	}
}

namespace detail {

// Where pixel (x, y) of a plane is: its group's first byte (byte) in its
// block row (line; a block of several lines counts as one line of pitch *
// block_h bytes), and the pixel's place in the group (index for the pixel,
// chroma for a one-plane layout's shared Cb and Cr).
struct pixel_place {
	std::uint64_t byte;
	std::uint64_t line;
	std::uint32_t group_bytes;
	std::uint32_t index;
	std::uint32_t chroma;
};

constexpr pixel_place place(format f, unsigned plane, std::uint32_t x, std::uint32_t y) noexcept
{
	const plane_desc &p = f.desc().planes[plane];
	const std::uint32_t px = x / p.hsub, py = y / p.vsub;
	const std::uint32_t group_w = p.group_pixels / p.block_h;
	const std::uint32_t group_bytes = p.bytes_per_block * p.group_pixels / (p.block_w * p.block_h);
	const std::uint32_t col = px % group_w, row = py % p.block_h;
	// chroma shared inside one plane (YUYV, Y0L0): which chroma sample
	const std::uint32_t chroma = plane == 0 && f.color_planes() == 1
					     ? row / f.vsub() * (group_w / f.hsub()) + col / f.hsub()
					     : row * group_w + col;
	return { std::uint64_t{ px / group_w } * group_bytes, py / p.block_h, group_bytes, row * group_w + col,
		 chroma };
}

// Which tile of a plane w tiles wide and h tall holds tile (x, y) in memory:
// row after row, or (zflipz) 2x2 groups in Z order, every other group upside
// down, an odd last row in order.
constexpr std::uint64_t tile_index(tile_order order, std::uint64_t x, std::uint64_t y, std::uint64_t w,
				   std::uint64_t h) noexcept
{
	if (order == tile_order::linear || (h % 2 && y == h - 1))
		return y * w + x;
	const std::uint64_t group = x / 2, top = (y % 2 == 0) != (group % 2 == 1);
	return (y / 2) * 2 * w + group * 4 + (top ? 0 : 2) + x % 2;
}

// Where byte b of line l of a plane is stored: line after line, or tile
// after tile (each tile_lines lines of tile_bytes bytes; the plane's bytes
// are whole rows of tiles).
constexpr result<std::uint64_t> byte_at(const plane_desc &p, std::array<std::uint8_t, 2> tiles,
					tile_order order, std::uint64_t pitch, std::uint64_t plane_bytes,
					std::uint64_t b, std::uint64_t l) noexcept
{
	const std::uint64_t tile_bytes = tiles[0], tile_lines = tiles[1];
	std::uint64_t line_bytes, at;
	if (!checked::mul(pitch, p.block_h, line_bytes))
		return errc::overflow;
	if (!tile_bytes)
		return checked::mul(l, line_bytes, at) && checked::add(at, b, at) ? result<std::uint64_t>(at)
										   : result<std::uint64_t>(errc::overflow);
	if (line_bytes % tile_bytes)
		return errc::bad_layout; // a pitch that ends inside a tile
	std::uint64_t row_bytes, first;
	if (!checked::mul(line_bytes, tile_lines, row_bytes))
		return errc::overflow;
	const std::uint64_t across = line_bytes / tile_bytes, down = plane_bytes / row_bytes;
	if (b / tile_bytes >= across || l / tile_lines >= down)
		return errc::out_of_range; // and the tile's index cannot wrap
	const std::uint64_t tile = tile_index(order, b / tile_bytes, l / tile_lines, across, down);
	if (!checked::mul(tile, tile_bytes * tile_lines, first) ||
	    !checked::add(first, l % tile_lines * tile_bytes + b % tile_bytes, at))
		return errc::overflow;
	return at;
}

// Where each byte of pixel (x, y)'s group is stored in a plane, every one
// inside the plane's bytes.
struct group_place {
	pixel_place where;
	std::array<std::uint64_t, 64> at;
};

template <typename Byte>
constexpr result<group_place> locate(format f, unsigned plane, const basic_frame<Byte> &fr, std::uint32_t x,
				     std::uint32_t y) noexcept
{
	const plane_desc &p = f.desc().planes[plane];
	group_place out{ place(f, plane, x, y), {} };
	const auto tiles = tile_of(f, plane);
	if (out.where.group_bytes > out.at.size())
		return errc::bad_layout;
	for (std::uint32_t k = 0; k < out.where.group_bytes; ++k) {
		auto at = byte_at(p, tiles, f.desc().tile_order, fr.pitch[plane], fr.planes[plane].size(),
				  out.where.byte + k, out.where.line);
		if (!at)
			return at.error();
		if (*at >= fr.planes[plane].size())
			return errc::out_of_range;
		out.at[k] = *at;
	}
	return out;
}

// Byte i of a group as stored: a big-endian layout swaps within each word.
constexpr std::uint32_t stored_byte(std::uint32_t i, unsigned word_bytes) noexcept
{
	return word_bytes ? i / word_bytes * word_bytes + (word_bytes - 1 - i % word_bytes) : i;
}

constexpr bool takes(const sample_desc &s, const pixel_place &at, unsigned plane, format f) noexcept
{
	if (s.what == component::padding || s.what == component::zero)
		return false;
	bool shared = plane == 0 && f.color_planes() == 1 && (s.what == component::Cb || s.what == component::Cr);
	return s.index == (shared ? at.chroma : at.index);
}

} // namespace detail

namespace detail {

// Calls visit(sample, the byte holding bit n of its group) for every field
// of pixel (x, y)'s groups, once every plane's group is known to lie inside
// the frame: nothing is read or written for a pixel outside it.
template <typename Byte, typename Visit>
constexpr errc visit_fields(format f, const basic_frame<Byte> &fr, std::uint32_t x, std::uint32_t y,
			    Visit visit) noexcept
{
	if (!has_pixels(f))
		return errc::no_layout;
	std::array<group_place, max_planes> at{};
	for (unsigned i = 0; i < f.color_planes(); ++i) {
		auto found = locate(f, i, fr, x, y);
		if (!found)
			return found.error();
		at[i] = *found;
	}
	for (unsigned i = 0; i < f.color_planes(); ++i) {
		const plane_desc &p = f.desc().planes[i];
		auto byte = [&](std::uint32_t bit) -> Byte & {
			return fr.planes[i][at[i].at[stored_byte(bit / 8, p.word_bytes)]];
		};
		for (unsigned k = 0; k < p.num_samples; ++k) {
			const sample_desc &s = table::samples[p.first_sample + k];
			if (s.what == component::zero || takes(s, at[i].where, i, f))
				visit(s, byte);
		}
	}
	return errc::ok;
}

} // namespace detail

// The components of pixel (x, y). A format without recorded bits is
// errc::no_layout; a group outside a plane errc::out_of_range.
template <typename Byte>
constexpr result<pixel> read_pixel(format f, const basic_frame<Byte> &fr, std::uint32_t x, std::uint32_t y) noexcept
{
	pixel out;
	errc e = detail::visit_fields(f, fr, x, y, [&](const sample_desc &s, auto &&byte) {
		if (s.what == component::zero)
			return;
		std::uint32_t v = out.has(s.what) ? out[s.what] : 0;
		for (unsigned b = 0; b < s.width; ++b) {
			const std::uint32_t bit = s.offset + b;
			v |= static_cast<std::uint32_t>(byte(bit) >> (bit % 8) & 1) << (s.value_lo + b);
		}
		out.set(s.what, v);
	});
	if (e != errc::ok)
		return e;
	return out;
}

// Writes the components of pixel (x, y) the format has (others in px are
// ignored): a chroma sample shared with neighbours changes for them too.
// Zero padding of the group is cleared, other padding kept. Nothing is
// written when an error is returned.
constexpr errc write_pixel(format f, const frame_span &fr, std::uint32_t x, std::uint32_t y,
			   const pixel &px) noexcept
{
	return detail::visit_fields(f, fr, x, y, [&](const sample_desc &s, auto &&byte) {
		const std::uint32_t v = s.what == component::zero ? 0 : px[s.what];
		for (unsigned b = 0; b < s.width; ++b) {
			const std::uint32_t bit = s.offset + b;
			const auto mask = static_cast<std::uint8_t>(1u << (bit % 8));
			std::uint8_t &stored = byte(bit);
			stored = static_cast<std::uint8_t>(v >> (s.value_lo + b) & 1 ? stored | mask : stored & ~mask);
		}
	});
}

} // namespace pixfmt
