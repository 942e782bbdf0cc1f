// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * pixfmt helpers: lookups, V4L2 fills, DRM pitches, buffer and Xen camera
 * layout checks over the generated table. No allocation, no floating point,
 * no locking: every function only reads the const table and its arguments.
 * The size semantics are written down in pixfmt.h.
 */
#include <linux/errno.h>
#include <linux/limits.h>
#include <linux/math.h>
#include <linux/math64.h>
#include <linux/overflow.h>
#include <linux/types.h>
#include <linux/videodev2.h>

#include "pixfmt.h"

/* a 32-bit mixer (lowbias32): every input bit reaches every output bit */
static u32 pixfmt_mix(u32 x)
{
	x ^= x >> 16;
	x *= 0x7feb352d;
	x ^= x >> 15;
	x *= 0x846ca68b;
	x ^= x >> 16;
	return x;
}

/* @h scaled to [0, @n): a multiply, no division */
static u32 pixfmt_scale(u32 h, u32 n)
{
	return ((u64)h * n) >> 32;
}

/*
 * The entry of @code in a generated index, or NULL: a minimal perfect hash
 * (hash and displace). The code's bucket picks a seed that the generator
 * chose so that each code of the index lands on its own entry; any other
 * code lands on an entry holding a different code. O(1) for any table.
 */
static const struct pixfmt_code_index *
pixfmt_find(const struct pixfmt_code_index *index, u32 count, const u8 *seeds,
	    u32 buckets, u32 code)
{
	const struct pixfmt_code_index *e;
	u32 h = pixfmt_mix(code), seed;

	if (!count)	/* a subset without codes of this namespace */
		return NULL;
	seed = seeds[pixfmt_scale(h, buckets)];
	e = &index[pixfmt_scale(pixfmt_mix(h ^ seed), count)];
	return e->code == code ? e : NULL;
}

static const struct pixfmt_code_index *pixfmt_find_v4l2(u32 code)
{
	return pixfmt_find(pixfmt_v4l2_index, PIXFMT_NUM_V4L2_CODES,
			   pixfmt_v4l2_seeds, PIXFMT_V4L2_BUCKETS, code);
}

static const struct pixfmt_code_index *pixfmt_find_drm(u32 code)
{
	return pixfmt_find(pixfmt_drm_index, PIXFMT_NUM_DRM_CODES,
			   pixfmt_drm_seeds, PIXFMT_DRM_BUCKETS, code);
}

/* DIV_ROUND_UP for u64 without the n + d - 1 intermediate that can wrap */
static u64 pixfmt_div_up(u64 n, u32 d)
{
	u32 rem;
	u64 q = div_u64_rem(n, d, &rem);

	return q + (rem != 0);
}

static u64 pixfmt_div_up64(u64 n, u64 d)
{
	u64 q = div64_u64(n, d);

	return q + (q * d != n);
}

/* sample alignment of a plane: the largest power of two dividing its block */
static u32 pixfmt_plane_align(const struct pixfmt_plane *p)
{
	u32 bytes = p->bytes_per_block;

	return bytes & -bytes;
}

static bool pixfmt_has_layout(const struct pixfmt_format *fmt)
{
	return fmt && !fmt->compressed && fmt->num_planes;
}

/* roundup() to any multiple: the quotient rounded up, times the step */
static u64 pixfmt_roundup(u64 n, u32 step)
{
	return pixfmt_div_up(n, step) * step;
}

/* roundup() to a power of two: a mask (n is far below 2^63 where used) */
static u64 pixfmt_up_pow2(u64 n, u32 step)
{
	return (n + step - 1) & ~((u64)step - 1);
}

/*
 * The real need of colour plane @plane of a @width x @height image: its
 * width in pixels of the plane, its lines (rows of @pitch bytes; both must
 * fit in u32) and its minimum pitch. The image is aligned as the format
 * needs, subsampled rounding up, and a line holds whole blocks.
 */
static int pixfmt_geometry(const struct pixfmt_format *fmt, unsigned int plane,
			   u32 width, u32 height, u64 *pw, u64 *ph, u64 *pitch)
{
	const struct pixfmt_plane *p;
	u64 bytes;

	if (!pixfmt_has_layout(fmt) || plane >= fmt->num_planes || !width || !height)
		return -EINVAL;
	p = &fmt->planes[plane];
	if (p->pow2) {
		/* the same numbers with shifts and masks (TRY_FMT, buffer checks) */
		*pw = (pixfmt_up_pow2(width, p->align_w) + p->hsub - 1) >> __builtin_ctz(p->hsub);
		*ph = (pixfmt_up_pow2(height, p->align_h) + p->vsub - 1) >> __builtin_ctz(p->vsub);
		*ph = pixfmt_up_pow2(*ph, p->block_h);
		if (*pw > U32_MAX || *ph > U32_MAX)
			return -EOVERFLOW;
		bytes = ((*pw + p->block_w - 1) >> __builtin_ctz(p->block_w)) * p->bytes_per_block;
		*pitch = pixfmt_up_pow2((bytes + p->block_h - 1) >> __builtin_ctz(p->block_h),
					p->pitch_align);
		return 0;
	}
	/* u32 rounded up to a u16 step and divided by hsub cannot wrap u64 */
	*pw = pixfmt_div_up(pixfmt_roundup(width, p->align_w), p->hsub);
	*ph = pixfmt_div_up(pixfmt_roundup(height, p->align_h), p->vsub);
	*ph = pixfmt_roundup(*ph, p->block_h);
	if (*pw > U32_MAX || *ph > U32_MAX)
		return -EOVERFLOW;
	bytes = pixfmt_div_up(*pw, p->block_w) * p->bytes_per_block;
	*pitch = pixfmt_roundup(pixfmt_div_up(bytes, p->block_h), p->pitch_align);
	return 0;
}

/*
 * Bytes of all colour planes at their minimum pitches, one after another;
 * each plane's minimum pitch and bytes too when @pitches and @sizes are given
 */
static int pixfmt_planes(const struct pixfmt_format *fmt, u32 width,
			 u32 height, u64 *pitches, u64 *sizes, u64 *total)
{
	u64 pw, ph, pitch, size, sum = 0;
	unsigned int i;
	int ret;

	if (!pixfmt_has_layout(fmt))
		return -EINVAL;
	for (i = 0; i < fmt->num_planes; i++) {
		ret = pixfmt_geometry(fmt, i, width, height, &pw, &ph, &pitch);
		if (ret)
			return ret;
		if (check_mul_overflow(pitch, ph, &size) ||
		    check_add_overflow(sum, size, &sum))
			return -EOVERFLOW;
		if (pitches) {
			pitches[i] = pitch;
			sizes[i] = size;
		}
	}
	*total = sum;
	return 0;
}

static int pixfmt_packed_size(const struct pixfmt_format *fmt, u32 width,
			      u32 height, u64 *total)
{
	return pixfmt_planes(fmt, width, height, NULL, NULL, total);
}

static void pixfmt_why(const char **why, const char *reason)
{
	if (why)
		*why = reason;
}

/**
 * pixfmt_v4l2_format() - look up a V4L2 code
 * @code: V4L2 pixel format code (V4L2_PIX_FMT_*, bit 31 for big-endian)
 *
 * O(1): a perfect hash and one compare (pixfmt_find()).
 *
 * Return: the format, or NULL if @code is not a V4L2 code of the table.
 */
const struct pixfmt_format *pixfmt_v4l2_format(u32 code)
{
	const struct pixfmt_code_index *e;

	e = pixfmt_find_v4l2(code);
	return e ? &pixfmt_formats[e->format] : NULL;
}

/**
 * pixfmt_drm_format() - look up a DRM code
 * @code: DRM fourcc (DRM_FORMAT_*)
 *
 * O(1): a perfect hash and one compare (pixfmt_find()).
 *
 * Return: the format, or NULL if @code is not a DRM code of the table.
 */
const struct pixfmt_format *pixfmt_drm_format(u32 code)
{
	const struct pixfmt_code_index *e;

	e = pixfmt_find_drm(code);
	return e ? &pixfmt_formats[e->format] : NULL;
}

/**
 * pixfmt_v4l2_mem_planes() - memory planes (buffers) of a V4L2 code
 * @code: V4L2 pixel format code
 *
 * Return: 1 to %PIXFMT_MAX_PLANES (1 for compressed formats), or -EINVAL if
 * @code is unknown.
 */
int pixfmt_v4l2_mem_planes(u32 code)
{
	const struct pixfmt_code_index *e;

	e = pixfmt_find_v4l2(code);
	if (!e)
		return -EINVAL;
	return pixfmt_formats[e->format].v4l2_mem_planes[e->slot];
}

/**
 * pixfmt_v4l2_single_planar() - can a V4L2 code be used through the
 *	single-planar API
 * @code: V4L2 pixel format code
 *
 * Return: true if @code is known and keeps all its planes in one buffer, so
 * that struct v4l2_pix_format can describe it.
 */
bool pixfmt_v4l2_single_planar(u32 code)
{
	return pixfmt_v4l2_mem_planes(code) == 1;
}

/**
 * pixfmt_v4l2_enum() - the @index-th code of a list usable through an API
 * @codes: the codes a device (for example a Xen camera backend) offers
 * @count: number of entries in @codes
 * @index: &struct v4l2_fmtdesc.index
 * @api: %PIXFMT_V4L2_SINGLE_PLANAR for vidioc_enum_fmt_vid_cap/out,
 *	%PIXFMT_V4L2_MULTI_PLANAR for the _mplane variants
 * @code: set to the code found
 *
 * Codes unknown to pixfmt are skipped (their layout cannot be checked), and
 * for the single-planar API so are codes with more than one memory plane.
 *
 * Return: 0, or -EINVAL when fewer than @index + 1 codes qualify.
 */
int pixfmt_v4l2_enum(const u32 *codes, unsigned int count, unsigned int index,
		     enum pixfmt_v4l2_api api, u32 *code)
{
	unsigned int i;
	int mem;

	for (i = 0; i < count; i++) {
		mem = pixfmt_v4l2_mem_planes(codes[i]);
		if (mem < 0)
			continue;
		if (api == PIXFMT_V4L2_SINGLE_PLANAR && mem != 1)
			continue;
		if (index-- == 0) {
			*code = codes[i];
			return 0;
		}
	}
	return -EINVAL;
}

/**
 * pixfmt_plane_width() - width in pixels of a colour plane
 * @fmt: the format
 * @plane: colour plane index
 * @width: image width
 * @plane_width: set to DIV_ROUND_UP(roundup(@width, align_w), hsub)
 *	(pixfmt_kernel_drm_plane_width() gives the kernel's answer)
 *
 * Return: 0, -EINVAL (no layout, no such plane, zero width) or -EOVERFLOW.
 */
int pixfmt_plane_width(const struct pixfmt_format *fmt, unsigned int plane,
		       u32 width, u32 *plane_width)
{
	u64 pw, ph, pitch;
	int ret;

	ret = pixfmt_geometry(fmt, plane, width, 1, &pw, &ph, &pitch);
	if (!ret)
		*plane_width = pw;
	return ret;
}

/**
 * pixfmt_plane_height() - height in lines of a colour plane
 * @fmt: the format
 * @plane: colour plane index
 * @height: image height
 * @plane_height: set to DIV_ROUND_UP(roundup(@height, align_h), vsub),
 *	rounded up to block_h: the plane's lines
 *
 * Return: 0, -EINVAL (no layout, no such plane, zero height) or -EOVERFLOW.
 */
int pixfmt_plane_height(const struct pixfmt_format *fmt, unsigned int plane,
			u32 height, u32 *plane_height)
{
	u64 pw, ph, pitch;
	int ret;

	ret = pixfmt_geometry(fmt, plane, 1, height, &pw, &ph, &pitch);
	if (!ret)
		*plane_height = ph;
	return ret;
}

/**
 * pixfmt_min_pitch() - minimum bytes per line of a colour plane
 * @fmt: the format
 * @plane: colour plane index
 * @width: image width (not the plane width)
 * @pitch: set to the bytes of the plane width's whole blocks, divided by
 *	block_h (rounding up), rounded up to pitch_align (see pixfmt.h)
 *
 * Return: 0, -EINVAL (no layout, no such plane, zero width) or -EOVERFLOW.
 */
int pixfmt_min_pitch(const struct pixfmt_format *fmt, unsigned int plane,
		     u32 width, u64 *pitch)
{
	u64 pw, ph;

	return pixfmt_geometry(fmt, plane, width, 1, &pw, &ph, pitch);
}

/**
 * pixfmt_image_size() - bytes of an image with minimum pitches, planes packed
 * @fmt: the format
 * @width: image width
 * @height: image height
 * @size: set to the sum over colour planes of min_pitch * plane height (the
 *	sizeimage of a V4L2 code with one memory plane)
 *
 * Return: 0, -EINVAL (no layout, zero size) or -EOVERFLOW.
 */
int pixfmt_image_size(const struct pixfmt_format *fmt, u32 width, u32 height,
		      u64 *size)
{
	return pixfmt_packed_size(fmt, width, height, size);
}

/**
 * pixfmt_image_pages() - pages a packed image with minimum pitches needs
 * @fmt: the format
 * @width: image width
 * @height: image height
 * @page_size: page size in bytes, a power of two (PAGE_SIZE, or
 *	%PIXFMT_XEN_PAGE_SIZE for grant references)
 * @pages: set to DIV_ROUND_UP(image size, @page_size)
 *
 * Return: 0, -EINVAL (no layout, zero size, bad page size) or -EOVERFLOW.
 */
int pixfmt_image_pages(const struct pixfmt_format *fmt, u32 width, u32 height,
		       u32 page_size, u64 *pages)
{
	u64 size;
	int ret;

	if (!page_size || (page_size & (page_size - 1)))
		return -EINVAL;
	ret = pixfmt_packed_size(fmt, width, height, &size);
	if (ret)
		return ret;
	*pages = pixfmt_div_up(size, page_size);
	return 0;
}

/**
 * pixfmt_check_buffer() - do pages hold an image of a format and size
 * @fmt: the format (from pixfmt_v4l2_format() or pixfmt_drm_format())
 * @width: image width
 * @height: image height
 * @pitches: bytes per line of each colour plane, or NULL for the minimum
 * @offsets: byte offset of each colour plane in the buffer, or NULL for the
 *	planes packed one after another (the V4L2 single-buffer layout)
 * @num_pages: pages in the buffer (for example a gntdev dma-buf's count)
 * @page_size: bytes per page, a power of two
 * @why: if not NULL, set to a reason when the check fails
 *
 * Each colour plane i must have a pitch of at least its minimum, an offset
 * (when given) that is a multiple of the largest power of two dividing its
 * bytes_per_block, and must end within @num_pages * @page_size bytes.
 * Overlapping planes are not detected. Computed in u64, overflow checked.
 *
 * Return: 0; -EINVAL (no layout, zero size, bad page size, misaligned
 * offset); -ERANGE (pitch below the minimum, a plane beyond the buffer);
 * -EOVERFLOW (a size or end offset does not fit in u64).
 */
int pixfmt_check_buffer(const struct pixfmt_format *fmt, u32 width, u32 height,
			const u32 *pitches, const u64 *offsets, u64 num_pages,
			u32 page_size, const char **why)
{
	u64 capacity, pw, ph, min, pitch, size, offset, end = 0;
	unsigned int i;
	int ret;

	if (!pixfmt_has_layout(fmt)) {
		pixfmt_why(why, "format has no per-pixel layout");
		return -EINVAL;
	}
	if (!width || !height) {
		pixfmt_why(why, "zero width or height");
		return -EINVAL;
	}
	if (!page_size || (page_size & (page_size - 1))) {
		pixfmt_why(why, "page size is not a power of two");
		return -EINVAL;
	}
	if (check_mul_overflow(num_pages, (u64)page_size, &capacity)) {
		pixfmt_why(why, "buffer size overflows");
		return -EOVERFLOW;
	}
	for (i = 0; i < fmt->num_planes; i++) {
		ret = pixfmt_geometry(fmt, i, width, height, &pw, &ph, &min);
		if (ret) {
			pixfmt_why(why, "plane size overflows");
			return ret;
		}
		pitch = pitches ? pitches[i] : min;
		if (pitch < min) {
			pixfmt_why(why, "pitch below the format's minimum");
			return -ERANGE;
		}
		if (check_mul_overflow(pitch, ph, &size)) {
			pixfmt_why(why, "plane size overflows");
			return -EOVERFLOW;
		}
		offset = offsets ? offsets[i] : end;
		if (offsets && (offset & (pixfmt_plane_align(&fmt->planes[i]) - 1))) {
			pixfmt_why(why, "plane offset misaligned for its samples");
			return -EINVAL;
		}
		if (check_add_overflow(offset, size, &end)) {
			pixfmt_why(why, "plane end overflows");
			return -EOVERFLOW;
		}
		if (end > capacity) {
			pixfmt_why(why, "plane beyond the buffer: too few pages");
			return -ERANGE;
		}
	}
	return 0;
}

/*
 * The real need of a V4L2 code at @width x @height in its memory planes, as
 * TRY_FMT reports it: one lookup and one pass over the colour planes. With
 * one memory plane, @bpl[0] is plane 0's minimum pitch and @sizes[0] the
 * packed size of all colour planes; otherwise each colour plane's minimum
 * pitch and pitch * lines. @n is set to the planes filled: 1, or the colour
 * planes (a multi-planar code has a buffer per colour plane). With @single, a
 * code with more than one memory plane is refused first (-EINVAL).
 */
static int pixfmt_v4l2_need(u32 code, bool single, u32 width, u32 height,
			    u32 *bpl, u32 *sizes, unsigned int *n)
{
	const struct pixfmt_code_index *e = pixfmt_find_v4l2(code);
	u64 pitches[PIXFMT_MAX_PLANES], plane_sizes[PIXFMT_MAX_PLANES], total;
	const struct pixfmt_format *fmt;
	unsigned int i;
	int ret;

	if (!e)
		return -EINVAL;
	fmt = &pixfmt_formats[e->format];
	if (single && fmt->v4l2_mem_planes[e->slot] != 1)
		return -EINVAL;
	ret = pixfmt_planes(fmt, width, height, pitches, plane_sizes, &total);
	if (ret)
		return ret;
	if (fmt->v4l2_mem_planes[e->slot] == 1) {
		/* a pitch over u32 makes the total over u32 too */
		if (total > U32_MAX)
			return -EOVERFLOW;
		bpl[0] = pitches[0];
		sizes[0] = total;
		*n = 1;
		return 0;
	}
	for (i = 0; i < fmt->num_planes; i++) {
		/* pitch <= size */
		if (plane_sizes[i] > U32_MAX)
			return -EOVERFLOW;
		bpl[i] = pitches[i];
		sizes[i] = plane_sizes[i];
	}
	*n = fmt->num_planes;
	return 0;
}

/**
 * pixfmt_v4l2_fill_pix() - fill struct v4l2_pix_format with the real need
 * @pix: set on success: width, height, pixelformat, bytesperline,
 *	sizeimage; other fields are left alone; untouched on failure
 * @code: V4L2 code with one memory plane
 * @width: image width
 * @height: image height
 *
 * bytesperline is the minimum pitch of plane 0, sizeimage the packed size
 * of all colour planes: what the frame occupies, which can exceed what
 * v4l2_fill_pixfmt() reports (pixfmt_kernel_v4l2_fill_pix()).
 *
 * Return: 0; -EINVAL (unknown code, more than one memory plane, no layout,
 * zero size); -EOVERFLOW (a value does not fit in u32).
 */
int pixfmt_v4l2_fill_pix(struct v4l2_pix_format *pix, u32 code, u32 width,
			 u32 height)
{
	u32 bpl[PIXFMT_MAX_PLANES], sizes[PIXFMT_MAX_PLANES];
	unsigned int n;
	int ret;

	ret = pixfmt_v4l2_need(code, true, width, height, bpl, sizes, &n);
	if (ret)
		return ret;
	pix->width = width;
	pix->height = height;
	pix->pixelformat = code;
	pix->bytesperline = bpl[0];
	pix->sizeimage = sizes[0];
	return 0;
}

/**
 * pixfmt_v4l2_fill_pix_mp() - fill struct v4l2_pix_format_mplane with the
 *	real need
 * @pix: set on success: width, height, pixelformat, num_planes and
 *	plane_fmt[].bytesperline/sizeimage; other fields are left alone;
 *	untouched on failure
 * @code: V4L2 code
 * @width: image width
 * @height: image height
 *
 * A code with one memory plane gets num_planes 1 and plane_fmt[0] as
 * pixfmt_v4l2_fill_pix() computes it; a code with one memory plane per
 * colour plane gets each plane's minimum pitch and pitch * plane lines.
 *
 * Return: 0; -EINVAL (unknown code, no layout, zero size); -EOVERFLOW (a
 * value does not fit in u32).
 */
int pixfmt_v4l2_fill_pix_mp(struct v4l2_pix_format_mplane *pix, u32 code,
			    u32 width, u32 height)
{
	u32 bpl[PIXFMT_MAX_PLANES], sizes[PIXFMT_MAX_PLANES];
	unsigned int i, n;
	int ret;

	ret = pixfmt_v4l2_need(code, false, width, height, bpl, sizes, &n);
	if (ret)
		return ret;
	pix->width = width;
	pix->height = height;
	pix->pixelformat = code;
	pix->num_planes = n;
	for (i = 0; i < n; i++) {
		pix->plane_fmt[i].bytesperline = bpl[i];
		pix->plane_fmt[i].sizeimage = sizes[i];
	}
	return 0;
}

/*
 * Kernel-compatible answers: what Linux's own helpers return, from the
 * kernel's own table entries (PIXFMT_KERNEL_REFERENCE). They predict what a
 * kernel reports; they do not size buffers (pixfmt_v4l2_fill_pix() does).
 */
static bool pixfmt_kernel_has(u32 version)
{
	return version && version <= PIXFMT_KERNEL_REFERENCE;
}

static int pixfmt_kernel_v4l2(u32 code, const struct pixfmt_format **fmt)
{
	const struct pixfmt_code_index *e;

	e = pixfmt_find_v4l2(code);
	if (!e)
		return -EINVAL;
	*fmt = &pixfmt_formats[e->format];
	if (!pixfmt_kernel_has((*fmt)->v4l2_kernel[e->slot]))
		return -ENOENT;
	return (*fmt)->v4l2_mem_planes[e->slot];
}

/*
 * Plane @i as v4l2_fill_pixfmt(_mp)() sizes it: bytesperline (@line) and, for
 * a code with one memory plane (@shared), the plane's share of sizeimage,
 * bpp * plane width * plane height / bpp_div, else bytesperline * plane
 * height (@size). The kernel computes in 32 bits: where one of its values
 * (ALIGN(), DIV_ROUND_UP(), the products) would wrap this is -EOVERFLOW.
 */
static int pixfmt_kernel_plane(const struct pixfmt_format *fmt, unsigned int i,
			       bool shared, u32 width, u32 height, u64 *line,
			       u64 *size)
{
	const struct pixfmt_plane *p = &fmt->planes[i];
	u64 aw, ah, bytes, ph;

	aw = pixfmt_roundup(width, p->kernel_align_w);
	ah = pixfmt_roundup(height, p->kernel_align_h);
	if (aw + p->hsub - 1 > U32_MAX || ah + p->vsub - 1 > U32_MAX)
		return -EOVERFLOW;
	bytes = pixfmt_div_up(aw, p->hsub) * p->kernel_bpp;
	ph = pixfmt_div_up(ah, p->vsub);
	if (bytes > U32_MAX)
		return -EOVERFLOW;
	*line = div_u64(bytes, p->kernel_bpp_div);
	/* both factors are below 2^32: the u64 products cannot wrap */
	if (shared) {
		if (bytes * ph > U32_MAX)
			return -EOVERFLOW;
		*size = div_u64(bytes * ph, p->kernel_bpp_div);
	} else {
		*size = *line * ph;
		if (*size > U32_MAX)
			return -EOVERFLOW;
	}
	return 0;
}

/**
 * pixfmt_kernel_v4l2_fill_pix() - what v4l2_fill_pixfmt() returns
 * @pix: set on success as v4l2_fill_pixfmt() sets it; untouched on failure
 * @code: V4L2 code with one memory plane
 * @width: image width
 * @height: image height
 *
 * The kernel's arithmetic over its own table entry: bytesperline =
 * ALIGN(width, block_w) * bpp / bpp_div (a partial pixel group rounded
 * down), sizeimage = the sum of bpp * plane width * plane height / bpp_div.
 *
 * Return: 0; -EINVAL (unknown code, more than one memory plane); -ENOENT
 * (the kernel's table has no entry: its helper rejects the code);
 * -EOVERFLOW (the kernel's 32-bit arithmetic would wrap).
 */
int pixfmt_kernel_v4l2_fill_pix(struct v4l2_pix_format *pix, u32 code,
				u32 width, u32 height)
{
	struct v4l2_pix_format_mplane mp;
	int ret;

	if (pixfmt_v4l2_mem_planes(code) != 1)
		return -EINVAL;
	ret = pixfmt_kernel_v4l2_fill_pix_mp(&mp, code, width, height);
	if (ret)
		return ret;
	pix->width = width;
	pix->height = height;
	pix->pixelformat = code;
	pix->bytesperline = mp.plane_fmt[0].bytesperline;
	pix->sizeimage = mp.plane_fmt[0].sizeimage;
	return 0;
}

/**
 * pixfmt_kernel_v4l2_fill_pix_mp() - what v4l2_fill_pixfmt_mp() returns
 * @pix: set on success as v4l2_fill_pixfmt_mp() sets it; untouched on failure
 * @code: V4L2 code
 * @width: image width
 * @height: image height
 *
 * Return: 0; -EINVAL (unknown code); -ENOENT (the kernel's table has no
 * entry); -EOVERFLOW (the kernel's 32-bit arithmetic would wrap).
 */
int pixfmt_kernel_v4l2_fill_pix_mp(struct v4l2_pix_format_mplane *pix,
				   u32 code, u32 width, u32 height)
{
	u64 line[PIXFMT_MAX_PLANES], size[PIXFMT_MAX_PLANES], sum = 0;
	const struct pixfmt_format *fmt = NULL;
	unsigned int i;
	int mem, ret;

	mem = pixfmt_kernel_v4l2(code, &fmt);
	if (mem < 0)
		return mem;
	for (i = 0; i < fmt->num_planes; i++) {
		ret = pixfmt_kernel_plane(fmt, i, mem == 1, width, height,
					  &line[i], &size[i]);
		if (ret)
			return ret;
		sum += size[i];
		if (mem == 1 && sum > U32_MAX)
			return -EOVERFLOW;
	}
	pix->width = width;
	pix->height = height;
	pix->pixelformat = code;
	pix->num_planes = mem;
	if (mem == 1) {
		pix->plane_fmt[0].bytesperline = line[0];
		pix->plane_fmt[0].sizeimage = sum;
		return 0;
	}
	for (i = 0; i < fmt->num_planes; i++) {
		pix->plane_fmt[i].bytesperline = line[i];
		pix->plane_fmt[i].sizeimage = size[i];
	}
	return 0;
}

/* the DRM format of @code and whether drm_format_info has @plane */
static int pixfmt_kernel_drm(u32 code, unsigned int plane,
			     const struct pixfmt_format **fmt)
{
	*fmt = pixfmt_drm_format(code);
	if (!*fmt)
		return -EINVAL;
	if (!pixfmt_kernel_has((*fmt)->drm_kernel))
		return -ENOENT;
	/* a layout only usable with a compression modifier has one plane */
	if (plane >= ((*fmt)->compressed ? 1 : (*fmt)->num_planes))
		return -EINVAL;
	return 0;
}

/**
 * pixfmt_kernel_drm_plane_width() - what drm_format_info_plane_width() returns
 * @code: DRM fourcc
 * @plane: colour plane index
 * @width: width of plane 0
 * @plane_width: set to @width for plane 0, else DIV_ROUND_UP(@width, hsub)
 *
 * Return: 0, -EINVAL (unknown code, no such plane) or -ENOENT (the kernel's
 * table has no entry).
 */
int pixfmt_kernel_drm_plane_width(u32 code, unsigned int plane, u32 width,
				  u32 *plane_width)
{
	const struct pixfmt_format *fmt;
	int ret = pixfmt_kernel_drm(code, plane, &fmt);

	if (!ret)
		*plane_width = plane ? pixfmt_div_up(width, fmt->hsub) : width;
	return ret;
}

/**
 * pixfmt_kernel_drm_plane_height() - what drm_format_info_plane_height() returns
 * @code: DRM fourcc
 * @plane: colour plane index
 * @height: height of plane 0
 * @plane_height: set to @height for plane 0, else DIV_ROUND_UP(@height, vsub)
 *
 * Return: 0, -EINVAL (unknown code, no such plane) or -ENOENT (the kernel's
 * table has no entry).
 */
int pixfmt_kernel_drm_plane_height(u32 code, unsigned int plane, u32 height,
				   u32 *plane_height)
{
	const struct pixfmt_format *fmt;
	int ret = pixfmt_kernel_drm(code, plane, &fmt);

	if (!ret)
		*plane_height = plane ? pixfmt_div_up(height, fmt->vsub) : height;
	return ret;
}

/**
 * pixfmt_kernel_drm_min_pitch() - what drm_format_info_min_pitch() returns
 * @code: DRM fourcc
 * @plane: colour plane index
 * @buffer_width: the plane's width (pixfmt_kernel_drm_plane_width())
 * @pitch: set to DIV_ROUND_UP(@buffer_width * char_per_block,
 *	block_w * block_h): bytes rounded up, not whole blocks; 0 for a layout
 *	only usable with a compression modifier, as the kernel returns
 *
 * Return: 0, -EINVAL (unknown code, no such plane) or -ENOENT (the kernel's
 * table has no entry).
 */
int pixfmt_kernel_drm_min_pitch(u32 code, unsigned int plane, u32 buffer_width,
				u64 *pitch)
{
	const struct pixfmt_format *fmt;
	const struct pixfmt_plane *p;
	int ret = pixfmt_kernel_drm(code, plane, &fmt);

	if (ret)
		return ret;
	if (fmt->compressed) {
		*pitch = 0;
		return 0;
	}
	p = &fmt->planes[plane];
	*pitch = pixfmt_div_up((u64)buffer_width * p->bytes_per_block,
			       (u32)p->block_w * p->block_h);
	return 0;
}

/* a character a XenStore format label may hold (xen/io/cameraif.h) */
static bool pixfmt_xen_label_char(u8 ch)
{
	const char *f;

	if (ch <= ' ' || ch >= 0x7f)
		return false;
	for (f = PIXFMT_XEN_LABEL_FORBIDDEN; *f; f++)
		if (ch == (u8)*f)
			return false;
	return true;
}

#define PIXFMT_XEN_BE_LEN	(sizeof(PIXFMT_XEN_LABEL_BIG_ENDIAN) - 1)

/* the @n characters at @s end in "-BE" after at least one other character */
static bool pixfmt_xen_be_suffix(const char *s, unsigned int n)
{
	unsigned int i;

	if (n <= PIXFMT_XEN_BE_LEN)
		return false;
	for (i = 0; i < PIXFMT_XEN_BE_LEN; i++)
		if (s[n - PIXFMT_XEN_BE_LEN + i] != PIXFMT_XEN_LABEL_BIG_ENDIAN[i])
			return false;
	return true;
}

/**
 * pixfmt_xen_parse_label() - code of a Xen camera XenStore format label
 * @label: NUL-terminated label: one to four characters (the fourcc without
 *	its trailing spaces), optionally followed by "-BE" for the big-endian
 *	variant
 * @code: set to the code (spaces restored, bit 31 set for "-BE")
 *
 * The rule of xen/io/cameraif.h: characters from 0x21 to 0x7e except
 * / \ < > : " | ? * (so no space: trailing spaces are trimmed, others are
 * refused). Four characters ending in "-BE" before the suffix are refused:
 * no label can name that fourcc unambiguously. The label is not looked up:
 * use pixfmt_v4l2_format() on the result.
 *
 * Return: 0, or -EINVAL for a label that breaks the rule.
 */
int pixfmt_xen_parse_label(const char *label, u32 *code)
{
	unsigned int n = 0, i;
	u32 value = 0;
	bool be;

	while (n <= PIXFMT_XEN_LABEL_MAX && label[n])
		n++;
	if (n > PIXFMT_XEN_LABEL_MAX)
		return -EINVAL;
	be = pixfmt_xen_be_suffix(label, n);
	if (be)
		n -= PIXFMT_XEN_BE_LEN;
	if (n < 1 || n > 4 || (n == 4 && pixfmt_xen_be_suffix(label, n)))
		return -EINVAL;
	for (i = 0; i < 4; i++) {
		u32 ch = i < n ? (u8)label[i] : ' ';

		if (i < n && !pixfmt_xen_label_char(ch))
			return -EINVAL;
		value |= ch << (8 * i);
	}
	*code = value | (be ? PIXFMT_BIG_ENDIAN : 0);
	return 0;
}

/**
 * pixfmt_xen_label() - XenStore format label of a code
 * @code: V4L2 code
 * @label: set to the NUL-terminated label: the fourcc without trailing
 *	spaces, "-BE" appended when bit 31 is set
 *
 * Return: 0, or -EINVAL if the code has no label under the rule of
 * pixfmt_xen_parse_label() (all spaces, a space before another character, a
 * character outside 0x21..0x7e or forbidden, or "?-BE").
 */
int pixfmt_xen_label(u32 code, char label[PIXFMT_XEN_LABEL_MAX + 1])
{
	unsigned int i, n = 0;

	for (i = 0; i < 4; i++) {
		u32 ch = (code >> (8 * i)) & 0xff;

		if (i == 3)
			ch &= ~(PIXFMT_BIG_ENDIAN >> 24);
		label[i] = ch;
		if (ch != ' ')
			n = i + 1;
	}
	if (!n || (n == 4 && pixfmt_xen_be_suffix(label, n)))
		return -EINVAL;
	for (i = 0; i < n; i++)
		if (!pixfmt_xen_label_char(label[i]))
			return -EINVAL;
	if (code & PIXFMT_BIG_ENDIAN)
		for (i = 0; i < PIXFMT_XEN_BE_LEN; i++)
			label[n++] = PIXFMT_XEN_LABEL_BIG_ENDIAN[i];
	label[n] = '\0';
	return 0;
}

/*
 * Bytes a memory plane of a Xen camera buffer needs at @stride bytes per
 * line. A code with one memory plane holds all colour planes one after
 * another; the lines of colour plane i >= 1 then take
 * DIV_ROUND_UP(stride * min_pitch_i, min_pitch_0) bytes, which is min_pitch_i
 * when stride is the minimum (the V4L2 rule that chroma pitches follow the
 * luma pitch).
 */
static int pixfmt_xen_needed(const struct pixfmt_format *fmt, unsigned int plane,
			     bool contiguous, u32 width, u32 height, u64 stride,
			     u64 *needed)
{
	u64 pw, ph, min0, min, line, size, sum = 0;
	unsigned int i, last = contiguous ? fmt->num_planes - 1U : plane;
	int ret;

	ret = pixfmt_geometry(fmt, 0, width, height, &pw, &ph, &min0);
	if (ret)
		return ret;
	for (i = plane; i <= last; i++) {
		ret = pixfmt_geometry(fmt, i, width, height, &pw, &ph, &min);
		if (ret)
			return ret;
		line = stride;
		if (contiguous && i > 0) {
			if (check_mul_overflow(stride, min, &line))
				return -EOVERFLOW;
			line = pixfmt_div_up64(line, min0);
		}
		if (check_mul_overflow(line, ph, &size) ||
		    check_add_overflow(sum, size, &sum))
			return -EOVERFLOW;
	}
	*needed = sum;
	return 0;
}

/**
 * pixfmt_xen_check_layout() - check a Xen camera buffer layout
 * @code: V4L2 code of the configured format
 * @width: configured frame width
 * @height: configured frame height
 * @layout: the backend's XENCAMERA_OP_BUF_GET_LAYOUT answer and the
 *	frontend's plane offsets
 * @num_grefs: grant references the buffer is shared with
 * @why: if not NULL, set to a reason when the check fails
 *
 * Checks that num_planes is 1 to %PIXFMT_MAX_PLANES and equals the code's
 * memory planes; that @num_grefs is DIV_ROUND_UP(size, 4096); and for each
 * memory plane: stride >= the minimum pitch of its (first) colour plane,
 * plane_size >= what the plane needs at that stride (stride x plane height;
 * for a code with one memory plane, all colour planes, see
 * pixfmt_xen_needed()), an offset aligned as pixfmt_check_buffer() requires,
 * and offset + plane_size <= size. A compressed code (MJPEG, ...) has no
 * layout: only the counts, offsets and bounds are checked for it.
 *
 * Return: 0; -EINVAL (unknown code, zero frame size, bad plane count, empty
 * buffer, misaligned offset); -ERANGE (grant count, stride, plane size or a
 * plane beyond the buffer); -EOVERFLOW (the frame size overflows).
 */
int pixfmt_xen_check_layout(u32 code, u32 width, u32 height,
			    const struct pixfmt_xen_layout *layout,
			    u32 num_grefs, const char **why)
{
	const struct pixfmt_format *fmt = pixfmt_v4l2_format(code);
	bool layout_known = pixfmt_has_layout(fmt);
	u64 pw, ph, min, needed, end;
	unsigned int j;
	int mem, ret;

	mem = pixfmt_v4l2_mem_planes(code);
	if (mem < 0) {
		pixfmt_why(why, "unknown V4L2 code");
		return -EINVAL;
	}
	if (!width || !height) {
		pixfmt_why(why, "zero width or height");
		return -EINVAL;
	}
	if (layout->num_planes < 1 || layout->num_planes > PIXFMT_MAX_PLANES ||
	    layout->num_planes != (u32)mem) {
		pixfmt_why(why, "num_planes differs from the code's memory planes");
		return -EINVAL;
	}
	if (!layout->size) {
		pixfmt_why(why, "empty buffer");
		return -EINVAL;
	}
	if (num_grefs != pixfmt_div_up(layout->size, PIXFMT_XEN_PAGE_SIZE)) {
		pixfmt_why(why, "grant count does not match the buffer size");
		return -ERANGE;
	}
	for (j = 0; j < layout->num_planes; j++) {
		if (layout_known) {
			ret = pixfmt_geometry(fmt, j, width, height, &pw, &ph, &min);
			if (ret) {
				pixfmt_why(why, "frame size overflows");
				return ret;
			}
			if (layout->plane_stride[j] < min) {
				pixfmt_why(why, "stride below the format's minimum pitch");
				return -ERANGE;
			}
			ret = pixfmt_xen_needed(fmt, j, mem == 1, width, height,
						layout->plane_stride[j], &needed);
			if (ret) {
				pixfmt_why(why, "plane size overflows");
				return ret;
			}
			if (layout->plane_size[j] < needed) {
				pixfmt_why(why, "plane smaller than its stride times its height");
				return -ERANGE;
			}
			if (layout->plane_offset[j] &
			    (pixfmt_plane_align(&fmt->planes[j]) - 1)) {
				pixfmt_why(why, "plane offset misaligned for its samples");
				return -EINVAL;
			}
		}
		end = (u64)layout->plane_offset[j] + layout->plane_size[j];
		if (end > layout->size) {
			pixfmt_why(why, "plane beyond the buffer");
			return -ERANGE;
		}
	}
	return 0;
}

/**
 * pixfmt_media_bus_find() - look up a media-bus code
 * @code: MEDIA_BUS_FMT_* value
 *
 * O(log n): a binary search of pixfmt_media_bus_codes[], sorted by code.
 *
 * Return: the entry (its CSI-2 data type and the formats a receiver writes
 * from @code), or NULL if the table has no such code.
 */
const struct pixfmt_media_bus *pixfmt_media_bus_find(u32 code)
{
	/* a variable, not the macro: a subset may have no code at all */
	unsigned int n = PIXFMT_NUM_MEDIA_BUS, lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (pixfmt_media_bus_codes[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < n && pixfmt_media_bus_codes[lo].code == code)
		return &pixfmt_media_bus_codes[lo];
	return NULL;
}

/**
 * pixfmt_media_bus_format() - a format a media-bus code carries
 * @mbus: an entry from pixfmt_media_bus_find()
 * @index: 0 to @mbus->num_formats - 1
 *
 * Return: the @index-th format a receiver writes from @mbus, or NULL when
 * @index is out of range.
 */
const struct pixfmt_format *
pixfmt_media_bus_format(const struct pixfmt_media_bus *mbus, unsigned int index)
{
	if (index >= mbus->num_formats)
		return NULL;
	return &pixfmt_formats[mbus->formats[index]];
}

/**
 * pixfmt_media_bus_enum() - the @index-th media-bus code carrying a format
 * @fmt: a format of the table (from pixfmt_v4l2_format() or the like)
 * @index: 0, 1, ... as a subdevice's enum_mbus_code counts
 *
 * The codes are visited in the order of their values.
 *
 * Return: the entry, or NULL when fewer than @index + 1 codes carry @fmt.
 */
const struct pixfmt_media_bus *
pixfmt_media_bus_enum(const struct pixfmt_format *fmt, unsigned int index)
{
	unsigned int n = PIXFMT_NUM_MEDIA_BUS, i, j;

	for (i = 0; i < n; i++) {
		const struct pixfmt_media_bus *m = &pixfmt_media_bus_codes[i];

		for (j = 0; j < m->num_formats; j++) {
			if (&pixfmt_formats[m->formats[j]] != fmt)
				continue;
			if (index-- == 0)
				return m;
			break;
		}
	}
	return NULL;
}
