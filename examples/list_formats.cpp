// Print the formats of the generated table, optionally only those whose
// canonical name or V4L2/DRM fourcc matches the arguments.
#include <cstdio>
#include <string_view>

#include <pixfmt/format_table.hpp>

namespace {

void print_fourcc(std::uint32_t code)
{
	for (int i = 0; i < 4; ++i)
		std::putchar(static_cast<char>((code >> (8 * i)) & 0x7f));
	if (code & (1u << 31))
		std::fputs("-BE", stdout);
}

// True when arg is a prefix of the four characters of code ("Y16" for 'Y16 ').
bool fourcc_matches(std::uint32_t code, std::string_view arg)
{
	if (arg.empty() || arg.size() > 4)
		return false;
	for (std::size_t i = 0; i < arg.size(); ++i)
		if (static_cast<char>((code >> (8 * i)) & 0xff) != arg[i])
			return false;
	return true;
}

bool matches(const pixfmt::format_desc &f, std::string_view arg)
{
	if (f.name == arg)
		return true;
	for (int i = 0; i < f.num_v4l2; ++i)
		if (f.v4l2[i].macro == arg || fourcc_matches(f.v4l2[i].code, arg))
			return true;
	return f.has_drm && (f.drm.macro == arg || fourcc_matches(f.drm.code, arg));
}

} // namespace

int main(int argc, char **argv)
{
	int shown = 0;
	for (const auto &f : pixfmt::table::formats) {
		bool want = argc < 2;
		for (int a = 1; a < argc; ++a)
			want = want || matches(f, argv[a]);
		if (!want)
			continue;
		++shown;
		std::printf("%-22.*s planes %d", static_cast<int>(f.name.size()), f.name.data(),
			    f.num_planes);
		for (int p = 0; p < f.num_planes; ++p)
			std::printf(" %s%d/%dx%d", p ? "+ " : "", f.planes[p].bytes_per_block,
				    f.planes[p].block_w, f.planes[p].block_h);
		if (f.hsub != 1 || f.vsub != 1)
			std::printf("  sub %dx%d", f.hsub, f.vsub);
		for (int i = 0; i < f.num_v4l2; ++i) {
			std::printf("  V4L2 ");
			print_fourcc(f.v4l2[i].code);
			std::printf(" (%d mem)", f.v4l2[i].mem_planes);
		}
		if (f.has_drm) {
			std::printf("  DRM ");
			print_fourcc(f.drm.code);
		}
		std::putchar('\n');
	}
	if (shown == 0) {
		std::fprintf(stderr, "list_formats: no format matches\n");
		return 2;
	}
	return 0;
}
