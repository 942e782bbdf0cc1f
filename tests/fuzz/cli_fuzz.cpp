// libFuzzer target over the CLI: the input is split at newlines into up to
// eight arguments and given to the parsers and to the whole tool, whose
// output goes to /dev/null. Any crash or sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "cli.hpp"
#include "parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
	static std::FILE *null = std::fopen("/dev/null", "w");
	std::string text(reinterpret_cast<const char *>(data), size);
	std::vector<std::string_view> args;
	std::size_t start = 0;
	while (start <= text.size() && args.size() < 8) {
		std::size_t end = text.find('\n', start);
		if (end == std::string::npos)
			end = text.size();
		args.emplace_back(text.data() + start, end - start);
		start = end + 1;
	}
	for (auto a : args) {
		(void)pixfmt_cli::parse_uint(a);
		(void)pixfmt_cli::parse_size(a);
		(void)pixfmt::parse_label(a);
		(void)pixfmt::parse_short_text(a);
		(void)pixfmt_cli::resolve(a, pixfmt_cli::ns_filter::any);
	}
	int rc = pixfmt_cli::run(args, null, null, false); // no file is read or written
	if (rc < 0 || rc > 3)
		__builtin_trap(); // exit statuses are 0..3
	return 0;
}
