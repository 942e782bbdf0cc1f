// pixfmt CLI: the commands. run() is the whole tool behind main() and the
// fuzz target; it writes results to out and one-line errors to err.
#include "cli.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <pixfmt/fmt.hpp>
#include <pixfmt/pixfmt.hpp>

#include "parse.hpp"

namespace pixfmt_cli {
namespace {

constexpr std::string_view usage_text = R"(usage: pixfmt COMMAND [OPTIONS]

Linux pixel formats: V4L2 and DRM fourccs, planes, sizes.

commands:
  info FORMAT            everything known about a format
  list                   all formats as a table (filters: pixfmt list --help)
  size FORMAT WxH        plane widths, heights, pitches, sizes, offsets
  map FORMAT             the corresponding format in the other namespace
  decode CODE            a 32-bit code to its fourcc and the formats it names

FORMAT is a canonical name (NV12), a macro (V4L2_PIX_FMT_NV12M,
DRM_FORMAT_XRGB8888), one to four characters (NM12, Y16, AR15-BE) or a
number (0x3231564e, 842094158). --v4l2 / --drm restrict the search to one
namespace. Every command takes --json and --help.

exit status: 0 ok, 1 not found, 2 usage error, 3 no such layout (compressed
format, or a size that does not fit)
)";

constexpr std::string_view list_help = R"(usage: pixfmt list [--v4l2|--drm] [--encoding E] [--planes N]
                   [--mem-planes N] [--json]

  --v4l2, --drm    only formats with a code in that namespace
  --encoding E     rgb, yuv, bayer, grey, indexed, hsv, depth, compressed, opaque
  --planes N       formats with N colour planes
  --mem-planes N   formats with a V4L2 code using N memory planes
                   (--mem-planes 2: what needs the multi-planar API)
)";

constexpr std::string_view size_help = R"(usage: pixfmt size FORMAT WxH [--align N] [--v4l2|--drm] [--pages] [--json]

  --align N   align every pitch to N bytes (a power of two)
  --v4l2      what v4l2_fill_pixfmt(_mp) puts in bytesperline / sizeimage,
              one entry per memory plane of the V4L2 code
  --drm       DRM plane sizes with the minimum pitches
  --pages     also print how many 4 KiB pages the buffer needs
)";

constexpr std::string_view info_help = "usage: pixfmt info FORMAT [--v4l2|--drm] [--json]\n";
constexpr std::string_view map_help = "usage: pixfmt map FORMAT [--v4l2|--drm] [--json]\n";
constexpr std::string_view decode_help = "usage: pixfmt decode CODE [--json]\n\n"
					 "CODE is a number (0x3231564e, 842094158) or 1-4 characters.\n";

struct options {
	bool json = false;
	bool help = false;
	bool pages = false;
	ns_filter ns = ns_filter::any;
	std::optional<std::uint64_t> align;
	std::optional<std::string_view> encoding;
	std::optional<unsigned> planes;
	std::optional<unsigned> mem_planes;
	std::vector<std::string_view> positional;
};

struct io {
	std::FILE *out;
	std::FILE *err;
	int fail(int status, std::string_view msg) const
	{
		fmt::print(err, "pixfmt: {}\n", msg);
		return status;
	}
};

std::string json_string(std::string_view s)
{
	std::string out = "\"";
	for (char c : s) {
		if (c == '"' || c == '\\') {
			out += '\\';
			out += c;
		} else if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
			out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
		} else {
			out += c;
		}
	}
	return out + "\"";
}

std::string_view encoding_name(pixfmt::encoding e)
{
	switch (e) {
	case pixfmt::encoding::rgb: return "rgb";
	case pixfmt::encoding::yuv: return "yuv";
	case pixfmt::encoding::bayer: return "bayer";
	case pixfmt::encoding::grey: return "grey";
	case pixfmt::encoding::indexed: return "indexed";
	case pixfmt::encoding::hsv: return "hsv";
	case pixfmt::encoding::depth: return "depth";
	case pixfmt::encoding::compressed: return "compressed";
	case pixfmt::encoding::opaque: return "opaque";
	}
	return "?";
}

std::string label(std::uint32_t code)
{
	auto l = pixfmt::to_label(code);
	return l.len ? std::string(l.view()) : std::string(pixfmt::to_text(code).view());
}

std::string code_json(const pixfmt::code_desc &c, bool v4l2)
{
	std::string s = fmt::format("{{\"macro\": {}, \"fourcc\": {}, \"code\": {}", json_string(c.macro),
				    json_string(label(c.code)), c.code);
	if (c.code & pixfmt::big_endian_flag)
		s += ", \"big_endian\": true";
	if (v4l2)
		s += fmt::format(", \"mem_planes\": {}", c.mem_planes);
	return s + "}";
}

std::string format_json(pixfmt::format f)
{
	std::string s = fmt::format("{{\"name\": {}, \"encoding\": \"{}\", \"compressed\": {}, "
				    "\"has_alpha\": {}, \"big_endian\": {}, \"depth\": {}, "
				    "\"color_planes\": {}, \"bits_per_pixel\": {}, \"hsub\": {}, \"vsub\": {}, ",
				    json_string(f.name()), encoding_name(f.encoding()), f.compressed(),
				    f.has_alpha(), f.big_endian(), f.depth(), f.color_planes(),
				    f.bits_per_pixel(), f.hsub(), f.vsub());
	if (f.tile_w())
		s += fmt::format("\"tile\": [{}, {}], ", f.tile_w(), f.tile_h());
	s += "\"planes\": [";
	for (unsigned i = 0; i < f.color_planes(); ++i) {
		const auto &p = f.planes()[i];
		s += fmt::format("{}{{\"bytes_per_block\": {}, \"block_w\": {}, \"block_h\": {}, "
				 "\"hsub\": {}, \"vsub\": {}, \"align_w\": {}, \"align_h\": {}}}",
				 i ? ", " : "", p.bytes_per_block, p.block_w, p.block_h, p.hsub, p.vsub,
				 p.align_w, p.align_h);
	}
	s += "], \"v4l2\": [";
	bool first = true;
	for (const auto &c : f.v4l2_codes()) {
		s += (first ? "" : ", ") + code_json(c, true);
		first = false;
	}
	s += "], \"drm\": [";
	if (auto d = f.drm_code())
		s += code_json(*d, false);
	s += "]";
	if (!f.desc().note.empty())
		s += ", \"note\": " + json_string(f.desc().note);
	return s + "}";
}

// ----------------------------------------------------------------- parsing
// Returns 0 or the exit status of a usage error (already reported).
int parse_options(std::span<const std::string_view> args, options &o, const io &io,
		  bool takes_filters)
{
	for (std::size_t i = 0; i < args.size(); ++i) {
		std::string_view a = args[i];
		auto value = [&](std::string_view name) -> std::optional<std::string_view> {
			if (i + 1 >= args.size()) {
				io.fail(2, fmt::format("{} needs a value", name));
				return std::nullopt;
			}
			return args[++i];
		};
		if (a == "--json") {
			o.json = true;
		} else if (a == "--help" || a == "-h") {
			o.help = true;
		} else if (a == "--v4l2" || a == "--drm") {
			ns_filter want = a == "--v4l2" ? ns_filter::v4l2 : ns_filter::drm;
			if (o.ns != ns_filter::any && o.ns != want)
				return io.fail(2, "--v4l2 and --drm exclude each other");
			o.ns = want;
		} else if (a == "--pages") {
			o.pages = true;
		} else if (a == "--align") {
			auto v = value(a);
			if (!v)
				return 2;
			auto n = parse_uint(*v, UINT32_MAX);
			if (!n || !pixfmt::is_power_of_two(*n))
				return io.fail(2, fmt::format("--align {}: must be a power of two from 1 to 2^31",
							      *v));
			o.align = *n;
		} else if (takes_filters && a == "--encoding") {
			auto v = value(a);
			if (!v)
				return 2;
			static constexpr std::string_view known[] = { "rgb",   "yuv",     "bayer",
								      "grey",  "indexed", "hsv",
								      "depth", "compressed", "opaque" };
			if (std::find(std::begin(known), std::end(known), *v) == std::end(known))
				return io.fail(2, fmt::format("--encoding {}: unknown encoding", *v));
			o.encoding = *v;
		} else if (takes_filters && (a == "--planes" || a == "--mem-planes")) {
			auto v = value(a);
			if (!v)
				return 2;
			auto n = parse_uint(*v, 4);
			if (!n)
				return io.fail(2, fmt::format("{} {}: must be a number from 0 to 4", a, *v));
			(a == "--planes" ? o.planes : o.mem_planes) = static_cast<unsigned>(*n);
		} else if (a.starts_with("-") && a.size() > 1 && !(a[1] >= '0' && a[1] <= '9')) {
			return io.fail(2, fmt::format("unknown option {}", a));
		} else {
			o.positional.push_back(a);
		}
	}
	return 0;
}

// Resolve the FORMAT argument to exactly the matches to act on.
int need_matches(const options &o, const io &io, std::vector<match> &out)
{
	out = resolve(o.positional[0], o.ns);
	if (out.empty())
		return io.fail(1, fmt::format("{}: no such format{}", o.positional[0],
					      o.ns == ns_filter::v4l2 ? " in V4L2"
					      : o.ns == ns_filter::drm ? " in DRM"
								       : ""));
	return 0;
}

// The start of a command over one FORMAT argument: the argument count and
// the lookup. Returns -1 to go on, else the exit status.
int one_format_command(const options &o, const io &io, std::string_view name,
		       std::vector<match> &out)
{
	if (o.positional.size() != 1)
		return io.fail(2, fmt::format("{} takes one FORMAT (pixfmt {} --help)", name, name));
	int rc = need_matches(o, io, out);
	return rc ? rc : -1;
}

std::vector<pixfmt::format> distinct_formats(const std::vector<match> &ms)
{
	std::vector<pixfmt::format> out;
	for (const auto &m : ms)
		if (std::find(out.begin(), out.end(), m.format) == out.end())
			out.push_back(m.format);
	return out;
}

// ----------------------------------------------------------------- commands
void print_info_text(pixfmt::format f, const io &io)
{
	std::string planes = f.compressed() ? "no per-pixel layout"
					    : fmt::format("{} colour plane{}, {} bits per pixel",
							  f.color_planes(), f.color_planes() == 1 ? "" : "s",
							  f.bits_per_pixel());
	fmt::print(io.out, "{}: {}, {}\n", f.name(), encoding_name(f.encoding()), planes);
	for (const auto &c : f.v4l2_codes())
		fmt::print(io.out, "  V4L2  {:<8} {:<32} 0x{:08x}  {} memory plane{}\n", label(c.code), c.macro,
			   c.code, c.mem_planes, c.mem_planes == 1 ? "" : "s");
	if (auto d = f.drm_code())
		fmt::print(io.out, "  DRM   {:<8} {:<32} 0x{:08x}\n", label(d->code), d->macro, d->code);
	for (unsigned i = 0; i < f.color_planes(); ++i) {
		const auto &p = f.planes()[i];
		fmt::print(io.out, "  plane {}: {} byte{} per {}x{} block", i, p.bytes_per_block,
			   p.bytes_per_block == 1 ? "" : "s", p.block_w, p.block_h);
		if (p.hsub != 1 || p.vsub != 1)
			fmt::print(io.out, ", subsampled {}x{}", p.hsub, p.vsub);
		if (p.align_w != 1 || p.align_h != 1)
			fmt::print(io.out, ", image aligned to {}x{}", p.align_w, p.align_h);
		fmt::print(io.out, "\n");
	}
	std::string extra;
	if (f.depth())
		extra += fmt::format("depth {} bits", f.depth());
	if (f.hsub() != 1 || f.vsub() != 1)
		extra += fmt::format("{}chroma subsampling {}x{}", extra.empty() ? "" : ", ", f.hsub(), f.vsub());
	if (f.tile_w())
		extra += fmt::format("{}tiled {}x{}", extra.empty() ? "" : ", ", f.tile_w(), f.tile_h());
	if (f.has_alpha())
		extra += std::string(extra.empty() ? "" : ", ") + "alpha";
	if (f.big_endian())
		extra += std::string(extra.empty() ? "" : ", ") + "big-endian";
	if (!extra.empty())
		fmt::print(io.out, "  {}\n", extra);
	if (!f.desc().note.empty())
		fmt::print(io.out, "  note: {}\n", f.desc().note);
}

int cmd_info(const options &o, const io &io)
{
	std::vector<match> ms;
	if (int rc = one_format_command(o, io, "info", ms); rc >= 0)
		return rc;
	auto fs = distinct_formats(ms);
	if (o.json) {
		fmt::print(io.out, "[");
		for (std::size_t i = 0; i < fs.size(); ++i)
			fmt::print(io.out, "{}{}", i ? ",\n " : "", format_json(fs[i]));
		fmt::print(io.out, "]\n");
		return 0;
	}
	if (fs.size() > 1)
		fmt::print(io.out, "{} names {} different formats (use --v4l2 or --drm for one):\n",
			   o.positional[0], fs.size());
	for (auto f : fs)
		print_info_text(f, io);
	return 0;
}

bool list_wanted(pixfmt::format f, const options &o)
{
	if (o.ns == ns_filter::v4l2 && f.v4l2_codes().empty())
		return false;
	if (o.ns == ns_filter::drm && !f.drm_code())
		return false;
	if (o.encoding && encoding_name(f.encoding()) != *o.encoding)
		return false;
	if (o.planes && f.color_planes() != *o.planes)
		return false;
	if (o.mem_planes && !f.v4l2_with_mem_planes(*o.mem_planes))
		return false;
	return true;
}

int cmd_list(const options &o, const io &io)
{
	if (!o.positional.empty())
		return io.fail(2, fmt::format("list takes no argument, got {}", o.positional[0]));
	std::vector<pixfmt::format> fs;
	for (const auto &d : pixfmt::table::formats)
		if (list_wanted(pixfmt::format(d), o))
			fs.emplace_back(d);
	if (o.json) {
		fmt::print(io.out, "[");
		for (std::size_t i = 0; i < fs.size(); ++i)
			fmt::print(io.out, "{}{}", i ? ",\n " : "", format_json(fs[i]));
		fmt::print(io.out, "]\n");
		return 0;
	}
	fmt::print(io.out, "{:<22} {:<10} {:>6} {:>4}  {:<22} {:<8}\n", "NAME", "ENCODING", "PLANES", "BPP",
		   "V4L2 (MEM PLANES)", "DRM");
	for (auto f : fs) {
		std::string v4l2;
		for (const auto &c : f.v4l2_codes())
			v4l2 += fmt::format("{}{}({})", v4l2.empty() ? "" : " ", label(c.code), c.mem_planes);
		auto d = f.drm_code();
		fmt::print(io.out, "{:<22} {:<10} {:>6} {:>4}  {:<22} {:<8}\n", f.name(),
			   encoding_name(f.encoding()), f.compressed() ? "-" : std::to_string(f.color_planes()),
			   f.compressed() ? "-" : std::to_string(f.bits_per_pixel()), v4l2.empty() ? "-" : v4l2,
			   d ? label(d->code) : "-");
	}
	return 0;
}

int layout_error(const io &io, pixfmt::format f, pixfmt::errc e, size2d s)
{
	if (e == pixfmt::errc::no_layout)
		return io.fail(3, fmt::format("{} is compressed: it has no per-pixel layout", f.name()));
	return io.fail(3, fmt::format("{} at {}x{}: {}", f.name(), s.width, s.height, pixfmt::to_string(e)));
}

int cmd_size(const options &o, const io &io)
{
	if (o.positional.size() != 2)
		return io.fail(2, "size takes FORMAT and WxH (pixfmt size --help)");
	auto s = parse_size(o.positional[1]);
	if (!s)
		return io.fail(2, fmt::format("{}: size must be WxH with W and H from 1 to 4294967295",
					      o.positional[1]));
	std::vector<match> ms;
	if (int rc = need_matches(o, io, ms))
		return rc;
	auto fs = distinct_formats(ms);
	if (fs.size() > 1)
		return io.fail(2, fmt::format("{} names {} different formats: add --v4l2 or --drm",
					      o.positional[0], fs.size()));
	pixfmt::format f = fs[0];

	if (o.ns == ns_filter::v4l2) {
		// The V4L2 code: the one named, else the contiguous variant.
		const pixfmt::code_desc *code = nullptr;
		for (const auto &m : ms)
			if (m.how == match::by_v4l2)
				code = m.code;
		if (!code && f.v4l2_codes().empty())
			return io.fail(1, fmt::format("{} has no V4L2 code", f.name()));
		if (!code) {
			code = &f.v4l2_codes()[0];
			for (const auto &c : f.v4l2_codes())
				if (c.mem_planes == 1)
					code = &c;
		}
		auto fill = pixfmt::fill_v4l2(pixfmt::v4l2_format(f.desc(), *code), s->width, s->height);
		if (!fill)
			return layout_error(io, f, fill.error(), *s);
		if (o.json) {
			fmt::print(io.out, "{{\"format\": {}, \"fourcc\": {}, \"width\": {}, \"height\": {}, \"planes\": [",
				   json_string(f.name()), json_string(label(code->code)), s->width, s->height);
			for (unsigned i = 0; i < fill->num_planes; ++i)
				fmt::print(io.out, "{}{{\"bytesperline\": {}, \"sizeimage\": {}}}", i ? ", " : "",
					   fill->planes[i].bytesperline, fill->planes[i].sizeimage);
			fmt::print(io.out, "]}}\n");
			return 0;
		}
		fmt::print(io.out, "{} ({}) {}x{}, as v4l2_fill_pixfmt{} fills it:\n", f.name(),
			   label(code->code), s->width, s->height, fill->num_planes > 1 ? "_mp" : "");
		for (unsigned i = 0; i < fill->num_planes; ++i)
			fmt::print(io.out, "  plane {}: bytesperline {} sizeimage {}\n", i,
				   fill->planes[i].bytesperline, fill->planes[i].sizeimage);
		return 0;
	}

	if (o.ns == ns_filter::drm && o.align && *o.align != 1)
		return io.fail(2, "--drm prints minimum pitches: it takes no --align");
	auto l = pixfmt::layout(f, s->width, s->height, o.align.value_or(1));
	if (!l)
		return layout_error(io, f, l.error(), *s);
	auto pages = pixfmt::pages(l->total);
	if (o.json) {
		fmt::print(io.out, "{{\"format\": {}, \"width\": {}, \"height\": {}, \"planes\": [",
			   json_string(f.name()), s->width, s->height);
		for (unsigned i = 0; i < l->num_planes; ++i) {
			const auto &p = l->planes[i];
			fmt::print(io.out, "{}{{\"width\": {}, \"height\": {}, \"pitch\": {}, \"size\": {}, \"offset\": {}}}",
				   i ? ", " : "", p.width, p.height, p.pitch, p.size, p.offset);
		}
		fmt::print(io.out, "], \"total\": {}", l->total);
		if (o.pages)
			fmt::print(io.out, ", \"pages\": {}", *pages);
		fmt::print(io.out, "}}\n");
		return 0;
	}
	fmt::print(io.out, "{} {}x{}{}:\n", f.name(), s->width, s->height,
		   o.ns == ns_filter::drm ? " (DRM minimum pitches)"
		   : o.align		   ? fmt::format(" (pitches aligned to {})", *o.align)
					   : std::string());
	for (unsigned i = 0; i < l->num_planes; ++i) {
		const auto &p = l->planes[i];
		fmt::print(io.out, "  plane {}: {}x{} pitch {} size {} offset {}\n", i, p.width, p.height, p.pitch,
			   p.size, p.offset);
	}
	fmt::print(io.out, "  total {}\n", l->total);
	if (o.pages)
		fmt::print(io.out, "  pages {} (4 KiB)\n", *pages);
	return 0;
}

int cmd_map(const options &o, const io &io)
{
	std::vector<match> ms;
	if (int rc = one_format_command(o, io, "map", ms); rc >= 0)
		return rc;
	std::string json = "[";
	bool any = false;
	for (const auto &m : ms) {
		pixfmt::format f = m.format;
		// From the namespace the argument was found in, to the other one.
		bool from_v4l2 = m.how == match::by_v4l2 || (m.how == match::by_name && o.ns != ns_filter::drm &&
								      !f.v4l2_codes().empty());
		std::string from = m.code ? label(m.code->code) : std::string(f.name());
		if (o.json) {
			json += fmt::format("{}{{\"from\": {}, \"namespace\": \"{}\", \"format\": {}, \"v4l2\": [",
					    any ? ", " : "", json_string(from), from_v4l2 ? "v4l2" : "drm",
					    json_string(f.name()));
			bool first = true;
			if (!from_v4l2)
				for (const auto &c : f.v4l2_codes()) {
					json += (first ? "" : ", ") + code_json(c, true);
					first = false;
				}
			json += "], \"drm\": [";
			if (from_v4l2 && f.drm_code())
				json += code_json(*f.drm_code(), false);
			json += "]}";
			any = true;
			continue;
		}
		if (from_v4l2) {
			if (auto d = f.drm_code())
				fmt::print(io.out, "V4L2 {} -> DRM {} ({})\n", from, label(d->code), d->macro);
			else
				fmt::print(io.out, "V4L2 {} -> no DRM equivalent\n", from);
		} else {
			if (f.v4l2_codes().empty())
				fmt::print(io.out, "DRM {} -> no V4L2 equivalent\n", from);
			for (const auto &c : f.v4l2_codes())
				fmt::print(io.out, "DRM {} -> V4L2 {} ({}, {} memory plane{})\n", from, label(c.code),
					   c.macro, c.mem_planes, c.mem_planes == 1 ? "" : "s");
		}
	}
	if (o.json)
		fmt::print(io.out, "{}]\n", json);
	return 0;
}

int cmd_decode(const options &o, const io &io)
{
	if (o.positional.size() != 1)
		return io.fail(2, "decode takes one CODE (pixfmt decode --help)");
	std::string_view arg = o.positional[0];
	std::optional<std::uint32_t> code;
	if (!arg.empty() && arg[0] >= '0' && arg[0] <= '9') {
		auto n = parse_uint(arg, UINT32_MAX);
		if (!n)
			return io.fail(2, fmt::format("{}: not a 32-bit number", arg));
		code = static_cast<std::uint32_t>(*n);
	} else {
		code = pixfmt::parse_label(arg);
		if (!code)
			return io.fail(2, fmt::format("{}: not a number or 1-4 printable characters", arg));
	}
	auto v = o.ns == ns_filter::drm ? std::nullopt : pixfmt::find_v4l2(*code);
	auto d = o.ns == ns_filter::v4l2 ? std::nullopt : pixfmt::find_drm(*code);
	if (!v && !d)
		return io.fail(1, fmt::format("{}: no {} format has this code", pixfmt::to_text(*code).view(),
					      o.ns == ns_filter::v4l2 ? "V4L2" : o.ns == ns_filter::drm ? "DRM"
											: "V4L2 or DRM"));
	if (o.json) {
		fmt::print(io.out, "{{\"code\": {}, \"hex\": \"0x{:08x}\", \"fourcc\": {}, \"big_endian\": {}, "
				   "\"v4l2\": {}, \"drm\": {}}}\n",
			   *code, *code, json_string(label(*code)), (*code & pixfmt::big_endian_flag) != 0,
			   v ? fmt::format("{{\"macro\": {}, \"format\": {}, \"mem_planes\": {}}}",
					   json_string(v->macro()), json_string(v->format.name()), v->mem_planes())
			     : "null",
			   d ? fmt::format("{{\"macro\": {}, \"format\": {}}}", json_string(d->drm_code()->macro),
					   json_string(d->name()))
			     : "null");
	} else {
		fmt::print(io.out, "{}\n", pixfmt::code{ *code });
		if (v)
			fmt::print(io.out, "  V4L2: {} (format {}, {} memory plane{})\n", v->macro(), v->format.name(),
				   v->mem_planes(), v->mem_planes() == 1 ? "" : "s");
		if (d)
			fmt::print(io.out, "  DRM:  {} (format {})\n", d->drm_code()->macro, d->name());
	}
	return 0;
}

} // namespace

int run(std::span<const std::string_view> args, std::FILE *out, std::FILE *err)
{
	io io{ out, err };
	if (args.empty())
		return io.fail(2, "no command (pixfmt --help)");
	std::string_view cmd = args[0];
	if (cmd == "--help" || cmd == "-h" || cmd == "help") {
		fmt::print(out, "{}", usage_text);
		return 0;
	}
	if (cmd == "--version") {
		fmt::print(out, "pixfmt {} ({} formats)\n", PIXFMT_VERSION, pixfmt::table::formats.size());
		return 0;
	}
	using handler = int (*)(const options &, const struct io &);
	struct command {
		std::string_view name;
		handler fn;
		bool filters;
		std::string_view help;
	};
	static constexpr command commands[] = {
		{ "info", cmd_info, false, info_help },	{ "list", cmd_list, true, list_help },
		{ "size", cmd_size, false, size_help },	{ "map", cmd_map, false, map_help },
		{ "decode", cmd_decode, false, decode_help },
	};
	for (const auto &c : commands) {
		if (c.name != cmd)
			continue;
		options o;
		if (int rc = parse_options(args.subspan(1), o, io, c.filters))
			return rc;
		if (o.help) {
			fmt::print(out, "{}", c.help);
			return 0;
		}
		return c.fn(o, io);
	}
	return io.fail(2, fmt::format("unknown command {} (pixfmt --help)", cmd));
}

} // namespace pixfmt_cli
