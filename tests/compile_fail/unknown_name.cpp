// Must not compile: there is no format named "NV13".
// With -DPIXFMT_CONTROL the name is NV12 and it must compile.
#include <pixfmt/pixfmt.hpp>
#ifdef PIXFMT_CONTROL
constexpr auto f = pixfmt::get_name("NV12");
#else
constexpr auto f = pixfmt::get_name("NV13");
#endif
int main() { return f.color_planes() == 2 ? 0 : 1; }
