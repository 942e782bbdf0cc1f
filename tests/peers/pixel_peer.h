// What the two pixel peers (sws_pixels.cpp, gst_pixels.cpp) share: how a
// peer widens a narrower sample, and the JSON line each prints per format.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include <pixfmt/pixfmt.hpp>

// Bit replication: v's bits repeated from the top of the wider value down.
inline std::uint32_t replicate(std::uint32_t v, unsigned from, unsigned to)
{
	std::uint32_t out = 0;
	int at = static_cast<int>(to) - static_cast<int>(from);
	for (; at > -static_cast<int>(from); at -= static_cast<int>(from))
		out |= at >= 0 ? v << at : v >> -at;
	return out & ((1u << to) - 1);
}

// How many widened samples each rule would explain.
struct widen_count {
	long replicate = 0, shift = 0, both = 0;
};

inline std::string json_escape(const std::string &s)
{
	std::string out;
	for (char c : s)
		out += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
	return out;
}

// The start of a format's line: its name and the peer's name for it
// ("ffmpeg": ..., "gstreamer": ...); the caller adds the rest and "}".
inline void print_head(pixfmt::format f, pixfmt::name_space peer)
{
	auto n = f.name_in(peer);
	auto key = pixfmt::name_spaces[static_cast<std::size_t>(peer)].key;
	std::printf("{\"format\": \"%.*s\", \"%.*s\": \"%.*s\"", static_cast<int>(f.name().size()), f.name().data(),
		    static_cast<int>(key.size()), key.data(), static_cast<int>(n.size()), n.data());
}

// A whole line: the format was skipped (what = "skip") or failed ("error").
inline void print_verdict(pixfmt::format f, pixfmt::name_space peer, const char *what, const std::string &why)
{
	print_head(f, peer);
	std::printf(", \"%s\": \"%s\"}\n", what, json_escape(why).c_str());
}
