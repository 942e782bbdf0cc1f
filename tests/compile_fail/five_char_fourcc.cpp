// Must not compile: pixfmt::fourcc() takes exactly four characters.
// With -DPIXFMT_CONTROL it has four and must compile.
#include <pixfmt/pixfmt.hpp>
#ifdef PIXFMT_CONTROL
constexpr auto code = pixfmt::fourcc("NV12");
#else
constexpr auto code = pixfmt::fourcc("NV12M");
#endif
int main() { return code == 0 ? 1 : 0; }
