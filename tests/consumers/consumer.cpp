// A user of pixfmt, built the four ways a project consumes it (find_package,
// pkg-config, add_subdirectory, FetchContent). Exits non-zero on a wrong answer.
#include <cstdio>

#include <pixfmt/pixfmt.hpp>

using namespace pixfmt::literals;

static_assert(pixfmt::get_v4l2("NM12"_4cc).mem_planes() == 2);

int main()
{
	auto v = pixfmt::find_v4l2("NM12"_4cc);
	if (!v)
		return 1;
	auto fill = pixfmt::fill_v4l2(*v, 1366, 768);
	if (!fill || fill->num_planes != 2)
		return 1;
	std::printf("%.*s: %u memory planes, bytesperline %u/%u, sizeimage %u/%u\n",
		    static_cast<int>(v->format.name().size()), v->format.name().data(), v->mem_planes(),
		    fill->planes[0].bytesperline, fill->planes[1].bytesperline, fill->planes[0].sizeimage,
		    fill->planes[1].sizeimage);
	return fill->planes[1].sizeimage == 1366 * 384 ? 0 : 1;
}
