// pixfmt CLI: the commands. run() is the whole tool behind main() and the
// fuzz target; it writes results to out and one-line errors to err.
#include "cli.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <pixfmt/fmt.hpp>
#include <pixfmt/pixel.hpp>
#include <pixfmt/pixfmt.hpp>

#include "parse.hpp"
#include "picture.hpp"
#include "png.hpp"

namespace pixfmt_cli {
namespace {

constexpr std::string_view usage_text = R"(usage: pixfmt COMMAND [OPTIONS]

Linux pixel formats: V4L2 and DRM fourccs, planes, sizes.

commands:
  info FORMAT            everything known about a format, with the media-bus
                         codes that carry it
  info MEDIA_BUS_FMT_X   a media-bus code: its value, CSI-2 data type and the
                         formats a receiver writes from it (also mbus:X,
                         mbus:0x300f, or X alone)
  list                   all formats as a table (filters: pixfmt list --help)
  size FORMAT WxH        plane widths, heights, pitches, sizes, offsets
  map FORMAT             the corresponding format in the other namespace;
                         --to NS: its codes or name there (v4l2, drm, or
                         another ecosystem: ffmpeg, gst, wl)
  decode CODE            a 32-bit code to its fourcc and the formats it names
  pattern --format FORMAT --size WxH -o FILE
                         a raw frame of colour bars in FORMAT
  view FRAME --format FORMAT --size WxH -o FILE.png
                         a raw frame as an 8-bit RGB PNG picture

FORMAT is a canonical name (NV12), a macro (V4L2_PIX_FMT_NV12M,
DRM_FORMAT_XRGB8888), one to four characters (NM12, Y16, AR15-BE), a
number (0x3231564e, 842094158), or another ecosystem's name with its prefix
(ffmpeg:nv12, gst:NV12_10LE40, wl:xrgb8888). --v4l2 / --drm restrict the search to one
namespace. Every command takes --json and --help.

exit status: 0 ok, 1 not found (or a FRAME that cannot be read), 2 usage
error (or an output that cannot be written), 3 no such layout (compressed
format, a size that does not fit, a format pattern and view do not handle, a
frame too small for its size)
)";

constexpr std::string_view list_help = R"(usage: pixfmt list [--v4l2|--drm] [--encoding E] [--planes N]
                   [--mem-planes N] [--multi-planar] [--kernel-differs] [--json]

  --v4l2, --drm     only formats with a code in that namespace
  --encoding E      only formats of this encoding (rgb, yuv, ...: an unknown
                    one is refused with the list)
  --planes N        formats with N colour planes
  --mem-planes N    formats with a V4L2 code using exactly N memory planes
  --multi-planar    formats with a V4L2 code that needs the multi-planar API
                    (more than one memory plane)
  --kernel-differs  formats whose kernel-compatible sizes are not their real
                    need, with the reason
)";

constexpr std::string_view size_help = R"(usage: pixfmt size FORMAT WxH [--align N] [--v4l2|--drm] [--kernel] [--pages] [--json]

The memory a frame of this format and size really needs (whole pixel groups
and macropixels, the tile and stride alignment its documentation requires).
When Linux's own helper reports something else for it, a note says so.

  --align N   align every pitch (bytesperline) to N bytes (a power of two)
  --v4l2      in V4L2 terms: bytesperline / sizeimage per memory plane of the
              V4L2 code
  --drm       in DRM terms: the DRM code's planes
  --kernel    instead, exactly what Linux's helper returns (v4l2_fill_pixfmt(_mp)
              for a V4L2 code, drm_format_info_min_pitch for a DRM code),
              its rounding and table entries included: not a buffer size
  --pages     also print how many 4 KiB pages the buffer needs
)";

constexpr std::string_view info_help = R"(usage: pixfmt info FORMAT [--v4l2|--drm] [--json]
       pixfmt info MEDIA_BUS_FMT_NAME [--json]   (also mbus:NAME, mbus:CODE, NAME)

A format's planes come with their bits where recorded, in drm_fourcc.h's
notation: "bits plane 0: [31:0] x:R:G:B 8:8:8:8 little endian" gives one group
of pixels (its bytes read as one little-endian integer, or as big-endian words)
from its most significant field down, with each field's width. x is padding,
0 zero padding; Y0, Y1: the pixels of a group of several; P9:2: bits 9 to 2 of
a value split over fields. --json gives each plane's "group_pixels" and
"bits": [{"component", "index", "value_lo", "width", "offset"}, ...].
)";

constexpr std::string_view pattern_help = R"(usage: pixfmt pattern --format FORMAT --size WxH [--align N] [--v4l2|--drm] -o FILE

Writes one raw frame of eight vertical colour bars (white, yellow, cyan, green,
magenta, red, blue, black) at 75% amplitude (white too, "75/0/75/0"), the
planes one after the other as pixfmt size gives them (-o - : standard output).
  RGB:  each of R, G, B 0 or round(0.75 * (2^n - 1)) for n bits; alpha opaque
  YUV:  BT.601 limited range: Y' = 0.299 R + 0.587 G + 0.114 B,
        Y = (16 + 219 Y') * 2^n / 256, Cb = (128 + 224 (B - Y') / 1.772) * 2^n / 256,
        Cr = (128 + 224 (R - Y') / 1.402) * 2^n / 256, rounded
  grey: full range luma, round(Y' * (2^n - 1)) (darkness formats D1..D8:
        round((1 - Y') * (2^n - 1)))
  raw Bayer: each site the bar's R, G or B as its colour-filter cell says
Indexed, HSV, depth, companded and compressed formats, and those whose bits are
not recorded, are refused
(exit 3). --align N aligns every pitch to N bytes, as pixfmt size --align does.
)";

constexpr std::string_view view_help = R"(usage: pixfmt view FRAME --format FORMAT --size WxH [--align N] [--v4l2|--drm]
                  [--cfa-view] -o FILE.png

Reads a raw frame (its planes one after the other as pixfmt size gives them;
bytes after them are ignored) and writes it as an 8-bit RGB PNG:
  RGB:  each component scaled to 8 bits (alpha ignored)
  YUV:  BT.601 limited range to RGB, the inverse of pattern's formula:
        R = Y' + 1.402 Cr', G = Y' - 0.344136 Cb' - 0.714136 Cr', B = Y' + 1.772 Cb'
        (Y' = (Y8 - 16) / 219, Cb' = (Cb8 - 128) / 224, Cb8 the 8-bit level), clipped
  grey: the luma scaled to 8 bits, full range (darkness: 255 minus it)
  raw Bayer: each 2x2 colour-filter cell one colour (R, mean G, B) for its four
        pixels; --cfa-view: each site in its own filter colour, the others 0
A frame shorter than the size needs is refused (exit 3).
)";
constexpr std::string_view map_help = "usage: pixfmt map FORMAT [--v4l2|--drm] [--to NS] [--json]\n\n"
				      "Without --to: V4L2 to DRM and back. --to v4l2, --to drm: the codes\n"
				      "there; --to PREFIX (ffmpeg, gst, wl, cam, vk): the name in that ecosystem.\n";
constexpr std::string_view decode_help = "usage: pixfmt decode CODE [--json]\n\n"
					 "CODE is a number (0x3231564e, 842094158) or 1-4 characters.\n";

struct options {
	bool json = false;
	bool help = false;
	bool pages = false;
	bool kernel = false;
	bool multi_planar = false;
	bool kernel_differs = false;
	ns_filter ns = ns_filter::any;
	std::optional<std::uint64_t> align;
	std::optional<std::string_view> encoding;
	std::optional<unsigned> planes;
	std::optional<unsigned> mem_planes;
	std::optional<pixfmt::name_space> to; // map --to another ecosystem
	ns_filter to_codes = ns_filter::any;   // map --to v4l2 or drm
	std::vector<std::string_view> positional;
	// pattern and view
	std::optional<std::string_view> format_arg, size_arg, output;
	bool cfa_view = false;
};

struct io {
	std::FILE *out;
	std::FILE *err;
	bool files = true; // false: pattern and view neither read nor write files
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


std::string label(std::uint32_t code)
{
	auto l = pixfmt::short_text(code);
	return l.len ? std::string(l.view()) : std::string(pixfmt::to_text(code).view());
}

// The macro as C spells the code: a big-endian DRM code is the
// little-endian macro with DRM_FORMAT_BIG_ENDIAN or'd in.
std::string macro_text(const pixfmt::code_desc &c, bool v4l2)
{
	if (!v4l2 && (c.code & pixfmt::big_endian_flag))
		return fmt::format("{} | DRM_FORMAT_BIG_ENDIAN", c.macro);
	return std::string(c.macro);
}

std::string code_json(const pixfmt::code_desc &c, bool v4l2)
{
	std::string s = fmt::format("{{\"macro\": {}, \"fourcc\": {}, \"code\": {}",
				    json_string(macro_text(c, v4l2)), json_string(label(c.code)), c.code);
	if (c.code & pixfmt::big_endian_flag)
		s += ", \"big_endian\": true";
	if (v4l2)
		s += fmt::format(", \"mem_planes\": {}", c.mem_planes);
	else
		s += fmt::format(", \"depth\": {}", c.depth);
	s += fmt::format(", \"kernel\": {}", pixfmt::kernel::has_entry(c) ? "true" : "false");
	return s + "}";
}

// The plain fields of gen/schema.py as JSON members: one per member, or one
// key holding a pair as a list, left out with a text when at the default.
std::string fields_json(const pixfmt::format_desc &d)
{
	using pixfmt::field_kind;
	std::string s;
	for (std::size_t i = 0; i < pixfmt::format_fields.size(); ++i) {
		const auto &fd = pixfmt::format_fields[i];
		auto v = pixfmt::get_field(d, i);
		bool one_key = fd.json[1].empty();
		if (one_key && v.is_default && (fd.kind == field_kind::pair || fd.kind == field_kind::text))
			continue;
		switch (fd.kind) {
		case field_kind::word:
		case field_kind::choice:
		case field_kind::text:
			s += fmt::format("\"{}\": {}, ", fd.json[0], json_string(v.s));
			break;
		case field_kind::flag:
			s += fmt::format("\"{}\": {}, ", fd.json[0], v.a != 0);
			break;
		case field_kind::number:
			s += fmt::format("\"{}\": {}, ", fd.json[0], v.a);
			break;
		case field_kind::pair:
			if (one_key)
				s += fmt::format("\"{}\": [{}, {}], ", fd.json[0], v.a, v.b);
			else
				s += fmt::format("\"{}\": {}, \"{}\": {}, ", fd.json[0], v.a, fd.json[1], v.b);
			break;
		}
	}
	return s;
}

// A format's codes as JSON members: "v4l2": [...], "drm": [...].
std::string codes_json(pixfmt::format f)
{
	std::string s = "\"v4l2\": [";
	bool first = true;
	for (const auto &c : f.v4l2_codes()) {
		s += (first ? "" : ", ") + code_json(c, true);
		first = false;
	}
	s += "], \"drm\": [";
	if (auto d = f.drm_code())
		s += code_json(*d, false);
	return s + "]";
}

std::string format_json(pixfmt::format f)
{
	std::string s = "{" + fields_json(f.desc()) +
			fmt::format("\"color_planes\": {}, \"bits_per_pixel\": {}, ", f.color_planes(),
				    f.bits_per_pixel());
	s += "\"planes\": [";
	for (unsigned i = 0; i < f.color_planes(); ++i) {
		const auto &p = f.planes()[i];
		s += fmt::format("{}{{\"bytes_per_block\": {}, \"block_w\": {}, \"block_h\": {}, "
				 "\"hsub\": {}, \"vsub\": {}, \"align_w\": {}, \"align_h\": {}, \"pitch_align\": {}, "
				 "\"kernel_align_w\": {}, \"kernel_align_h\": {}",
				 i ? ", " : "", p.bytes_per_block, p.block_w, p.block_h, p.hsub, p.vsub,
				 p.align_w, p.align_h, p.pitch_align, p.kernel_align_w, p.kernel_align_h);
		if (p.num_samples)
			s += fmt::format(", \"group_pixels\": {}, \"bits\": {}", p.group_pixels,
					 pixfmt_cli::bits_json(f, i));
		if (auto t = pixfmt::tile_of(f, i); t[0])
			s += fmt::format(", \"tile_bytes\": {}, \"tile_lines\": {}", t[0], t[1]);
		s += "}";
	}
	s += "], " + codes_json(f);
	if (!f.desc().kernel_reason.empty())
		s += ", \"kernel_differs\": " + json_string(f.desc().kernel_reason);
	s += ", \"names\": {";
	bool first_name = true;
	for (std::size_t i = 0; i < pixfmt::name_spaces.size(); ++i) {
		auto name = f.name_in(static_cast<pixfmt::name_space>(i));
		if (name.empty())
			continue;
		s += fmt::format("{}\"{}\": {}", first_name ? "" : ", ", pixfmt::name_spaces[i].key, json_string(name));
		first_name = false;
	}
	s += "}, \"media_bus\": [";
	bool first_bus = true;
	for (auto m : pixfmt::media_bus_for(f)) {
		auto dt = m.csi2_dt();
		s += fmt::format("{}{{\"macro\": {}, \"code\": {}, \"csi2_dt\": {}}}", first_bus ? "" : ", ",
				 json_string(m.macro()), m.code(), dt ? fmt::format("{}", *dt) : "null");
		first_bus = false;
	}
	return s + "]}";
}

// ----------------------------------------------------------------- parsing
// Returns 0 or the exit status of a usage error (already reported).
int parse_options(std::span<const std::string_view> args, options &o, const io &io,
		  bool takes_filters, bool picture)
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
		} else if (a == "--to") {
			auto v = value(a);
			if (!v)
				return 2;
			if (*v == "v4l2" || *v == "drm") {
				o.to_codes = *v == "v4l2" ? ns_filter::v4l2 : ns_filter::drm;
				continue;
			}
			o.to = pixfmt::parse_name_space(*v);
			if (!o.to) {
				std::string known = "v4l2, drm";
				for (const auto &n : pixfmt::name_spaces)
					known += fmt::format("{}{} ({})", known.empty() ? "" : ", ", n.prefix, n.key);
				return io.fail(2, fmt::format("--to {}: unknown namespace (known: {})", *v, known));
			}
		} else if (picture && (a == "--format" || a == "--size" || a == "-o" || a == "--output")) {
			auto v = value(a);
			if (!v)
				return 2;
			(a == "--format" ? o.format_arg : a == "--size" ? o.size_arg : o.output) = *v;
		} else if (picture && a == "--cfa-view") {
			o.cfa_view = true;
		} else if (a == "--pages") {
			o.pages = true;
		} else if (!takes_filters && a == "--kernel") {
			o.kernel = true;
		} else if (takes_filters && a == "--multi-planar") {
			o.multi_planar = true;
		} else if (takes_filters && a == "--kernel-differs") {
			o.kernel_differs = true;
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
			if (!pixfmt::parse_encoding(*v))
				return io.fail(2, fmt::format("--encoding {}: unknown encoding (known: {})", *v,
							      fmt::join(pixfmt::encoding_names, ", ")));
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
std::string csi2_dt_text(pixfmt::media_bus m)
{
	auto dt = m.csi2_dt();
	return dt ? fmt::format("CSI-2 data type 0x{:02x}", *dt) : "no CSI-2 data type recorded";
}

void print_info_text(pixfmt::format f, const io &io)
{
	unsigned bpp = f.bits_per_pixel();
	std::string planes = f.compressed() ? "no per-pixel layout"
					    : fmt::format("{} colour plane{}, {} bit{} per pixel",
							  f.color_planes(), f.color_planes() == 1 ? "" : "s", bpp,
							  bpp == 1 ? "" : "s");
	if (f.compressed() && f.drm_code() && pixfmt::kernel::has_entry(*f.drm_code()))
		planes += " (1 plane in the kernel's drm_format_info, usable with a compression modifier)";
	fmt::print(io.out, "{}: {}, {}\n", f.name(), pixfmt::to_string(f.encoding()), planes);
	for (const auto &c : f.v4l2_codes())
		fmt::print(io.out, "  V4L2  {:<8} {:<32} 0x{:08x}  {} memory plane{}\n", label(c.code), c.macro,
			   c.code, c.mem_planes, c.mem_planes == 1 ? "" : "s");
	if (auto d = f.drm_code())
		fmt::print(io.out, "  DRM   {:<8} {:<32} 0x{:08x}\n", label(d->code), macro_text(*d, false), d->code);
	for (unsigned i = 0; i < f.color_planes(); ++i) {
		const auto &p = f.planes()[i];
		fmt::print(io.out, "  plane {}: {} byte{} per {}x{} block", i, p.bytes_per_block,
			   p.bytes_per_block == 1 ? "" : "s", p.block_w, p.block_h);
		if (p.hsub != 1 || p.vsub != 1)
			fmt::print(io.out, ", subsampled {}x{}", p.hsub, p.vsub);
		if (p.align_w != 1 || p.align_h != 1)
			fmt::print(io.out, ", image aligned to {}x{}", p.align_w, p.align_h);
		if (p.pitch_align != 1)
			fmt::print(io.out, ", pitch a multiple of {} bytes", p.pitch_align);
		if (auto t = pixfmt::tile_of(f, i); t[0])
			fmt::print(io.out, ", tiles of {} bytes by {} lines", t[0], t[1]);
		fmt::print(io.out, "\n");
	}
	for (unsigned i = 0; i < f.color_planes(); ++i)
		if (auto bits = bits_text(f, i); !bits.empty())
			fmt::print(io.out, "  bits plane {}: {}\n", i, bits);
	// the plain fields of gen/schema.py that differ from their default
	std::string extra;
	for (std::size_t i = 0; i < pixfmt::format_fields.size(); ++i) {
		const auto &fd = pixfmt::format_fields[i];
		auto v = pixfmt::get_field(f.desc(), i);
		if (!v.is_default && !fd.show.empty())
			extra += (extra.empty() ? "" : ", ") + fmt::format(fmt::runtime(fd.show), v.a, v.b, v.s);
	}
	if (f.drm_depth())
		extra += fmt::format("{}DRM depth {}", extra.empty() ? "" : ", ", f.drm_depth());
	if (!extra.empty())
		fmt::print(io.out, "  {}\n", extra);
	std::string names;
	for (std::size_t i = 0; i < pixfmt::name_spaces.size(); ++i)
		if (auto n = f.name_in(static_cast<pixfmt::name_space>(i)); !n.empty())
			names += fmt::format("{}{}:{}", names.empty() ? "" : ", ", pixfmt::name_spaces[i].prefix, n);
	if (!names.empty())
		fmt::print(io.out, "  also named: {}\n", names);
	for (std::size_t i = 0; i < pixfmt::format_fields.size(); ++i)
		if (auto v = pixfmt::get_field(f.desc(), i);
		    pixfmt::format_fields[i].kind == pixfmt::field_kind::text && !v.is_default)
			fmt::print(io.out, "  {}: {}\n", pixfmt::format_fields[i].key, v.s);
	if (!f.desc().kernel_reason.empty())
		fmt::print(io.out, "  kernel differs: {}\n", f.desc().kernel_reason);
	for (auto m : pixfmt::media_bus_for(f))
		fmt::print(io.out, "  media bus: {} (0x{:04x}, {})\n", m.macro(), m.code(), csi2_dt_text(m));
}

// ----------------------------------------------------------------- media-bus codes
// A media-bus code named by its macro (MEDIA_BUS_FMT_SRGGB10_1X10), by
// mbus:NAME or mbus:NUMBER, or by the name without the prefix
// (SRGGB10_1X10; the generator rejects a code whose name is also a
// format's, and formats are looked up first).
std::optional<pixfmt::media_bus> resolve_media_bus(std::string_view arg)
{
	constexpr std::string_view scheme = "mbus:";
	bool explicit_scheme = arg.starts_with(scheme);
	if (explicit_scheme) {
		arg.remove_prefix(scheme.size());
		if (auto n = parse_uint(arg, UINT32_MAX))
			return pixfmt::find_media_bus(static_cast<std::uint32_t>(*n));
	}
	if (arg.starts_with(pixfmt::media_bus_prefix))
		return pixfmt::find_media_bus_macro(arg);
	if (!explicit_scheme && !resolve(arg, ns_filter::any).empty())
		return std::nullopt;
	std::string macro = std::string(pixfmt::media_bus_prefix) + std::string(arg);
	return pixfmt::find_media_bus_macro(macro);
}

std::string media_bus_json(pixfmt::media_bus m)
{
	auto dt = m.csi2_dt();
	std::string s = fmt::format("{{\"macro\": {}, \"name\": {}, \"code\": {}, \"csi2_dt\": {}, \"formats\": [",
				    json_string(m.macro()), json_string(m.name()), m.code(),
				    dt ? fmt::format("{}", *dt) : "null");
	bool first = true;
	for (auto f : m.formats()) {
		s += fmt::format("{}{{\"name\": {}, {}}}", first ? "" : ", ", json_string(f.name()), codes_json(f));
		first = false;
	}
	return s + "]}";
}

int media_bus_info(pixfmt::media_bus m, const options &o, const io &io)
{
	if (o.ns != ns_filter::any)
		return io.fail(2, fmt::format("{}: a media-bus code has no --v4l2 or --drm", m.macro()));
	if (o.json) {
		fmt::print(io.out, "[{}]\n", media_bus_json(m));
		return 0;
	}
	fmt::print(io.out, "{}: media-bus code 0x{:04x}, {}; a receiver writes it as {} format{}:\n",
		   m.macro(), m.code(), csi2_dt_text(m), m.formats().size(), m.formats().size() == 1 ? "" : "s");
	for (auto f : m.formats()) {
		fmt::print(io.out, "  {}\n", f.name());
		for (const auto &c : f.v4l2_codes())
			fmt::print(io.out, "    V4L2  {:<8} {:<32} 0x{:08x}\n", label(c.code), c.macro, c.code);
		if (auto d = f.drm_code())
			fmt::print(io.out, "    DRM   {:<8} {:<32} 0x{:08x}\n", label(d->code),
				   macro_text(*d, false), d->code);
	}
	return 0;
}

int cmd_info(const options &o, const io &io)
{
	std::vector<match> ms;
	if (o.positional.size() == 1)
		if (auto m = resolve_media_bus(o.positional[0]))
			return media_bus_info(*m, o, io);
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
	if (o.encoding && pixfmt::to_string(f.encoding()) != *o.encoding)
		return false;
	if (o.planes && f.color_planes() != *o.planes)
		return false;
	if (o.mem_planes && !f.v4l2_with_mem_planes(*o.mem_planes))
		return false;
	if (o.multi_planar && std::none_of(f.v4l2_codes().begin(), f.v4l2_codes().end(),
					   [](const pixfmt::code_desc &c) { return c.mem_planes > 1; }))
		return false;
	if (o.kernel_differs && f.desc().kernel_reason.empty())
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
			   pixfmt::to_string(f.encoding()), f.compressed() ? "-" : std::to_string(f.color_planes()),
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

// One plane of an answer in the terms of its namespace: V4L2 bytesperline /
// sizeimage per memory plane, or DRM pitch / size (and lines) per plane.
struct sized {
	std::uint64_t pitch, size;
};

std::string sized_text(const std::vector<sized> &ps, bool v4l2)
{
	std::string out;
	for (std::size_t i = 0; i < ps.size(); ++i)
		out += fmt::format("{}{} {} {} {}", i ? ", " : "", v4l2 ? "bytesperline" : "pitch", ps[i].pitch,
				   v4l2 ? "sizeimage" : "size", ps[i].size);
	return out;
}

std::string sized_json(const std::vector<sized> &ps, bool v4l2)
{
	std::string out = "[";
	for (std::size_t i = 0; i < ps.size(); ++i)
		out += fmt::format("{}{{\"{}\": {}, \"{}\": {}}}", i ? ", " : "", v4l2 ? "bytesperline" : "pitch",
				   ps[i].pitch, v4l2 ? "sizeimage" : "size", ps[i].size);
	return out + "]";
}

std::vector<sized> from_fill(const pixfmt::v4l2_fill &fill)
{
	std::vector<sized> out;
	for (unsigned i = 0; i < fill.num_planes; ++i)
		out.push_back({ fill.planes[i].bytesperline, fill.planes[i].sizeimage });
	return out;
}

// What Linux's helper returns for the question: v4l2_fill_pixfmt(_mp) for a
// V4L2 code, drm_format_info_plane_width/height and _min_pitch for a DRM code.
pixfmt::result<std::vector<sized>> kernel_answer(pixfmt::format f, const pixfmt::code_desc *v4l2, size2d s)
{
	if (v4l2) {
		auto fill = pixfmt::kernel::fill_v4l2(pixfmt::v4l2_format(f.desc(), *v4l2), s.width, s.height);
		if (!fill)
			return fill.error();
		return from_fill(*fill);
	}
	std::vector<sized> out;
	for (unsigned i = 0; i < (f.compressed() ? 1u : f.color_planes()); ++i) {
		auto pw = pixfmt::kernel::drm_plane_width(f, i, s.width);
		auto ph = pixfmt::kernel::drm_plane_height(f, i, s.height);
		if (!pw || !ph)
			return pw ? ph.error() : pw.error();
		auto pitch = pixfmt::kernel::drm_min_pitch(f, i, *pw);
		if (!pitch)
			return pitch.error();
		std::uint64_t size = 0;
		if (!pixfmt::checked::mul(*pitch, *ph, size))
			return pixfmt::errc::overflow;
		out.push_back({ *pitch, size });
	}
	return out;
}

std::string kernel_helper(const pixfmt::code_desc *v4l2)
{
	constexpr auto ref = pixfmt::kernel_reference;
	return fmt::format("Linux {}.{}'s {}", ref >> 8, ref & 0xff,
			   !v4l2			 ? "drm_format_info_min_pitch()"
			   : v4l2->mem_planes > 1 ? "v4l2_fill_pixfmt_mp()"
						  : "v4l2_fill_pixfmt()");
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
		return io.fail(2, fmt::format("{} names {} different formats: add --v4l2 or --drm to pick one",
					      o.positional[0], fs.size()));
	pixfmt::format f = fs[0];
	if (o.kernel && o.align && *o.align != 1)
		return io.fail(2, "--kernel gives what the kernel's helper returns: it takes no --align");

	// V4L2 terms for --v4l2, or --kernel on a V4L2 code (or a name that has one).
	const pixfmt::code_desc *code = nullptr;
	for (const auto &m : ms)
		if (m.how == match::by_v4l2)
			code = m.code;
	bool by_drm = std::any_of(ms.begin(), ms.end(), [](const match &m) { return m.how == match::by_drm; });
	bool v4l2 = o.ns == ns_filter::v4l2 || (o.kernel && o.ns != ns_filter::drm && !by_drm && !f.v4l2_codes().empty());
	if (v4l2 && !code) {
		if (f.v4l2_codes().empty())
			return io.fail(1, fmt::format("{} has no V4L2 code", f.name()));
		code = &f.v4l2_codes()[0];
		for (const auto &c : f.v4l2_codes())
			if (c.mem_planes == 1)
				code = &c;
	}
	if (!v4l2)
		code = nullptr;
	if (o.kernel && !v4l2 && !f.drm_code())
		return io.fail(1, fmt::format("{} has no DRM code", f.name()));

	// Which helper answers for the kernel: the V4L2 code asked about, else
	// the DRM code, else (for the note) the contiguous V4L2 code.
	const pixfmt::code_desc *kcode = code;
	if (!v4l2 && !o.kernel && !(f.drm_code() && pixfmt::kernel::has_entry(*f.drm_code())))
		for (const auto &c : f.v4l2_codes())
			if (pixfmt::kernel::has_entry(c) && (!kcode || c.mem_planes == 1))
				kcode = &c;
	auto kernel = (kcode || f.drm_code()) ? kernel_answer(f, kcode, *s)
					      : pixfmt::result<std::vector<sized>>(pixfmt::errc::not_in_kernel);
	std::string fourcc = code ? label(code->code) : f.drm_code() ? label(f.drm_code()->code) : std::string(f.name());
	if (o.kernel) {
		if (!kernel && kernel.error() == pixfmt::errc::not_in_kernel)
			return io.fail(1, fmt::format("{} ({}): {} has no entry for it (the kernel rejects the code)",
						      f.name(), fourcc, kernel_helper(code)));
		if (!kernel)
			return layout_error(io, f, kernel.error(), *s);
		if (o.json) {
			fmt::print(io.out, "{{\"format\": {}, \"fourcc\": {}, \"width\": {}, \"height\": {}, "
					   "\"kernel\": \"{}.{}\", \"planes\": {}}}\n",
				   json_string(f.name()), json_string(fourcc), s->width, s->height,
				   pixfmt::kernel_reference >> 8, pixfmt::kernel_reference & 0xff, sized_json(*kernel, v4l2));
			return 0;
		}
		fmt::print(io.out, "{} ({}) {}x{}, as {} returns it (kernel-compatible, not a buffer size):\n",
			   f.name(), fourcc, s->width, s->height, kernel_helper(code));
		for (std::size_t i = 0; i < kernel->size(); ++i)
			fmt::print(io.out, "  plane {}: {} {} {} {}\n", i, v4l2 ? "bytesperline" : "pitch",
				   (*kernel)[i].pitch, v4l2 ? "sizeimage" : "size", (*kernel)[i].size);
		return 0;
	}

	// The real need, and the kernel's answer beside it when it differs.
	auto l = pixfmt::layout(f, s->width, s->height, o.align.value_or(1));
	if (!l)
		return layout_error(io, f, l.error(), *s);
	std::vector<sized> need; // in the terms of the kernel's answer
	if (kcode) {
		auto fill = pixfmt::fill_v4l2(pixfmt::v4l2_format(f.desc(), *kcode), s->width, s->height,
					      o.align.value_or(1));
		if (!fill)
			return layout_error(io, f, fill.error(), *s);
		need = from_fill(*fill);
	} else {
		for (unsigned i = 0; i < l->num_planes; ++i)
			need.push_back({ l->planes[i].pitch, l->planes[i].size });
	}
	bool differs = kernel && !o.align && (kernel->size() != need.size() ||
					      !std::equal(need.begin(), need.end(), kernel->begin(),
							  [](sized a, sized b) { return a.pitch == b.pitch && a.size == b.size; }));
	auto pages = pixfmt::pages(l->total);
	if (o.json) {
		if (v4l2) {
			fmt::print(io.out, "{{\"format\": {}, \"fourcc\": {}, \"width\": {}, \"height\": {}, \"planes\": {}",
				   json_string(f.name()), json_string(fourcc), s->width, s->height, sized_json(need, true));
		} else {
			fmt::print(io.out, "{{\"format\": {}, \"width\": {}, \"height\": {}, \"planes\": [",
				   json_string(f.name()), s->width, s->height);
			for (unsigned i = 0; i < l->num_planes; ++i) {
				const auto &p = l->planes[i];
				fmt::print(io.out, "{}{{\"width\": {}, \"height\": {}, \"pitch\": {}, \"size\": {}, \"offset\": {}}}",
					   i ? ", " : "", p.width, p.height, p.pitch, p.size, p.offset);
			}
			fmt::print(io.out, "], \"total\": {}", l->total);
		}
		if (o.pages)
			fmt::print(io.out, ", \"pages\": {}", *pages);
		if (!o.align)
			fmt::print(io.out, ", \"kernel\": {}", kernel ? sized_json(*kernel, kcode != nullptr) : "null");
		fmt::print(io.out, "}}\n");
		return 0;
	}
	std::string aligned = o.align ? fmt::format(" (pitches aligned to {})", *o.align) : std::string();
	if (v4l2) {
		fmt::print(io.out, "{} ({}) {}x{}{}, in V4L2 terms:\n", f.name(), fourcc, s->width, s->height, aligned);
		for (std::size_t i = 0; i < need.size(); ++i)
			fmt::print(io.out, "  plane {}: bytesperline {} sizeimage {}\n", i, need[i].pitch, need[i].size);
	} else {
		fmt::print(io.out, "{} {}x{}{}:\n", f.name(), s->width, s->height, aligned);
		for (unsigned i = 0; i < l->num_planes; ++i) {
			const auto &p = l->planes[i];
			fmt::print(io.out, "  plane {}: {}x{} pitch {} size {} offset {}\n", i, p.width, p.height,
				   p.pitch, p.size, p.offset);
		}
		fmt::print(io.out, "  total {}\n", l->total);
	}
	if (o.pages)
		fmt::print(io.out, "  pages {} (4 KiB)\n", *pages);
	if (differs)
		fmt::print(io.out, "  note: {} gives {}{}, not what this frame needs ({}): pixfmt size --kernel\n",
			   kernel_helper(kcode), sized_text(*kernel, kcode != nullptr),
			   kcode && !v4l2 ? fmt::format(" for {}", label(kcode->code)) : "", f.desc().kernel_reason);
	return 0;
}

int cmd_map(const options &o, const io &io)
{
	std::vector<match> ms;
	if (int rc = one_format_command(o, io, "map", ms); rc >= 0)
		return rc;
	if (o.to_codes != ns_filter::any) {
		// the format's codes in V4L2 or DRM, from whatever named it
		bool v4l2 = o.to_codes == ns_filter::v4l2;
		std::string json = "[";
		bool found = false;
		for (const auto &f : distinct_formats(ms)) {
			std::vector<pixfmt::code_desc> codes(f.v4l2_codes().begin(), f.v4l2_codes().end());
			if (!v4l2) {
				codes.clear();
				if (auto d = f.drm_code())
					codes.push_back(*d);
			}
			found = found || !codes.empty();
			if (o.json) {
				json += fmt::format("{}{{\"from\": {}, \"format\": {}, \"namespace\": \"{}\", \"codes\": [",
						    json.size() > 1 ? ", " : "", json_string(o.positional[0]),
						    json_string(f.name()), v4l2 ? "v4l2" : "drm");
				for (std::size_t i = 0; i < codes.size(); ++i)
					json += (i ? ", " : "") + code_json(codes[i], v4l2);
				json += "]}";
				continue;
			}
			if (codes.empty())
				fmt::print(io.out, "{} ({}) -> no {} code\n", o.positional[0], f.name(), v4l2 ? "V4L2" : "DRM");
			for (const auto &c : codes)
				fmt::print(io.out, "{} ({}) -> {} {} ({})\n", o.positional[0], f.name(), v4l2 ? "V4L2" : "DRM",
					   label(c.code), macro_text(c, v4l2));
		}
		if (o.json)
			fmt::print(io.out, "{}]\n", json);
		return found ? 0 : 1;
	}
	if (o.to) {
		// the format's name in another ecosystem
		const auto &space = pixfmt::name_spaces[static_cast<std::size_t>(*o.to)];
		std::string json = "[";
		bool found = false;
		for (const auto &f : distinct_formats(ms)) {
			const match m{ match::by_name, f, nullptr }; // one answer per format
			std::string from(f.name());
			auto name = m.format.name_in(*o.to);
			found = found || !name.empty();
			if (o.json)
				json += fmt::format("{}{{\"from\": {}, \"format\": {}, \"namespace\": \"{}\", \"name\": {}}}",
						    json.size() > 1 ? ", " : "", json_string(from),
						    json_string(m.format.name()), space.key,
						    name.empty() ? "null" : json_string(name));
			else if (name.empty())
				fmt::print(io.out, "{} -> no {} name\n", from, space.key);
			else
				fmt::print(io.out, "{} -> {}:{}\n", from, space.prefix, name);
		}
		if (o.json)
			fmt::print(io.out, "{}]\n", json);
		return found ? 0 : 1;
	}
	std::string json = "[";
	bool any = false;
	bool found = false; // an equivalent in the other namespace
	for (const auto &m : ms) {
		pixfmt::format f = m.format;
		// From the namespace the argument was found in, to the other one.
		bool from_v4l2 = m.how == match::by_v4l2 || (m.how == match::by_name && o.ns != ns_filter::drm &&
								      !f.v4l2_codes().empty());
		std::string from = m.code ? label(m.code->code) : std::string(f.name());
		found = found || (from_v4l2 ? f.drm_code().has_value() : !f.v4l2_codes().empty());
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
				fmt::print(io.out, "V4L2 {} -> DRM {} ({})\n", from, label(d->code), macro_text(*d, false));
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
	return found ? 0 : 1;
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
		code = pixfmt::parse_short_text(arg);
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

// ----------------------------------------------------------------- pictures
// The format, size and layout of a pattern or view frame. Returns -1 to go
// on, else the exit status (reported).
struct picture_frame {
	pixfmt::format f;
	size2d size;
	pixfmt::image_layout layout;
};

int picture_setup(const options &o, const io &io, std::string_view cmd, bool writing, picture_frame &out)
{
	if (!o.format_arg || !o.size_arg || !o.output)
		return io.fail(2, fmt::format("{} needs --format FORMAT, --size WxH and -o FILE (pixfmt {} --help)", cmd,
					      cmd));
	if (o.positional.size() != (writing ? 0u : 1u))
		return io.fail(2, writing ? fmt::format("pattern takes no FRAME argument, got {}", o.positional[0])
					  : std::string("view takes one FRAME (pixfmt view --help)"));
	auto s = parse_size(*o.size_arg);
	if (!s)
		return io.fail(2, fmt::format("--size {}: must be WxH with W and H from 1 to 4294967295", *o.size_arg));
	auto ms = resolve(*o.format_arg, o.ns);
	if (ms.empty())
		return io.fail(1, fmt::format("{}: no such format{}", *o.format_arg,
					      o.ns == ns_filter::v4l2 ? " in V4L2"
					      : o.ns == ns_filter::drm ? " in DRM"
								       : ""));
	auto fs = distinct_formats(ms);
	if (fs.size() > 1)
		return io.fail(2, fmt::format("{} names {} different formats: add --v4l2 or --drm to pick one",
					      *o.format_arg, fs.size()));
	pixfmt::format f = fs[0];
	if (auto why = picture_refusal(f, writing); !why.empty())
		return io.fail(3, why);
	auto l = pixfmt::layout(f, s->width, s->height, o.align.value_or(1));
	if (!l)
		return layout_error(io, f, l.error(), *s);
	// whole frames in memory, read pixel by pixel: keep them reasonable
	const std::uint64_t max_pixels = io.files ? std::uint64_t{ 1 } << 26 : std::uint64_t{ 1 } << 12;
	if (std::uint64_t{ s->width } * s->height > max_pixels || l->total > (std::uint64_t{ 1 } << 30))
		return io.fail(3, fmt::format("{}x{}: too large for {} (at most {} pixels and 1 GiB)", s->width,
					      s->height, cmd, max_pixels));
	out = { f, *s, *l };
	return -1;
}

int write_output(const io &io, std::string_view path, std::span<const std::uint8_t> bytes)
{
	if (!io.files)
		return 0;
	std::FILE *file = path == "-" ? io.out : std::fopen(std::string(path).c_str(), "wb");
	if (!file)
		return io.fail(2, fmt::format("{}: cannot write: {}", path, std::strerror(errno)));
	bool ok = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
	ok = (file == io.out ? std::fflush(file) : std::fclose(file)) == 0 && ok;
	if (!ok)
		return io.fail(2, fmt::format("{}: cannot write: {}", path, std::strerror(errno)));
	return 0;
}

int cmd_pattern(const options &o, const io &io)
{
	if (o.cfa_view)
		return io.fail(2, "--cfa-view is an option of view");
	picture_frame pf{ pixfmt::format(pixfmt::table::formats[0]), {}, {} };
	if (int rc = picture_setup(o, io, "pattern", true, pf); rc >= 0)
		return rc;
	std::vector<std::uint8_t> buffer(static_cast<std::size_t>(pf.layout.total));
	auto fr = pixfmt::frame_in(std::span<std::uint8_t>(buffer), pf.layout);
	if (!fr)
		return layout_error(io, pf.f, fr.error(), pf.size);
	if (auto e = draw_bars(pf.f, *fr, pf.size.width, pf.size.height); e != pixfmt::errc::ok)
		return layout_error(io, pf.f, e, pf.size);
	return write_output(io, *o.output, buffer);
}

int cmd_view(const options &o, const io &io)
{
	picture_frame pf{ pixfmt::format(pixfmt::table::formats[0]), {}, {} };
	if (int rc = picture_setup(o, io, "view", false, pf); rc >= 0)
		return rc;
	std::string_view path = o.positional[0];
	std::vector<std::uint8_t> buffer(static_cast<std::size_t>(pf.layout.total));
	if (io.files) {
		std::FILE *file = std::fopen(std::string(path).c_str(), "rb");
		if (!file)
			return io.fail(1, fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
		std::size_t got = std::fread(buffer.data(), 1, buffer.size(), file);
		bool error = std::ferror(file);
		std::fclose(file);
		if (error)
			return io.fail(1, fmt::format("{}: cannot read", path));
		if (got < buffer.size())
			return io.fail(3, fmt::format("{}: {} bytes, but {} at {}x{} needs {} (pixfmt size {} {}x{})", path,
						      got, pf.f.name(), pf.size.width, pf.size.height, buffer.size(),
						      pf.f.name(), pf.size.width, pf.size.height));
	}
	auto fr = pixfmt::frame_in(std::span<const std::uint8_t>(buffer), pf.layout);
	if (!fr)
		return layout_error(io, pf.f, fr.error(), pf.size);
	auto rgb = to_rgb8(pf.f, *fr, pf.size.width, pf.size.height, o.cfa_view);
	if (!rgb)
		return layout_error(io, pf.f, rgb.error(), pf.size);
	return write_output(io, *o.output, png::encode_rgb8(*rgb, pf.size.width, pf.size.height));
}

} // namespace

int run(std::span<const std::string_view> args, std::FILE *out, std::FILE *err, bool files)
{
	io io{ out, err, files };
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
		bool picture = false;
	};
	static constexpr command commands[] = {
		{ "info", cmd_info, false, info_help },	{ "list", cmd_list, true, list_help },
		{ "size", cmd_size, false, size_help },	{ "map", cmd_map, false, map_help },
		{ "decode", cmd_decode, false, decode_help },
		{ "pattern", cmd_pattern, false, pattern_help, true },
		{ "view", cmd_view, false, view_help, true },
	};
	for (const auto &c : commands) {
		if (c.name != cmd)
			continue;
		options o;
		if (int rc = parse_options(args.subspan(1), o, io, c.filters, c.picture))
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
