// pixfmt: query Linux pixel formats (pixfmt --help).
#include <string_view>
#include <vector>

#include "cli.hpp"

int main(int argc, char **argv)
{
	std::vector<std::string_view> args(argv + 1, argv + argc);
	return pixfmt_cli::run(args, stdout, stderr);
}
