// pixfmt CLI: an 8-bit RGB PNG encoder with no library: the image data goes
// into stored (uncompressed) deflate blocks, so only CRC-32 and Adler-32
// are computed. Files are larger than a compressing encoder's, never wrong.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace pixfmt_cli::png {

inline std::uint32_t crc32(std::span<const std::uint8_t> data, std::uint32_t crc = 0)
{
	static const auto table = [] {
		std::array<std::uint32_t, 256> t{};
		for (std::uint32_t n = 0; n < 256; ++n) {
			std::uint32_t c = n;
			for (int k = 0; k < 8; ++k)
				c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
			t[n] = c;
		}
		return t;
	}();
	crc = ~crc;
	for (auto b : data)
		crc = table[(crc ^ b) & 0xff] ^ (crc >> 8);
	return ~crc;
}

inline std::uint32_t adler32(std::span<const std::uint8_t> data)
{
	std::uint32_t a = 1, b = 0;
	for (std::size_t i = 0; i < data.size();) {
		// 5552 bytes keep b below 2^32 between reductions (zlib's NMAX)
		std::size_t n = std::min<std::size_t>(data.size() - i, 5552);
		for (std::size_t k = 0; k < n; ++k) {
			a += data[i + k];
			b += a;
		}
		a %= 65521;
		b %= 65521;
		i += n;
	}
	return b << 16 | a;
}

namespace detail {

inline void put32(std::vector<std::uint8_t> &out, std::uint32_t v)
{
	for (int s = 24; s >= 0; s -= 8)
		out.push_back(static_cast<std::uint8_t>(v >> s));
}

inline void chunk(std::vector<std::uint8_t> &out, std::string_view type, std::span<const std::uint8_t> data)
{
	put32(out, static_cast<std::uint32_t>(data.size()));
	std::size_t start = out.size();
	out.insert(out.end(), type.begin(), type.end());
	out.insert(out.end(), data.begin(), data.end());
	put32(out, crc32(std::span(out).subspan(start)));
}

} // namespace detail

// The PNG file of a width x height image, rgb holding 3 bytes per pixel,
// rows top to bottom. The caller keeps the image below 2^31 bytes of data.
inline std::vector<std::uint8_t> encode_rgb8(std::span<const std::uint8_t> rgb, std::uint32_t width,
					     std::uint32_t height)
{
	// the filtered image: each row after filter type 0 (none)
	const std::size_t row = std::size_t{ width } * 3;
	std::vector<std::uint8_t> raw;
	raw.reserve((row + 1) * height);
	for (std::uint32_t y = 0; y < height; ++y) {
		raw.push_back(0);
		auto line = rgb.subspan(y * row, row);
		raw.insert(raw.end(), line.begin(), line.end());
	}
	// a zlib stream of stored deflate blocks (RFC 1950, RFC 1951 3.2.4)
	std::vector<std::uint8_t> z{ 0x78, 0x01 };
	std::size_t at = 0;
	do {
		std::size_t n = std::min<std::size_t>(raw.size() - at, 65535);
		bool last = at + n == raw.size();
		z.push_back(last ? 1 : 0);
		z.push_back(static_cast<std::uint8_t>(n));
		z.push_back(static_cast<std::uint8_t>(n >> 8));
		z.push_back(static_cast<std::uint8_t>(~n));
		z.push_back(static_cast<std::uint8_t>(~n >> 8));
		z.insert(z.end(), raw.begin() + static_cast<std::ptrdiff_t>(at),
			 raw.begin() + static_cast<std::ptrdiff_t>(at + n));
		at += n;
	} while (at < raw.size());
	detail::put32(z, adler32(raw));

	std::vector<std::uint8_t> out{ 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	std::vector<std::uint8_t> ihdr;
	detail::put32(ihdr, width);
	detail::put32(ihdr, height);
	ihdr.insert(ihdr.end(), { 8, 2, 0, 0, 0 }); // 8-bit, truecolour, deflate, filter 0, no interlace
	detail::chunk(out, "IHDR", ihdr);
	detail::chunk(out, "IDAT", z);
	detail::chunk(out, "IEND", {});
	return out;
}

} // namespace pixfmt_cli::png
