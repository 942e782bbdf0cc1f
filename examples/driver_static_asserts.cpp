// What a driver author can check at compile time, for the formats the driver
// supports. Every line is evaluated by the compiler; none of it runs.
#include <pixfmt/pixfmt.hpp>

using namespace pixfmt::literals;

// NV12M keeps luma and chroma in two buffers: it needs the mplane API.
static_assert(pixfmt::get_v4l2("NM12"_4cc).mem_planes() == 2);
static_assert(!pixfmt::get_v4l2("NM12"_4cc).single_planar());
// Contiguous NV12 works through the single-planar API.
static_assert(pixfmt::get_v4l2("NV12"_4cc).single_planar());
// NV12 luma pitch for 1366 pixels is 1366 bytes, chroma pitch the same.
static_assert(*pixfmt::min_pitch(pixfmt::get_drm("NV12"_4cc), 0, 1366) == 1366);
static_assert(*pixfmt::min_pitch(pixfmt::get_drm("NV12"_4cc), 1, 1366) == 1366);
// A 1920x1080 NV12 frame is 3110400 bytes, 760 pages of 4 KiB.
static_assert(pixfmt::layout(pixfmt::get_name("NV12"), 1920, 1080)->total == 3110400);
static_assert(*pixfmt::pages(pixfmt::layout(pixfmt::get_name("NV12"), 1920, 1080)->total) == 760);
// V4L2 RGB24 'RGB3' and DRM BGR888 'BG24' are the same bytes.
static_assert(pixfmt::get_v4l2("RGB3"_4cc).format == pixfmt::get_drm("BG24"_4cc));
// ...while 'AYUV' means different byte orders in V4L2 and DRM.
static_assert(!(pixfmt::get_v4l2("AYUV"_4cc).format == pixfmt::get_drm("AYUV"_4cc)));
// YUYV: one plane, 2 bytes per pixel, chroma subsampled 2x1.
static_assert(pixfmt::get_v4l2("YUYV"_4cc).format.color_planes() == 1);
static_assert(pixfmt::get_v4l2("YUYV"_4cc).format.bits_per_pixel() == 16);
// What v4l2_fill_pixfmt() gives for 640x480 YUYV.
static_assert(pixfmt::fill_v4l2("YUYV"_4cc, 640, 480)->planes[0].bytesperline == 1280);
static_assert(pixfmt::fill_v4l2("YUYV"_4cc, 640, 480)->planes[0].sizeimage == 614400);
// MJPEG has no per-pixel layout: sizes are an error value, not a guess.
static_assert(pixfmt::get_v4l2("MJPG"_4cc).format.compressed());
static_assert(pixfmt::fill_v4l2("MJPG"_4cc, 640, 480).error() == pixfmt::errc::no_layout);
// Unknown codes are "not found" values at run time...
static_assert(!pixfmt::find_v4l2("ZZZZ"_4cc));
// ...and compile errors through get_v4l2 / get_drm / get_name.

int main() { return 0; }
