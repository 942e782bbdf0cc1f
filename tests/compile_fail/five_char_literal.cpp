// Must not compile: a fourcc literal has exactly four characters.
// With -DPIXFMT_CONTROL it has four and must compile.
#include <pixfmt/pixfmt.hpp>
using namespace pixfmt::literals;
#ifdef PIXFMT_CONTROL
constexpr auto code = "NV12"_4cc;
#else
constexpr auto code = "NV12M"_4cc;
#endif
int main() { return code == 0 ? 1 : 0; }
