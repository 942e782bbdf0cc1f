// Must not compile: 'ZZZZ' is no V4L2 format, and get_v4l2 is consteval.
// With -DPIXFMT_CONTROL the same file uses a known code and must compile,
// which proves the failure comes from the unknown code.
#include <pixfmt/pixfmt.hpp>
using namespace pixfmt::literals;
#ifdef PIXFMT_CONTROL
constexpr auto v = pixfmt::get_v4l2("NV12"_4cc);
#else
constexpr auto v = pixfmt::get_v4l2("ZZZZ"_4cc);
#endif
int main() { return v.mem_planes() == 1 ? 0 : 1; }
