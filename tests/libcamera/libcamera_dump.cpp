// libcamera's own facts about pixel formats, one JSON object a line.
//   libcamera_dump NAME...       per name: fromString(), fourcc, modifier and
//                                PixelFormatInfo::info() (planes, groups, bits
//                                per pixel, colour encoding, V4L2 codes)
//   libcamera_dump --v4l2 CODE... per V4L2 code: V4L2PixelFormat::toPixelFormat()
//
// PixelFormatInfo and V4L2PixelFormat are exported by libcamera.so but their
// headers are internal (not in libcamera-dev), so they are declared here as
// the library's ABI has them. Every record is checked against the library's
// own exported arithmetic (stride(), planeSize(), numPlanes()): a declaration
// that does not match the installed library fails instead of lying.
#include <libcamera/geometry.h>
#include <libcamera/pixel_format.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace libcamera {

class V4L2PixelFormat {
public:
	explicit V4L2PixelFormat(std::uint32_t fourcc) : fourcc_(fourcc) {}
	std::uint32_t fourcc() const { return fourcc_; }
	PixelFormat toPixelFormat(bool warn) const;

private:
	std::uint32_t fourcc_;
};

class PixelFormatInfo {
public:
	enum ColourEncoding { ColourEncodingRGB, ColourEncodingYUV, ColourEncodingRAW };
	struct Plane {
		unsigned int bytesPerGroup;
		unsigned int verticalSubSampling;
	};

	static const PixelFormatInfo &info(const PixelFormat &format);
	unsigned int stride(unsigned int width, unsigned int plane, unsigned int align) const;
	unsigned int planeSize(const Size &size, unsigned int plane, unsigned int align) const;
	unsigned int numPlanes() const;

	const char *name;
	PixelFormat format;
	std::vector<V4L2PixelFormat> v4l2Formats;
	unsigned int bitsPerPixel;
	ColourEncoding colourEncoding;
	bool packed;
	unsigned int pixelsPerGroup;
	std::array<Plane, 3> planes;

	PixelFormatInfo() = delete; // only ever a reference into the library's table
};

} // namespace libcamera

namespace {

using libcamera::PixelFormat;
using libcamera::PixelFormatInfo;

const char *encoding_name(PixelFormatInfo::ColourEncoding e)
{
	switch (e) {
	case PixelFormatInfo::ColourEncodingRGB:
		return "rgb";
	case PixelFormatInfo::ColourEncodingYUV:
		return "yuv";
	case PixelFormatInfo::ColourEncodingRAW:
		return "raw";
	}
	return "?";
}

// The declared layout against the library's own functions.
std::string layout_error(const PixelFormatInfo &info, const PixelFormat &pf, const std::string &name)
{
	if (info.format != pf || !info.name || name != info.name)
		return "name or format";
	unsigned int used = 0;
	while (used < info.planes.size() && info.planes[used].bytesPerGroup)
		++used;
	if (info.numPlanes() != used || info.pixelsPerGroup == 0)
		return "planes";
	for (unsigned int p = 0; p < used; ++p) {
		const auto &plane = info.planes[p];
		for (unsigned int w : { 1u, 7u, 64u, 1366u }) {
			unsigned int stride = (w + info.pixelsPerGroup - 1) / info.pixelsPerGroup *
					      plane.bytesPerGroup;
			if (info.stride(w, p, 1) != stride)
				return "stride";
			for (unsigned int h : { 1u, 5u, 768u }) {
				unsigned int lines = (h + plane.verticalSubSampling - 1) /
						     plane.verticalSubSampling;
				if (info.planeSize(libcamera::Size(w, h), p, 1) != stride * lines)
					return "planeSize";
			}
		}
	}
	return "";
}

int dump_name(const std::string &name)
{
	PixelFormat pf = PixelFormat::fromString(name);
	if (!pf.isValid()) {
		std::printf("{\"name\": \"%s\", \"valid\": false}\n", name.c_str());
		return 0;
	}
	const PixelFormatInfo &info = PixelFormatInfo::info(pf);
	if (!info.format.isValid()) {
		std::printf("{\"name\": \"%s\", \"valid\": true, \"info\": false}\n", name.c_str());
		return 0;
	}
	std::string err = layout_error(info, pf, name);
	if (!err.empty()) {
		std::fprintf(stderr, "libcamera_dump: %s: the declared PixelFormatInfo does not "
				     "match the installed libcamera (%s)\n", name.c_str(), err.c_str());
		return 1;
	}
	std::printf("{\"name\": \"%s\", \"valid\": true, \"info\": true, \"to_string\": \"%s\", "
		    "\"fourcc\": %u, \"modifier\": %llu, \"bits_per_pixel\": %u, "
		    "\"encoding\": \"%s\", \"packed\": %s, \"pixels_per_group\": %u, \"planes\": [",
		    name.c_str(), pf.toString().c_str(), pf.fourcc(),
		    static_cast<unsigned long long>(pf.modifier()), info.bitsPerPixel,
		    encoding_name(info.colourEncoding), info.packed ? "true" : "false",
		    info.pixelsPerGroup);
	for (unsigned int p = 0; p < info.numPlanes(); ++p)
		std::printf("%s{\"bytes_per_group\": %u, \"vsub\": %u}", p ? ", " : "",
			    info.planes[p].bytesPerGroup, info.planes[p].verticalSubSampling);
	std::printf("], \"v4l2\": [");
	for (std::size_t i = 0; i < info.v4l2Formats.size(); ++i)
		std::printf("%s%u", i ? ", " : "", info.v4l2Formats[i].fourcc());
	std::printf("]}\n");
	return 0;
}

} // namespace

int main(int argc, char **argv)
{
	if (argc > 1 && std::strcmp(argv[1], "--v4l2") == 0) {
		for (int i = 2; i < argc; ++i) {
			auto code = static_cast<std::uint32_t>(std::strtoul(argv[i], nullptr, 0));
			PixelFormat pf = libcamera::V4L2PixelFormat(code).toPixelFormat(false);
			if (pf.isValid())
				std::printf("{\"v4l2\": %u, \"name\": \"%s\"}\n", code,
					    pf.toString().c_str());
			else
				std::printf("{\"v4l2\": %u, \"name\": null}\n", code);
		}
		return 0;
	}
	int status = 0;
	for (int i = 1; i < argc; ++i)
		status |= dump_name(argv[i]);
	return status;
}
