// pixfmt: one source of truth for Linux pixel formats (C++20, header-only).
//
//   #include <pixfmt/pixfmt.hpp>
//   using namespace pixfmt::literals;
//   static_assert(pixfmt::get_v4l2("NM12"_4cc).mem_planes() == 2);
//   static_assert(*pixfmt::min_pitch(pixfmt::get_drm("NV12"_4cc), 0, 1366) == 1366);
#pragma once

#include <pixfmt/format.hpp>
#include <pixfmt/format_table.hpp>
#include <pixfmt/fourcc.hpp>
#include <pixfmt/layout.hpp>
#include <pixfmt/media_bus.hpp>
#include <pixfmt/media_bus_table.hpp>
#include <pixfmt/xen.hpp>
