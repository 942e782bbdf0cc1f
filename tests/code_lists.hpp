// The codes of pixfmt's C++ table sorted by code, for tests and benchmarks
// (the public header keeps them only in its hash slots).
#pragma once

#include <algorithm>
#include <vector>

#include <pixfmt/pixfmt.hpp>

namespace pixfmt_test {

inline std::vector<pixfmt::table::code_index> sorted_codes(const auto &slots)
{
	std::vector<pixfmt::table::code_index> out;
	for (const auto &s : slots)
		if (!s.empty())
			out.push_back(s);
	std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.code < b.code; });
	return out;
}

inline const std::vector<pixfmt::table::code_index> &v4l2_codes()
{
	static const auto codes = sorted_codes(pixfmt::table::v4l2_hash_slots);
	return codes;
}

inline const std::vector<pixfmt::table::code_index> &drm_codes()
{
	static const auto codes = sorted_codes(pixfmt::table::drm_hash_slots);
	return codes;
}

} // namespace pixfmt_test
