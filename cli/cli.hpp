// pixfmt CLI: the whole tool as a function, for main() and the fuzz target.
#pragma once

#include <cstdio>
#include <span>
#include <string_view>

namespace pixfmt_cli {

// Exit status: 0 ok, 1 not found, 2 usage error, 3 no such layout. files
// false: pattern and view touch no file (a frame to view reads as zeros, the
// output is dropped) and stop at a small size: for the fuzz target.
int run(std::span<const std::string_view> args, std::FILE *out, std::FILE *err, bool files = true);

} // namespace pixfmt_cli
