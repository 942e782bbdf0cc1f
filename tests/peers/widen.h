// Widening a narrower sample to a wider one, as the peers do it: bit
// replication (v's bits repeated from the top of the wider value down).
#pragma once

#include <cstdint>

inline std::uint32_t replicate(std::uint32_t v, unsigned from, unsigned to)
{
	std::uint32_t out = 0;
	int at = static_cast<int>(to) - static_cast<int>(from);
	for (; at > -static_cast<int>(from); at -= static_cast<int>(from))
		out |= at >= 0 ? v << at : v >> -at;
	return out & ((1u << to) - 1);
}
