// pixfmt_layout: image layouts as pixfmt computes them, in the same protocol
// as ffmpeg_layout and gst_layout.
//
// stdin:  lines "PIXFMT_NAME WIDTH HEIGHT ALIGN"
// stdout: one JSON object per line,
//         {"planes": [{"pitch": N, "height": N, "size": N, "offset": N}, ...], "total": N}
//         or {"error": "..."}
//
// pixfmt::find_name() and pixfmt::layout(format, width, height, align).
#include <cstdint>
#include <cstdio>
#include <string_view>

#include <pixfmt/pixfmt.hpp>

static void error(std::string_view msg)
{
	std::printf("{\"error\": \"%.*s\"}\n", static_cast<int>(msg.size()), msg.data());
}

static void dump(const char *name, unsigned long long width, unsigned long long height,
		 unsigned long long align)
{
	auto f = pixfmt::find_name(name);
	if (!f) {
		error(pixfmt::to_string(pixfmt::errc::not_found));
		return;
	}
	if (width == 0 || height == 0 || width > UINT32_MAX || height > UINT32_MAX) {
		error("bad size");
		return;
	}
	auto l = pixfmt::layout(*f, static_cast<std::uint32_t>(width),
				static_cast<std::uint32_t>(height), align);
	if (!l.ok()) {
		error(pixfmt::to_string(l.error()));
		return;
	}
	std::printf("{\"planes\": [");
	for (unsigned i = 0; i < l->num_planes; ++i) {
		const pixfmt::plane_size &p = l->planes[i];
		std::printf("%s{\"pitch\": %llu, \"height\": %llu, \"size\": %llu, \"offset\": %llu}",
			    i ? ", " : "", static_cast<unsigned long long>(p.pitch),
			    static_cast<unsigned long long>(p.height),
			    static_cast<unsigned long long>(p.size),
			    static_cast<unsigned long long>(p.offset));
	}
	std::printf("], \"total\": %llu}\n", static_cast<unsigned long long>(l->total));
}

int main()
{
	char line[512];
	while (std::fgets(line, sizeof(line), stdin)) {
		char name[128];
		unsigned long long width = 0, height = 0, align = 0;
		if (std::sscanf(line, "%127s %llu %llu %llu", name, &width, &height, &align) != 4) {
			error("expected: NAME WIDTH HEIGHT ALIGN");
			continue;
		}
		dump(name, width, height, align);
	}
	return std::fflush(stdout) == 0 ? 0 : 1;
}
