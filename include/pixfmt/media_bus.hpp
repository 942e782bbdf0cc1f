// pixfmt: media-bus codes (MEDIA_BUS_FMT_*, linux/media-bus-format.h), what
// a sensor sends, and the memory formats a receiver writes from each.
//
// The pairing is many-to-many: MEDIA_BUS_FMT_SRGGB10_1X10 is written as
// SRGGB10 (a 16-bit container), SRGGB10P (CSI-2 packed) or IPU3_SRGGB10 by
// different receivers; YUYV is written from YUYV8_1X16 and YUYV8_2X8.
// "Not found" is an empty std::optional or an empty range.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <pixfmt/format.hpp>
#include <pixfmt/media_bus_table.hpp>

namespace pixfmt {

inline constexpr std::string_view media_bus_prefix = "MEDIA_BUS_FMT_";

namespace detail {

// A span of table entries seen through a projection (an index to a format
// handle, a carrier to its bus code): a random-access-enough range.
template <typename T, typename R, R (*Get)(const T &) noexcept> class projected_range {
public:
	class iterator {
	public:
		using value_type = R;
		using difference_type = std::ptrdiff_t;

		constexpr iterator() noexcept = default;
		constexpr explicit iterator(const T *p) noexcept : p_(p) {}
		constexpr R operator*() const noexcept { return Get(*p_); }
		constexpr iterator &operator++() noexcept
		{
			++p_;
			return *this;
		}
		constexpr iterator operator++(int) noexcept
		{
			iterator old = *this;
			++p_;
			return old;
		}
		friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.p_ == b.p_; }

	private:
		const T *p_ = nullptr;
	};

	constexpr explicit projected_range(std::span<const T> items) noexcept : items_(items) {}
	constexpr iterator begin() const noexcept { return iterator(items_.data()); }
	constexpr iterator end() const noexcept { return iterator(items_.data() + items_.size()); }
	constexpr std::size_t size() const noexcept { return items_.size(); }
	constexpr bool empty() const noexcept { return items_.empty(); }
	constexpr R operator[](std::size_t i) const noexcept { return Get(items_[i]); }

private:
	std::span<const T> items_;
};

constexpr pixfmt::format format_at(const std::uint16_t &index) noexcept
{
	return pixfmt::format(table::formats[index]);
}

} // namespace detail

// The formats a media-bus code lists, as format handles.
using media_bus_formats = detail::projected_range<std::uint16_t, format, detail::format_at>;

// A handle to one media-bus code of the table (cheap to copy, always valid).
class media_bus {
public:
	constexpr explicit media_bus(const media_bus_desc &d) noexcept : d_(&d) {}

	constexpr const media_bus_desc &desc() const noexcept { return *d_; }
	// MEDIA_BUS_FMT_SRGGB10_1X10
	constexpr std::string_view macro() const noexcept { return d_->macro; }
	// SRGGB10_1X10: the macro without MEDIA_BUS_FMT_
	constexpr std::string_view name() const noexcept
	{
		return d_->macro.substr(media_bus_prefix.size());
	}
	constexpr std::uint32_t code() const noexcept { return d_->code; }
	// The MIPI CSI-2 data type that carries it (RAW10: 0x2b), where recorded.
	constexpr std::optional<std::uint8_t> csi2_dt() const noexcept
	{
		if (!d_->has_csi2_dt)
			return std::nullopt;
		return d_->csi2_dt;
	}
	// The memory formats a receiver writes from this code.
	constexpr media_bus_formats formats() const noexcept
	{
		return media_bus_formats({ d_->formats.data(), d_->num_formats });
	}
	// Whether a receiver writes format f from this code.
	constexpr bool carries(pixfmt::format f) const noexcept
	{
		for (auto g : formats())
			if (g == f)
				return true;
		return false;
	}

	friend constexpr bool operator==(media_bus a, media_bus b) noexcept { return a.d_ == b.d_; }

private:
	const media_bus_desc *d_;
};

// The media-bus code with this value (binary search).
constexpr std::optional<media_bus> find_media_bus(std::uint32_t code) noexcept
{
	const auto &all = table::media_bus;
	std::size_t lo = detail::first_not(all.size(), [&](std::size_t i) { return all[i].code < code; });
	if (lo < all.size() && all[lo].code == code)
		return media_bus(all[lo]);
	return std::nullopt;
}

// The media-bus code of a macro name: "MEDIA_BUS_FMT_SRGGB10_1X10" (binary
// search, case-sensitive; the prefix is required).
constexpr std::optional<media_bus> find_media_bus_macro(std::string_view macro) noexcept
{
	const auto &all = table::media_bus_by_macro;
	std::size_t lo = detail::first_not(all.size(), [&](std::size_t i) { return all[i].macro < macro; });
	if (lo < all.size() && all[lo].macro == macro)
		return media_bus(table::media_bus[all[lo].bus]);
	return std::nullopt;
}

namespace detail {
constexpr media_bus bus_of(const table::media_bus_carrier &c) noexcept
{
	return media_bus(table::media_bus[c.bus]);
}
} // namespace detail

// The media-bus codes that carry a format, in code order.
using media_bus_carriers =
	detail::projected_range<table::media_bus_carrier, media_bus, detail::bus_of>;

// The media-bus codes a receiver writes format f from (empty for a format
// no recorded bus code carries).
constexpr media_bus_carriers media_bus_for(format f) noexcept
{
	const auto &all = table::media_bus_by_format;
	const auto index = f.index();
	std::size_t lo = detail::first_not(all.size(), [&](std::size_t i) { return all[i].format < index; });
	std::size_t end = lo;
	while (end < all.size() && all[end].format == index)
		++end;
	return media_bus_carriers({ all.data() + lo, end - lo });
}

// Compile-time lookup: an unknown code does not compile.
consteval media_bus get_media_bus(std::uint32_t code)
{
	auto m = find_media_bus(code);
	if (!m)
		detail::unknown_fourcc();
	return *m;
}

} // namespace pixfmt
