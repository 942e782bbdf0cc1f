// Instructions per lookup, for valgrind --tool=callgrind (repeatable on a
// noisy machine): lookup_count MODE N does N lookups of the shuffled codes;
// MODE none does the same loop without a lookup, the baseline to subtract.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

#include <pixfmt/pixfmt.hpp>

int main(int argc, char **argv)
{
	if (argc != 3) {
		std::fprintf(stderr, "usage: lookup_count none|pixfmt|linear|index N\n");
		return 2;
	}
	const char *mode = argv[1];
	long n = std::atol(argv[2]);
	struct entry {
		std::uint32_t code;
		const pixfmt::format_desc *format;
	};
	std::vector<entry> entries;
	for (const auto &f : pixfmt::table::formats)
		for (std::size_t i = 0; i < f.num_v4l2; ++i)
			entries.push_back({ f.v4l2[i].code, &f });
	std::vector<std::uint32_t> pos(4096);
	for (std::size_t i = 0; i < pos.size(); ++i)
		pos[i] = static_cast<std::uint32_t>(i % entries.size());
	std::shuffle(pos.begin(), pos.end(), std::mt19937(12345));
	std::vector<std::uint32_t> codes;
	for (auto p : pos)
		codes.push_back(entries[p].code);

	std::uintptr_t sum = 0;
	int m = !std::strcmp(mode, "pixfmt") ? 1 : !std::strcmp(mode, "linear") ? 2
		: !std::strcmp(mode, "index") ? 3 : 0;
	for (long i = 0; i < n; ++i) {
		std::uint32_t code = codes[i & 4095];
		const pixfmt::format_desc *found = nullptr;
		switch (m) {
		case 1:
			if (auto v = pixfmt::find_v4l2(code))
				found = &v->format.desc();
			break;
		case 2:
			for (const auto &e : entries)
				if (e.code == code) {
					found = e.format;
					break;
				}
			break;
		case 3:
			found = entries[pos[i & 4095]].format;
			break;
		default:
			found = reinterpret_cast<const pixfmt::format_desc *>(static_cast<std::uintptr_t>(code));
		}
		sum += reinterpret_cast<std::uintptr_t>(found);
		__asm__ volatile("" : : "r"(sum) : "memory");
	}
	std::printf("%lu\n", static_cast<unsigned long>(sum & 1));
	return 0;
}
