// pixfmt: fourcc codes written and printed.
//
// A code is a plain std::uint32_t: four characters, the first in the low
// byte, bit 31 set for the big-endian variant (v4l2_fourcc_be(),
// DRM_FORMAT_BIG_ENDIAN).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace pixfmt {

inline constexpr std::uint32_t big_endian_flag = 1u << 31;

namespace detail {

// A string literal as a template argument: "NV12"_4cc.
template <std::size_t N>
struct fixed_chars {
	char chars[N]{};
	consteval fixed_chars(const char (&s)[N])
	{
		for (std::size_t i = 0; i < N; ++i)
			chars[i] = s[i];
	}
};

// Character i of a code (0 = first), without the big-endian flag.
constexpr char char_at(std::uint32_t code, int i) noexcept
{
	return static_cast<char>((code >> (8 * i)) & (i == 3 ? 0x7f : 0xff));
}

constexpr std::uint32_t pack(char a, char b, char c, char d) noexcept
{
	return static_cast<std::uint32_t>(static_cast<unsigned char>(a)) |
	       static_cast<std::uint32_t>(static_cast<unsigned char>(b)) << 8 |
	       static_cast<std::uint32_t>(static_cast<unsigned char>(c)) << 16 |
	       static_cast<std::uint32_t>(static_cast<unsigned char>(d)) << 24;
}

} // namespace detail

// The code of exactly four characters; anything else does not compile.
template <std::size_t N>
consteval std::uint32_t fourcc(const char (&s)[N])
{
	static_assert(N == 5, "a fourcc is exactly four characters");
	return detail::pack(s[0], s[1], s[2], s[3]);
}

// The big-endian variant of a code (V4L2 v4l2_fourcc_be, DRM_FORMAT_BIG_ENDIAN).
template <std::size_t N>
consteval std::uint32_t fourcc_be(const char (&s)[N])
{
	return fourcc(s) | big_endian_flag;
}

namespace literals {

// "NV12"_4cc; a literal of another length does not compile.
template <detail::fixed_chars S>
consteval std::uint32_t operator""_4cc()
{
	static_assert(sizeof(S.chars) == 5, "a fourcc literal is exactly four characters");
	return detail::pack(S.chars[0], S.chars[1], S.chars[2], S.chars[3]);
}

} // namespace literals

// Short text in a fixed buffer, usable in constant expressions.
template <std::size_t N>
struct fixed_text {
	std::array<char, N> buf{};
	std::uint8_t len = 0;
	constexpr void put(char c) noexcept { buf[len++] = c; }
	constexpr std::string_view view() const noexcept { return { buf.data(), len }; }
	constexpr operator std::string_view() const noexcept { return view(); }
};

// A printable form of any 32-bit code, like the kernel's %p4cc:
// "NV12 little-endian (0x3231564e)", with '.' for a byte that is not
// printable ASCII; the hex value keeps it unambiguous.
using fourcc_text = fixed_text<40>;

constexpr fourcc_text to_text(std::uint32_t code) noexcept
{
	fourcc_text t;
	for (int i = 0; i < 4; ++i) {
		char c = detail::char_at(code, i);
		t.put(c >= 0x20 && c < 0x7f ? c : '.');
	}
	for (char c : (code & big_endian_flag) ? std::string_view(" big-endian (0x")
					       : std::string_view(" little-endian (0x"))
		t.put(c);
	for (int shift = 28; shift >= 0; shift -= 4)
		t.put("0123456789abcdef"[(code >> shift) & 0xf]);
	t.put(')');
	return t;
}

// A code as people write it: its characters without trailing spaces, "-BE"
// for the big-endian variant ('Y16 ' -> "Y16", 'R  H' -> "R  H"). Empty when a
// character is not printable ASCII or all four are spaces. Not a Xen
// XenStore label: those refuse inner spaces (pixfmt::to_label, xen.hpp).
using short_text_t = fixed_text<8>;

constexpr short_text_t short_text(std::uint32_t code) noexcept
{
	short_text_t t;
	int n = 4;
	while (n > 0 && detail::char_at(code, n - 1) == ' ')
		--n;
	if (n == 0)
		return {};
	for (int i = 0; i < n; ++i) {
		char c = detail::char_at(code, i);
		if (c < 0x20 || c >= 0x7f)
			return {};
		t.put(c);
	}
	if (code & big_endian_flag)
		for (char c : std::string_view("-BE"))
			t.put(c);
	return t;
}

// The code of short_text(): one to four printable characters, padded with
// spaces, optionally followed by "-BE". Nothing for anything else.
constexpr std::optional<std::uint32_t> parse_short_text(std::string_view s) noexcept
{
	std::uint32_t flag = 0;
	if (s.size() > 3 && s.ends_with("-BE")) {
		flag = big_endian_flag;
		s.remove_suffix(3);
	}
	if (s.empty() || s.size() > 4)
		return std::nullopt;
	char c[4] = { ' ', ' ', ' ', ' ' };
	for (std::size_t i = 0; i < s.size(); ++i) {
		if (s[i] < 0x20 || s[i] >= 0x7f)
			return std::nullopt;
		c[i] = s[i];
	}
	return detail::pack(c[0], c[1], c[2], c[3]) | flag;
}

} // namespace pixfmt
