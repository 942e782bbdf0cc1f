// pixfmt: {fmt} formatters for codes, formats and layouts.
//
//   fmt::print("{}\n", pixfmt::code{0x3231564e});   // NV12 little-endian (0x3231564e)
//   fmt::print("{}\n", *pixfmt::find_name("NV12"));  // NV12
//   fmt::print("{}\n", *pixfmt::layout(f, 1920, 1080));
// Needs libfmt; the other pixfmt headers do not.
#pragma once

#include <fmt/format.h>

#include <pixfmt/pixfmt.hpp>

namespace pixfmt {

// A 32-bit code to be printed like the kernel's %p4cc.
struct code {
	std::uint32_t value;
};

} // namespace pixfmt

template <>
struct fmt::formatter<pixfmt::code> : fmt::formatter<std::string_view> {
	template <class Ctx>
	auto format(pixfmt::code c, Ctx &ctx) const
	{
		return fmt::formatter<std::string_view>::format(pixfmt::to_text(c.value).view(), ctx);
	}
};

template <>
struct fmt::formatter<pixfmt::format> : fmt::formatter<std::string_view> {
	template <class Ctx>
	auto format(pixfmt::format f, Ctx &ctx) const
	{
		return fmt::formatter<std::string_view>::format(f.name(), ctx);
	}
};

template <>
struct fmt::formatter<pixfmt::errc> : fmt::formatter<std::string_view> {
	template <class Ctx>
	auto format(pixfmt::errc e, Ctx &ctx) const
	{
		return fmt::formatter<std::string_view>::format(pixfmt::to_string(e), ctx);
	}
};

// "plane 0: 1920x1080 pitch 1920 size 2073600 offset 0; ...; total 3110400"
template <>
struct fmt::formatter<pixfmt::image_layout> {
	constexpr auto parse(fmt::format_parse_context &ctx) { return ctx.begin(); }
	template <class Ctx>
	auto format(const pixfmt::image_layout &l, Ctx &ctx) const
	{
		auto out = ctx.out();
		for (unsigned i = 0; i < l.num_planes; ++i) {
			const auto &p = l.planes[i];
			out = fmt::format_to(out, "plane {}: {}x{} pitch {} size {} offset {}; ", i,
					     p.width, p.height, p.pitch, p.size, p.offset);
		}
		return fmt::format_to(out, "total {}", l.total);
	}
};
