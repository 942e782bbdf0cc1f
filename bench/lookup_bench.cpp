// Run-time lookup by V4L2 fourcc over every code in a random order, against
// two baselines measured in the same run: a linear scan of the same entries
// (what the kernel's v4l2_format_info() does) and a direct array index (the
// floor: one load). Also layout computation for every format at 1920x1080.
// Prints ns/lookup and the ratios at the end.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <pixfmt/pixfmt.hpp>

#include "code_lists.hpp"

namespace {

struct entry {
	std::uint32_t code;
	const pixfmt::format_desc *format;
};

// The codes in table order, as a kernel-style array of entries.
const std::vector<entry> &entries()
{
	static const std::vector<entry> e = [] {
		std::vector<entry> out;
		for (const auto &f : pixfmt::table::formats)
			for (std::size_t i = 0; i < f.num_v4l2; ++i)
				out.push_back({ f.v4l2[i].code, &f });
		return out;
	}();
	return e;
}

constexpr std::size_t queries = 4096; // power of two: index with a mask

// Each lookup's answer, the format's address, held in a register. (Google
// Benchmark's DoNotOptimize lets GCC pass a copy of memory by its place:
// the direct index then computed &entries[p] and never loaded .format.)
inline void keep(const pixfmt::format_desc *found)
{
	asm volatile("" : : "r"(found) : "memory");
}

// Positions into entries(), every code equally often, shuffled (fixed seed).
const std::vector<std::uint32_t> &positions()
{
	static const std::vector<std::uint32_t> p = [] {
		std::vector<std::uint32_t> out(queries);
		for (std::size_t i = 0; i < queries; ++i)
			out[i] = static_cast<std::uint32_t>(i % entries().size());
		std::shuffle(out.begin(), out.end(), std::mt19937(12345));
		return out;
	}();
	return p;
}

const std::vector<std::uint32_t> &codes()
{
	static const std::vector<std::uint32_t> c = [] {
		std::vector<std::uint32_t> out;
		for (auto p : positions())
			out.push_back(entries()[p].code);
		return out;
	}();
	return c;
}

void lookup_pixfmt(benchmark::State &state)
{
	const auto &c = codes();
	std::size_t i = 0;
	for (auto _ : state) {
		auto v = pixfmt::find_v4l2(c[i++ & (queries - 1)]);
		// The same result as the baselines: the format's address.
		const pixfmt::format_desc *found = v ? &v->format.desc() : nullptr;
		keep(found);
	}
	state.SetItemsProcessed(state.iterations());
}

void lookup_linear_scan(benchmark::State &state)
{
	const auto &c = codes();
	const auto &e = entries();
	std::size_t i = 0;
	for (auto _ : state) {
		std::uint32_t code = c[i++ & (queries - 1)];
		const pixfmt::format_desc *found = nullptr;
		for (const auto &x : e)
			if (x.code == code) {
				found = x.format;
				break;
			}
		keep(found);
	}
	state.SetItemsProcessed(state.iterations());
}

void lookup_direct_index(benchmark::State &state)
{
	const auto &p = positions();
	const auto &e = entries();
	std::size_t i = 0;
	for (auto _ : state) {
		const pixfmt::format_desc *found = e[p[i++ & (queries - 1)]].format;
		keep(found);
	}
	state.SetItemsProcessed(state.iterations());
}

// Where pixfmt's time goes: its hash (multiply, shift) and the slot's load,
// without comparing the code. Not a lookup (it finds an address for any
// code); the difference from the direct index is the hash's latency.
void lookup_hash_only(benchmark::State &state)
{
	const auto &c = codes();
	std::size_t i = 0;
	for (auto _ : state) {
		std::uint32_t code = c[i++ & (queries - 1)];
		const auto &slot = pixfmt::table::v4l2_hash_slots[pixfmt::detail::hash_slot(pixfmt::table::v4l2_hash, code)];
		const pixfmt::format_desc *found = pixfmt::detail::format_address(slot);
		keep(found);
	}
	state.SetItemsProcessed(state.iterations());
}

void lookup_binary_search(benchmark::State &state)
{
	const auto &c = codes();
	const auto &idx = pixfmt_test::v4l2_codes();
	std::size_t i = 0;
	for (auto _ : state) {
		std::uint32_t code = c[i++ & (queries - 1)];
		auto it = std::lower_bound(idx.begin(), idx.end(), code,
					   [](const auto &x, std::uint32_t v) { return x.code < v; });
		const pixfmt::format_desc *found =
			(it != idx.end() && it->code == code) ? &pixfmt::table::formats[it->format()] : nullptr;
		keep(found);
	}
	state.SetItemsProcessed(state.iterations());
}

void layout_all_formats_1080p(benchmark::State &state)
{
	std::uint64_t total = 0;
	for (auto _ : state) {
		for (const auto &f : pixfmt::table::formats) {
			auto l = pixfmt::layout(pixfmt::format(f), 1920, 1080);
			total += l.ok() ? l->total : 0;
		}
		benchmark::DoNotOptimize(total);
	}
	state.SetItemsProcessed(state.iterations() * pixfmt::table::formats.size());
}

BENCHMARK(lookup_pixfmt);
BENCHMARK(lookup_linear_scan);
BENCHMARK(lookup_direct_index);
BENCHMARK(lookup_hash_only);
BENCHMARK(lookup_binary_search);
BENCHMARK(layout_all_formats_1080p);

// Keeps each benchmark's time per item to print the ratios.
class ratio_reporter : public benchmark::ConsoleReporter {
public:
	std::map<std::string, double> ns_per_item;
	void ReportRuns(const std::vector<Run> &runs) override
	{
		ConsoleReporter::ReportRuns(runs);
		for (const auto &r : runs) {
			double items = r.counters.count("items_per_second")
					       ? static_cast<double>(r.counters.at("items_per_second"))
					       : 0;
			// With --benchmark_repetitions, keep the median of the runs.
			std::string name = r.benchmark_name();
			if (r.run_type == Run::RT_Aggregate) {
				if (r.aggregate_name != "median")
					continue;
				name = name.substr(0, name.rfind('_'));
			}
			if (items > 0)
				ns_per_item[name] = 1e9 / items;
		}
	}
};

} // namespace

int main(int argc, char **argv)
{
	benchmark::Initialize(&argc, argv);
	if (benchmark::ReportUnrecognizedArguments(argc, argv))
		return 1;
	ratio_reporter reporter;
	benchmark::RunSpecifiedBenchmarks(&reporter);
	auto &t = reporter.ns_per_item;
	if (t.count("lookup_pixfmt") && t.count("lookup_linear_scan") && t.count("lookup_direct_index")) {
		double ours = t["lookup_pixfmt"];
		std::printf("\n%zu V4L2 codes, %zu lookups in random order\n", entries().size(), queries);
		std::printf("ns/lookup: pixfmt %.2f, linear scan %.2f, direct index %.2f, binary search %.2f\n",
			    ours, t["lookup_linear_scan"], t["lookup_direct_index"],
			    t["lookup_binary_search"]);
		std::printf("pixfmt is %.1fx faster than the linear scan (goal >= 10x)\n",
			    t["lookup_linear_scan"] / ours);
		std::printf("pixfmt takes %.2fx the direct index (goal <= 1.5x)\n",
			    ours / t["lookup_direct_index"]);
		if (t.count("lookup_hash_only"))
			std::printf("the hash and the slot's load alone (no compare): %.2f ns, %.2fx the direct index\n",
				    t["lookup_hash_only"], t["lookup_hash_only"] / t["lookup_direct_index"]);
	}
	if (t.count("layout_all_formats_1080p"))
		std::printf("layout at 1920x1080: %.2f ns per format\n", t["layout_all_formats_1080p"]);
	benchmark::Shutdown();
	return 0;
}
