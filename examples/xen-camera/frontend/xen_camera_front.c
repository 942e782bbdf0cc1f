// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Xen para-virtual camera frontend (xen/io/cameraif.h) on pixfmt.
 *
 * The backend's formats, sizes and frame rates come from XenStore; every
 * format label is parsed with pixfmt's label rule and every format must be
 * known to pixfmt, because buffers are sized and the backend's layout is
 * checked with it. Two video devices share the one camera: video0 speaks
 * the single-planar API, video1 the multi-planar one, and ENUM_FMT splits
 * the backend's formats between them with pixfmt_v4l2_enum(). Only one of
 * them holds buffers at a time.
 *
 * Buffers are vmalloc'ed by videobuf2 and shared with the backend through a
 * grant page directory (xen-front-pgdir-shbuf). A buffer goes to the backend
 * with BUF_QUEUE; the backend fills it and sends FRAME_AVAIL; the frontend
 * answers with BUF_DEQUEUE and completes it.
 */
#include <linux/delay.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/workqueue.h>

#include <media/v4l2-ctrls.h>
#include <media/v4l2-device.h>
#include <media/v4l2-event.h>
#include <media/v4l2-ioctl.h>
#include <media/videobuf2-v4l2.h>
#include <media/videobuf2-vmalloc.h>

#include <xen/events.h>
#include <xen/grant_table.h>
#include <xen/page.h>
#include <xen/xen.h>
#include <xen/xen-front-pgdir-shbuf.h>
#include <xen/xenbus.h>
#include <xen/interface/grant_table.h>
#include <xen/interface/io/ring.h>

#include "cameraif.h"	/* xen/io/cameraif.h of Debian's libxen-dev */
#include "pixfmt.h"

#define XCAM_MAX_FORMATS	32
#define XCAM_MAX_SIZES		16
#define XCAM_MAX_RATES		8
#define XCAM_TIMEOUT		msecs_to_jiffies(3000)
#define XCAM_EVENTS		64

struct xcam_size {
	u32 width, height;
	struct v4l2_fract rates[XCAM_MAX_RATES];	/* frames per second */
	unsigned int num_rates;
};

struct xcam_format {
	u32 code;
	char label[PIXFMT_XEN_LABEL_MAX + 1];
	struct xcam_size sizes[XCAM_MAX_SIZES];
	unsigned int num_sizes;
};

struct xcam_buf {
	struct vb2_v4l2_buffer vb;	/* first: videobuf2 allocates this */
	struct list_head list;		/* in xcam.at_backend */
	struct xen_front_pgdir_shbuf shbuf;
	struct page **pages;
	bool created;
};

struct xcam;

/* one video device: the single-planar or the multi-planar API */
struct xcam_node {
	struct xcam *cam;
	enum pixfmt_v4l2_api api;
	struct video_device vdev;
	struct vb2_queue queue;
	struct v4l2_format fmt;		/* current format, V4L2 terms */
	struct pixfmt_xen_layout layout;	/* the backend's, as last checked */
	struct v4l2_fract rate;		/* current frame rate */
};

struct xcam {
	struct xenbus_device *xb;
	struct v4l2_device v4l2;
	struct v4l2_ctrl_handler ctrls;
	struct xcam_node nodes[2];
	/*
	 * Serialises the ioctls of both nodes: they share one backend
	 * configuration, its buffers (owner, num_bufs, bufs[]) and its stream.
	 */
	struct mutex lock;
	bool registered;
	bool gone;			/* removed: no more requests */
	bool v4l2_ref;			/* cam lives until the v4l2 device's last put */

	/* configuration read from XenStore */
	struct xcam_format formats[XCAM_MAX_FORMATS];
	u32 codes[XCAM_MAX_FORMATS];
	unsigned int num_formats;
	unsigned int max_buffers;

	/* request ring: one request in flight at a time */
	struct xen_cameraif_front_ring ring;
	grant_ref_t ring_gref;
	evtchn_port_t req_port;
	int req_irq;
	struct mutex req_lock;		/* one request at a time */
	spinlock_t resp_lock;		/* resp, req_id against the irq handler */
	struct completion req_done;
	struct xencamera_resp resp;
	u16 req_id;

	/* event page: frames the backend filled */
	struct xencamera_event_page *evt_page;
	u32 evt_cons;			/* ours: the page's copy is not trusted */
	grant_ref_t evt_gref;
	evtchn_port_t evt_port;
	int evt_irq;

	/* streaming: the node that owns the backend's buffers */
	struct xcam_node *owner;
	spinlock_t buf_lock;		/* at_backend, bufs[], frames, streaming */
	bool streaming;
	struct list_head at_backend;
	struct xcam_buf *bufs[VB2_MAX_FRAME];
	unsigned int num_bufs;		/* created in the backend */
	unsigned int granted;		/* the backend's BUF_REQUEST answer */
	struct xencamera_frame_avail_evt frames[XCAM_EVENTS];
	unsigned int frames_head, frames_tail;
	struct work_struct frame_work;
};

/* ------------------------------------------------------------ transport */

static irqreturn_t xcam_req_irq(int irq, void *dev_id)
{
	struct xcam *cam = dev_id;
	unsigned long flags;
	RING_IDX i, rp;
	int more;

	spin_lock_irqsave(&cam->resp_lock, flags);
	do {
		rp = READ_ONCE(cam->ring.sring->rsp_prod);
		virt_rmb();	/* the responses before rsp_prod */
		if (RING_RESPONSE_PROD_OVERFLOW(&cam->ring, rp)) {
			/* a backend that claims more answers than asked: stop */
			dev_err_ratelimited(&cam->xb->dev, "backend response ring corrupt\n");
			break;
		}
		for (i = cam->ring.rsp_cons; i != rp; i++) {
			struct xencamera_resp *resp = RING_GET_RESPONSE(&cam->ring, i);

			if (resp->id == cam->req_id) {
				cam->resp = *resp;
				complete(&cam->req_done);
			}
		}
		cam->ring.rsp_cons = i;
		RING_FINAL_CHECK_FOR_RESPONSES(&cam->ring, more);
	} while (more);
	spin_unlock_irqrestore(&cam->resp_lock, flags);
	return IRQ_HANDLED;
}

/*
 * Send @req (its id and operation are set here) and wait for the answer.
 * Return: the backend's status, or -EIO when it does not answer.
 */
static int xcam_request(struct xcam *cam, u8 op, struct xencamera_req *req,
			struct xencamera_resp *resp)
{
	struct xencamera_req *slot;
	unsigned long flags;
	int notify, ret;

	mutex_lock(&cam->req_lock);
	if (cam->gone) {
		mutex_unlock(&cam->req_lock);
		return -ENODEV;
	}
	spin_lock_irqsave(&cam->resp_lock, flags);
	reinit_completion(&cam->req_done);
	req->id = ++cam->req_id;
	req->operation = op;
	slot = RING_GET_REQUEST(&cam->ring, cam->ring.req_prod_pvt);
	*slot = *req;
	cam->ring.req_prod_pvt++;
	RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&cam->ring, notify);
	spin_unlock_irqrestore(&cam->resp_lock, flags);
	if (notify)
		notify_remote_via_irq(cam->req_irq);

	if (!wait_for_completion_timeout(&cam->req_done, XCAM_TIMEOUT)) {
		dev_err(&cam->xb->dev, "backend did not answer operation %u\n", op);
		ret = -EIO;
	} else {
		spin_lock_irqsave(&cam->resp_lock, flags);
		if (resp)
			*resp = cam->resp;
		ret = cam->resp.status;
		spin_unlock_irqrestore(&cam->resp_lock, flags);
	}
	mutex_unlock(&cam->req_lock);
	return ret;
}

static int xcam_simple(struct xcam *cam, u8 op, u8 index)
{
	struct xencamera_req req = { };

	req.req.index.index = index;
	return xcam_request(cam, op, &req, NULL);
}

static irqreturn_t xcam_evt_irq(int irq, void *dev_id)
{
	struct xcam *cam = dev_id;
	struct xencamera_event_page *page = cam->evt_page;
	unsigned long flags;
	u32 cons, prod;

	prod = READ_ONCE(page->in_prod);
	virt_rmb();	/* the events before in_prod */
	spin_lock_irqsave(&cam->buf_lock, flags);
	cons = cam->evt_cons;
	if (prod - cons > XENCAMERA_IN_RING_LEN) {
		/* more than the ring holds: a broken backend; skip them all */
		dev_err_ratelimited(&cam->xb->dev, "backend event ring corrupt\n");
		cons = prod;
	}
	for (; cons != prod; cons++) {
		struct xencamera_evt evt = XENCAMERA_IN_RING_REF(page, cons);

		if (evt.type != XENCAMERA_EVT_FRAME_AVAIL || !cam->streaming)
			continue;
		if (cam->frames_head - cam->frames_tail < XCAM_EVENTS)
			cam->frames[cam->frames_head++ % XCAM_EVENTS] = evt.evt.frame_avail;
	}
	cam->evt_cons = cons;
	virt_mb();	/* done reading before the backend may reuse the slots */
	WRITE_ONCE(page->in_cons, cons);
	spin_unlock_irqrestore(&cam->buf_lock, flags);
	schedule_work(&cam->frame_work);
	return IRQ_HANDLED;
}

/* BUF_DEQUEUE each filled buffer, then hand it to videobuf2 */
static void xcam_frame_work(struct work_struct *work)
{
	struct xcam *cam = container_of(work, struct xcam, frame_work);
	struct xencamera_frame_avail_evt f;
	struct xcam_buf *buf;
	unsigned long flags;
	unsigned int p;

	for (;;) {
		spin_lock_irqsave(&cam->buf_lock, flags);
		if (cam->frames_tail == cam->frames_head) {
			spin_unlock_irqrestore(&cam->buf_lock, flags);
			return;
		}
		f = cam->frames[cam->frames_tail++ % XCAM_EVENTS];
		buf = f.index < VB2_MAX_FRAME && cam->streaming ? cam->bufs[f.index] : NULL;
		if (buf && !list_empty(&buf->list))
			list_del_init(&buf->list);
		else
			buf = NULL;	/* not ours (stream stopped): ignore */
		spin_unlock_irqrestore(&cam->buf_lock, flags);
		if (!buf)
			continue;
		if (xcam_simple(cam, XENCAMERA_OP_BUF_DEQUEUE, f.index)) {
			vb2_buffer_done(&buf->vb.vb2_buf, VB2_BUF_STATE_ERROR);
			continue;
		}
		buf->vb.sequence = f.seq_num;
		buf->vb.field = V4L2_FIELD_NONE;
		buf->vb.vb2_buf.timestamp = ktime_get_ns();
		/* what the backend wrote: the frame's bytes, not the whole buffer */
		for (p = 0; p < buf->vb.vb2_buf.num_planes; p++) {
			struct xcam_node *node = vb2_get_drv_priv(buf->vb.vb2_buf.vb2_queue);
			unsigned long used = buf->vb.vb2_buf.num_planes == 1 ?
					     f.used_sz : node->layout.plane_size[p];

			vb2_set_plane_payload(&buf->vb.vb2_buf, p,
					      min(used, vb2_plane_size(&buf->vb.vb2_buf, p)));
		}
		vb2_buffer_done(&buf->vb.vb2_buf, VB2_BUF_STATE_DONE);
	}
}

/* ------------------------------------------------------------ formats */

static const struct xcam_format *xcam_find(struct xcam *cam, u32 code)
{
	unsigned int i;

	for (i = 0; i < cam->num_formats; i++)
		if (cam->formats[i].code == code)
			return &cam->formats[i];
	return NULL;
}

/* the backend's size nearest to @w x @h */
static const struct xcam_size *xcam_nearest(const struct xcam_format *f, u32 w, u32 h)
{
	const struct xcam_size *best = &f->sizes[0];
	u64 best_d = U64_MAX;
	unsigned int i;

	for (i = 0; i < f->num_sizes; i++) {
		const struct xcam_size *s = &f->sizes[i];
		u64 d = abs((s64)s->width - w) + abs((s64)s->height - h);

		if (d < best_d) {
			best = s;
			best_d = d;
		}
	}
	return best;
}

/* code, width and height of a V4L2 format of @node's API */
static void xcam_fmt_get(struct xcam_node *node, const struct v4l2_format *f,
			 u32 *code, u32 *w, u32 *h)
{
	if (node->api == PIXFMT_V4L2_MULTI_PLANAR) {
		*code = f->fmt.pix_mp.pixelformat;
		*w = f->fmt.pix_mp.width;
		*h = f->fmt.pix_mp.height;
	} else {
		*code = f->fmt.pix.pixelformat;
		*w = f->fmt.pix.width;
		*h = f->fmt.pix.height;
	}
}

/*
 * TRY_FMT: a format this node's API can carry (the first one otherwise),
 * the backend's nearest size, and pixfmt's real need for it.
 */
static int xcam_try(struct xcam_node *node, struct v4l2_format *f)
{
	struct xcam *cam = node->cam;
	const struct xcam_format *xf;
	const struct xcam_size *s;
	u32 code, w, h;
	int ret;

	xcam_fmt_get(node, f, &code, &w, &h);
	xf = xcam_find(cam, code);
	if (!xf || (node->api == PIXFMT_V4L2_SINGLE_PLANAR && !pixfmt_v4l2_single_planar(code))) {
		ret = pixfmt_v4l2_enum(cam->codes, cam->num_formats, 0, node->api, &code);
		if (ret)
			return ret;
		xf = xcam_find(cam, code);
	}
	s = xcam_nearest(xf, w, h);
	/* the backend confirms it can deliver this, without changing anything */
	{
		struct xencamera_req req = { };
		struct xencamera_resp resp;

		req.req.config.pixel_format = xf->code;
		req.req.config.width = s->width;
		req.req.config.height = s->height;
		if (xcam_request(cam, XENCAMERA_OP_CONFIG_VALIDATE, &req, &resp) ||
		    resp.resp.config.pixel_format != xf->code)
			return -EINVAL;
	}
	memset(&f->fmt, 0, sizeof(f->fmt));
	if (node->api == PIXFMT_V4L2_MULTI_PLANAR) {
		ret = pixfmt_v4l2_fill_pix_mp(&f->fmt.pix_mp, xf->code, s->width, s->height);
		f->fmt.pix_mp.field = V4L2_FIELD_NONE;
		f->fmt.pix_mp.colorspace = V4L2_COLORSPACE_SRGB;
	} else {
		ret = pixfmt_v4l2_fill_pix(&f->fmt.pix, xf->code, s->width, s->height);
		f->fmt.pix.field = V4L2_FIELD_NONE;
		f->fmt.pix.colorspace = V4L2_COLORSPACE_SRGB;
	}
	return ret;
}

/* pages memory plane @p of @nplanes takes in the backend's buffer */
static unsigned int xcam_plane_pages(const struct pixfmt_xen_layout *l, unsigned int nplanes,
				     unsigned int p)
{
	return DIV_ROUND_UP(nplanes == 1 ? l->size : l->plane_size[p], XEN_PAGE_SIZE);
}

/* pages of memory plane @p of @vb shared with the backend for @l */
static unsigned int xcam_shared_pages(const struct pixfmt_xen_layout *l,
				      struct vb2_buffer *vb, unsigned int p)
{
	return min_t(unsigned int, xcam_plane_pages(l, vb->num_planes, p),
		     DIV_ROUND_UP(vb2_plane_size(vb, p), XEN_PAGE_SIZE));
}

/*
 * Configure the backend for @f (when @set), fetch its buffer layout and
 * check it with pixfmt before using it, against the grants of @vb when
 * given (the pages the layout needs of each plane, no more than the plane
 * has), else against a buffer of the layout's size. On success @f carries
 * the backend's strides and sizes and @layout the checked layout, with the
 * plane offsets this frontend uses (each memory plane at a page boundary).
 */
static int xcam_configure(struct xcam_node *node, struct v4l2_format *f,
			  struct pixfmt_xen_layout *layout, bool set,
			  struct vb2_buffer *vb)
{
	struct xcam *cam = node->cam;
	struct xencamera_req req = { };
	struct xencamera_resp resp;
	struct xencamera_buf_get_layout_resp *bl = &resp.resp.buf_layout;
	char label[PIXFMT_XEN_LABEL_MAX + 1] = "?";
	const char *why = NULL;
	u32 code, w, h, off = 0, num_grefs = 0;
	unsigned int i;
	int ret;

	xcam_fmt_get(node, f, &code, &w, &h);
	pixfmt_xen_label(code, label);
	req.req.config.pixel_format = code;
	req.req.config.width = w;
	req.req.config.height = h;
	/* no buffers of ours: drop any the backend still counts (a failed REQBUFS) */
	if (set && !cam->num_bufs) {
		struct xencamera_req none = { };

		xcam_request(cam, XENCAMERA_OP_BUF_REQUEST, &none, NULL);
	}
	ret = set ? xcam_request(cam, XENCAMERA_OP_CONFIG_SET, &req, &resp) : 0;
	if (set && (ret || resp.resp.config.pixel_format != code ||
		    resp.resp.config.width != w || resp.resp.config.height != h)) {
		dev_warn(&cam->xb->dev, "backend refused %s %ux%u (%d)\n", label, w, h, ret);
		return -EINVAL;
	}
	memset(&req, 0, sizeof(req));
	ret = xcam_request(cam, XENCAMERA_OP_BUF_GET_LAYOUT, &req, &resp);
	if (ret)
		return -EIO;

	memset(layout, 0, sizeof(*layout));
	layout->num_planes = bl->num_planes;
	layout->size = bl->size;
	for (i = 0; i < PIXFMT_MAX_PLANES && i < bl->num_planes; i++) {
		layout->plane_size[i] = bl->plane_size[i];
		layout->plane_stride[i] = bl->plane_stride[i];
		layout->plane_offset[i] = off;
		off += round_up(bl->plane_size[i], XEN_PAGE_SIZE);
	}
	for (i = 0; vb && i < vb->num_planes; i++)
		num_grefs += xcam_shared_pages(layout, vb, i);
	if (!vb)
		num_grefs = DIV_ROUND_UP(bl->size, XEN_PAGE_SIZE);
	ret = pixfmt_xen_check_layout(code, w, h, layout, num_grefs, &why);
	if (ret) {
		dev_warn(&cam->xb->dev, "backend layout refused for %s %ux%u: %s\n",
			 label, w, h, why);
		return -EINVAL;
	}

	if (node->api == PIXFMT_V4L2_MULTI_PLANAR) {
		f->fmt.pix_mp.num_planes = layout->num_planes;
		for (i = 0; i < layout->num_planes; i++) {
			f->fmt.pix_mp.plane_fmt[i].bytesperline = layout->plane_stride[i];
			f->fmt.pix_mp.plane_fmt[i].sizeimage = layout->plane_size[i];
		}
	} else {
		f->fmt.pix.bytesperline = layout->plane_stride[0];
		f->fmt.pix.sizeimage = layout->size;
	}
	return 0;
}

/* ------------------------------------------------------------ videobuf2 */

static int xcam_queue_setup(struct vb2_queue *q, unsigned int *nbuffers,
			    unsigned int *nplanes, unsigned int sizes[],
			    struct device *alloc_devs[])
{
	struct xcam_node *node = vb2_get_drv_priv(q);
	struct xcam *cam = node->cam;
	struct pixfmt_xen_layout layout;
	struct xencamera_req req = { };
	struct xencamera_resp resp;
	unsigned int i;
	int ret;

	if (cam->owner && cam->owner != node && cam->num_bufs)
		return -EBUSY;
	if (cam->num_bufs) {
		/*
		 * More buffers (CREATE_BUFS, or vb2 asking again after a
		 * partial allocation): the protocol allows no new
		 * configuration or count then, only what was granted.
		 */
		layout = node->layout;
	} else {
		ret = xcam_configure(node, &node->fmt, &layout, true, NULL);
		if (ret)
			return ret;
		node->layout = layout;
		/* a new configuration resets the backend's frame rate */
		req.req.frame_rate.frame_rate_numer = node->rate.numerator;
		req.req.frame_rate.frame_rate_denom = node->rate.denominator;
		xcam_request(cam, XENCAMERA_OP_FRAME_RATE_SET, &req, NULL);
		memset(&req, 0, sizeof(req));
		/* as many as the backend allows: CREATE_BUFS may add some later */
		req.req.buf_request.num_bufs = cam->max_buffers;
		ret = xcam_request(cam, XENCAMERA_OP_BUF_REQUEST, &req, &resp);
		if (ret || !resp.resp.buf_request.num_bufs)
			return ret ? -EIO : -ENOMEM;
		cam->granted = min_t(unsigned int, resp.resp.buf_request.num_bufs,
				     cam->max_buffers);
	}

	if (*nplanes) {
		if (*nplanes != layout.num_planes)
			return -EINVAL;
		for (i = 0; i < *nplanes; i++)
			if (sizes[i] < layout.plane_size[i])
				return -EINVAL;
	} else {
		*nplanes = layout.num_planes;
		for (i = 0; i < layout.num_planes; i++)
			sizes[i] = layout.plane_size[i];
		if (layout.num_planes == 1)
			sizes[0] = layout.size;
	}
	if (cam->granted <= cam->num_bufs)
		return -ENOMEM;
	*nbuffers = min(*nbuffers, cam->granted - cam->num_bufs);
	cam->owner = node;
	return 0;
}

/*
 * Share the buffer's pages through a grant page directory and create it in
 * the backend, after checking the layout against the grants shared.
 */
static int xcam_buf_init(struct vb2_buffer *vb)
{
	struct xcam_node *node = vb2_get_drv_priv(vb->vb2_queue);
	struct xcam *cam = node->cam;
	struct xcam_buf *buf = container_of(to_vb2_v4l2_buffer(vb), struct xcam_buf, vb);
	struct xen_front_pgdir_shbuf_cfg cfg = { };
	struct xencamera_req req = { };
	struct pixfmt_xen_layout layout;
	unsigned int p, n = 0, num_pages = 0;
	unsigned long flags;
	u32 offset = 0;
	int ret;

	/* the layout as the backend states it now, against these grants */
	ret = xcam_configure(node, &node->fmt, &layout, false, vb);
	if (ret)
		return ret;
	for (p = 0; p < vb->num_planes; p++)
		num_pages += xcam_shared_pages(&layout, vb, p);

	buf->pages = kvcalloc(num_pages, sizeof(*buf->pages), GFP_KERNEL);
	if (!buf->pages)
		return -ENOMEM;
	for (p = 0; p < vb->num_planes; p++) {
		u8 *vaddr = vb2_plane_vaddr(vb, p);
		unsigned int k, pages = xcam_shared_pages(&layout, vb, p);

		req.req.buf_create.plane_offset[p] = offset;
		offset += pages * XEN_PAGE_SIZE;
		for (k = 0; k < pages; k++)
			buf->pages[n++] = vmalloc_to_page(vaddr + k * XEN_PAGE_SIZE);
	}
	cfg.xb_dev = cam->xb;
	cfg.num_pages = num_pages;
	cfg.pages = buf->pages;
	cfg.pgdir = &buf->shbuf;
	cfg.be_alloc = false;
	ret = xen_front_pgdir_shbuf_alloc(&cfg);
	if (ret)
		goto free_pages;

	req.req.buf_create.index = vb->index;
	req.req.buf_create.gref_directory = xen_front_pgdir_shbuf_get_dir_start(&buf->shbuf);
	ret = xcam_request(cam, XENCAMERA_OP_BUF_CREATE, &req, NULL);
	if (ret) {
		dev_warn(&cam->xb->dev, "backend refused buffer %u (%d)\n", vb->index, ret);
		ret = -EIO;
		goto free_shbuf;
	}
	buf->created = true;
	INIT_LIST_HEAD(&buf->list);
	spin_lock_irqsave(&cam->buf_lock, flags);
	cam->bufs[vb->index] = buf;
	spin_unlock_irqrestore(&cam->buf_lock, flags);
	cam->num_bufs++;
	return 0;

free_shbuf:
	xen_front_pgdir_shbuf_free(&buf->shbuf);
free_pages:
	kvfree(buf->pages);
	buf->pages = NULL;
	return ret;
}

static void xcam_buf_cleanup(struct vb2_buffer *vb)
{
	struct xcam_node *node = vb2_get_drv_priv(vb->vb2_queue);
	struct xcam *cam = node->cam;
	struct xcam_buf *buf = container_of(to_vb2_v4l2_buffer(vb), struct xcam_buf, vb);
	unsigned long flags;

	if (!buf->created)
		return;
	spin_lock_irqsave(&cam->buf_lock, flags);
	cam->bufs[vb->index] = NULL;
	spin_unlock_irqrestore(&cam->buf_lock, flags);
	xcam_simple(cam, XENCAMERA_OP_BUF_DESTROY, vb->index);
	xen_front_pgdir_shbuf_free(&buf->shbuf);
	kvfree(buf->pages);
	buf->pages = NULL;
	buf->created = false;
	if (!--cam->num_bufs) {
		struct xencamera_req req = { };

		xcam_request(cam, XENCAMERA_OP_BUF_REQUEST, &req, NULL);
		cam->owner = NULL;
	}
}

static int xcam_buf_prepare(struct vb2_buffer *vb)
{
	unsigned int p;

	for (p = 0; p < vb->num_planes; p++)
		vb2_set_plane_payload(vb, p, vb2_plane_size(vb, p));
	return 0;
}

static void xcam_buf_queue(struct vb2_buffer *vb)
{
	struct xcam_node *node = vb2_get_drv_priv(vb->vb2_queue);
	struct xcam *cam = node->cam;
	struct xcam_buf *buf = container_of(to_vb2_v4l2_buffer(vb), struct xcam_buf, vb);
	unsigned long flags;

	spin_lock_irqsave(&cam->buf_lock, flags);
	list_add_tail(&buf->list, &cam->at_backend);
	spin_unlock_irqrestore(&cam->buf_lock, flags);
	if (xcam_simple(cam, XENCAMERA_OP_BUF_QUEUE, vb->index)) {
		bool ours;

		spin_lock_irqsave(&cam->buf_lock, flags);
		ours = !list_empty(&buf->list);
		list_del_init(&buf->list);
		spin_unlock_irqrestore(&cam->buf_lock, flags);
		if (ours)	/* else the frame work completed it */
			vb2_buffer_done(vb, VB2_BUF_STATE_ERROR);
	}
}

/* give back every buffer the backend holds */
static void xcam_return_all(struct xcam *cam, enum vb2_buffer_state state)
{
	struct xcam_buf *buf;
	unsigned long flags;

	for (;;) {
		spin_lock_irqsave(&cam->buf_lock, flags);
		buf = list_first_entry_or_null(&cam->at_backend, struct xcam_buf, list);
		if (buf)
			list_del_init(&buf->list);
		spin_unlock_irqrestore(&cam->buf_lock, flags);
		if (!buf)
			return;
		vb2_buffer_done(&buf->vb.vb2_buf, state);
	}
}

static void xcam_set_streaming(struct xcam *cam, bool on)
{
	unsigned long flags;

	spin_lock_irqsave(&cam->buf_lock, flags);
	cam->streaming = on;
	cam->frames_tail = cam->frames_head;	/* forget frames not handed over */
	spin_unlock_irqrestore(&cam->buf_lock, flags);
}

static int xcam_start_streaming(struct vb2_queue *q, unsigned int count)
{
	struct xcam_node *node = vb2_get_drv_priv(q);
	int ret;

	xcam_set_streaming(node->cam, true);
	ret = xcam_simple(node->cam, XENCAMERA_OP_STREAM_START, 0);
	if (ret) {
		/* the backend drops the queued buffers, which go back to vb2 */
		xcam_simple(node->cam, XENCAMERA_OP_STREAM_STOP, 0);
		xcam_set_streaming(node->cam, false);
		xcam_return_all(node->cam, VB2_BUF_STATE_QUEUED);
		return -EIO;
	}
	return 0;
}

/*
 * No frame is taken once streaming is off; a frame being handed over
 * finishes before the rest are given back.
 */
static void xcam_stop_streaming(struct vb2_queue *q)
{
	struct xcam_node *node = vb2_get_drv_priv(q);
	struct xcam *cam = node->cam;

	xcam_set_streaming(cam, false);
	xcam_simple(cam, XENCAMERA_OP_STREAM_STOP, 0);
	flush_work(&cam->frame_work);
	xcam_return_all(cam, VB2_BUF_STATE_ERROR);
}

static const struct vb2_ops xcam_vb2_ops = {
	.queue_setup = xcam_queue_setup,
	.buf_init = xcam_buf_init,
	.buf_prepare = xcam_buf_prepare,
	.buf_cleanup = xcam_buf_cleanup,
	.buf_queue = xcam_buf_queue,
	.start_streaming = xcam_start_streaming,
	.stop_streaming = xcam_stop_streaming,
	.wait_prepare = vb2_ops_wait_prepare,
	.wait_finish = vb2_ops_wait_finish,
};

/* ------------------------------------------------------------ V4L2 ioctls */

static int xcam_querycap(struct file *file, void *fh, struct v4l2_capability *cap)
{
	struct xcam_node *node = video_drvdata(file);

	strscpy(cap->driver, "xen-camera-front", sizeof(cap->driver));
	strscpy(cap->card, "Xen para-virtual camera", sizeof(cap->card));
	/* v4l2-compliance knows no "xen:" bus prefix */
	snprintf(cap->bus_info, sizeof(cap->bus_info), "platform:%s",
		 dev_name(&node->cam->xb->dev));
	return 0;
}

static int xcam_enum_fmt(struct file *file, void *fh, struct v4l2_fmtdesc *f)
{
	struct xcam_node *node = video_drvdata(file);
	struct xcam *cam = node->cam;

	return pixfmt_v4l2_enum(cam->codes, cam->num_formats, f->index, node->api,
				&f->pixelformat);
}

static int xcam_g_fmt(struct file *file, void *fh, struct v4l2_format *f)
{
	struct xcam_node *node = video_drvdata(file);

	f->fmt = node->fmt.fmt;
	return 0;
}

static int xcam_try_fmt(struct file *file, void *fh, struct v4l2_format *f)
{
	return xcam_try(video_drvdata(file), f);
}

static int xcam_s_fmt(struct file *file, void *fh, struct v4l2_format *f)
{
	struct xcam_node *node = video_drvdata(file);
	struct pixfmt_xen_layout layout;
	int ret;

	if (vb2_is_busy(&node->queue) ||
	    (node->cam->owner && node->cam->owner != node && node->cam->num_bufs))
		return -EBUSY;
	ret = xcam_try(node, f);
	if (ret)
		return ret;
	ret = xcam_configure(node, f, &layout, true, NULL);
	if (ret)
		return ret;
	node->fmt = *f;
	node->layout = layout;
	return 0;
}

static int xcam_enum_framesizes(struct file *file, void *fh, struct v4l2_frmsizeenum *fs)
{
	struct xcam_node *node = video_drvdata(file);
	const struct xcam_format *xf = xcam_find(node->cam, fs->pixel_format);

	if (!xf || fs->index >= xf->num_sizes)
		return -EINVAL;
	fs->type = V4L2_FRMSIZE_TYPE_DISCRETE;
	fs->discrete.width = xf->sizes[fs->index].width;
	fs->discrete.height = xf->sizes[fs->index].height;
	return 0;
}

static const struct xcam_size *xcam_size_of(struct xcam *cam, u32 code, u32 w, u32 h)
{
	const struct xcam_format *xf = xcam_find(cam, code);
	unsigned int i;

	for (i = 0; xf && i < xf->num_sizes; i++)
		if (xf->sizes[i].width == w && xf->sizes[i].height == h)
			return &xf->sizes[i];
	return NULL;
}

static int xcam_enum_frameintervals(struct file *file, void *fh,
				    struct v4l2_frmivalenum *fi)
{
	struct xcam_node *node = video_drvdata(file);
	const struct xcam_size *s = xcam_size_of(node->cam, fi->pixel_format,
						 fi->width, fi->height);

	if (!s || fi->index >= s->num_rates)
		return -EINVAL;
	fi->type = V4L2_FRMIVAL_TYPE_DISCRETE;
	fi->discrete.numerator = s->rates[fi->index].denominator;
	fi->discrete.denominator = s->rates[fi->index].numerator;
	return 0;
}

static int xcam_g_parm(struct file *file, void *fh, struct v4l2_streamparm *a)
{
	struct xcam_node *node = video_drvdata(file);

	if (a->type != node->queue.type)
		return -EINVAL;
	a->parm.capture.capability = V4L2_CAP_TIMEPERFRAME;
	a->parm.capture.timeperframe.numerator = node->rate.denominator;
	a->parm.capture.timeperframe.denominator = node->rate.numerator;
	/* read() (single-planar only) works on two buffers */
	a->parm.capture.readbuffers = node->api == PIXFMT_V4L2_SINGLE_PLANAR ? 2 : 0;
	return 0;
}

static int xcam_s_parm(struct file *file, void *fh, struct v4l2_streamparm *a)
{
	struct xcam_node *node = video_drvdata(file);
	struct v4l2_fract *t = &a->parm.capture.timeperframe;
	const struct xcam_size *s;
	u32 code, w, h;
	unsigned int i;
	u64 best_d = U64_MAX;

	if (a->type != node->queue.type)
		return -EINVAL;
	xcam_fmt_get(node, &node->fmt, &code, &w, &h);
	s = xcam_size_of(node->cam, code, w, h);
	if (!s || !s->num_rates)
		return -EINVAL;
	node->rate = s->rates[0];
	/* the supported rate nearest to the asked one, in frames per 1000 s */
	for (i = 0; t->numerator && t->denominator && i < s->num_rates; i++) {
		u64 want = div_u64((u64)t->denominator * 1000, t->numerator);
		u64 have = div_u64((u64)s->rates[i].numerator * 1000, s->rates[i].denominator);
		u64 d = want > have ? want - have : have - want;

		if (d < best_d) {
			best_d = d;
			node->rate = s->rates[i];
		}
	}
	if (!vb2_is_streaming(&node->queue) &&
	    (!node->cam->owner || node->cam->owner == node)) {
		struct xencamera_req req = { };

		req.req.frame_rate.frame_rate_numer = node->rate.numerator;
		req.req.frame_rate.frame_rate_denom = node->rate.denominator;
		xcam_request(node->cam, XENCAMERA_OP_FRAME_RATE_SET, &req, NULL);
	}
	return xcam_g_parm(file, fh, a);
}

static int xcam_enum_input(struct file *file, void *fh, struct v4l2_input *inp)
{
	if (inp->index)
		return -EINVAL;
	inp->type = V4L2_INPUT_TYPE_CAMERA;
	strscpy(inp->name, "Camera", sizeof(inp->name));
	return 0;
}

static int xcam_g_input(struct file *file, void *fh, unsigned int *i)
{
	*i = 0;
	return 0;
}

static int xcam_s_input(struct file *file, void *fh, unsigned int i)
{
	return i ? -EINVAL : 0;
}

/* each device answers only its own API's format ioctls */
static const struct v4l2_ioctl_ops xcam_ioctl_ops_sp = {
	.vidioc_g_fmt_vid_cap = xcam_g_fmt,
	.vidioc_try_fmt_vid_cap = xcam_try_fmt,
	.vidioc_s_fmt_vid_cap = xcam_s_fmt,
	.vidioc_querycap = xcam_querycap,
	.vidioc_enum_fmt_vid_cap = xcam_enum_fmt,
	.vidioc_enum_framesizes = xcam_enum_framesizes,
	.vidioc_enum_frameintervals = xcam_enum_frameintervals,
	.vidioc_g_parm = xcam_g_parm,
	.vidioc_s_parm = xcam_s_parm,
	.vidioc_enum_input = xcam_enum_input,
	.vidioc_g_input = xcam_g_input,
	.vidioc_s_input = xcam_s_input,
	.vidioc_reqbufs = vb2_ioctl_reqbufs,
	.vidioc_create_bufs = vb2_ioctl_create_bufs,
	.vidioc_prepare_buf = vb2_ioctl_prepare_buf,
	.vidioc_querybuf = vb2_ioctl_querybuf,
	.vidioc_qbuf = vb2_ioctl_qbuf,
	.vidioc_dqbuf = vb2_ioctl_dqbuf,
	.vidioc_expbuf = vb2_ioctl_expbuf,
	.vidioc_streamon = vb2_ioctl_streamon,
	.vidioc_streamoff = vb2_ioctl_streamoff,
	.vidioc_log_status = v4l2_ctrl_log_status,
	.vidioc_subscribe_event = v4l2_ctrl_subscribe_event,
	.vidioc_unsubscribe_event = v4l2_event_unsubscribe,
};

static const struct v4l2_ioctl_ops xcam_ioctl_ops_mp = {
	.vidioc_g_fmt_vid_cap_mplane = xcam_g_fmt,
	.vidioc_try_fmt_vid_cap_mplane = xcam_try_fmt,
	.vidioc_s_fmt_vid_cap_mplane = xcam_s_fmt,
	.vidioc_querycap = xcam_querycap,
	.vidioc_enum_fmt_vid_cap = xcam_enum_fmt,
	.vidioc_enum_framesizes = xcam_enum_framesizes,
	.vidioc_enum_frameintervals = xcam_enum_frameintervals,
	.vidioc_g_parm = xcam_g_parm,
	.vidioc_s_parm = xcam_s_parm,
	.vidioc_enum_input = xcam_enum_input,
	.vidioc_g_input = xcam_g_input,
	.vidioc_s_input = xcam_s_input,
	.vidioc_reqbufs = vb2_ioctl_reqbufs,
	.vidioc_create_bufs = vb2_ioctl_create_bufs,
	.vidioc_prepare_buf = vb2_ioctl_prepare_buf,
	.vidioc_querybuf = vb2_ioctl_querybuf,
	.vidioc_qbuf = vb2_ioctl_qbuf,
	.vidioc_dqbuf = vb2_ioctl_dqbuf,
	.vidioc_expbuf = vb2_ioctl_expbuf,
	.vidioc_streamon = vb2_ioctl_streamon,
	.vidioc_streamoff = vb2_ioctl_streamoff,
	.vidioc_log_status = v4l2_ctrl_log_status,
	.vidioc_subscribe_event = v4l2_ctrl_subscribe_event,
	.vidioc_unsubscribe_event = v4l2_event_unsubscribe,
};

static const struct v4l2_file_operations xcam_fops = {
	.owner = THIS_MODULE,
	.open = v4l2_fh_open,
	.release = vb2_fop_release,
	.read = vb2_fop_read,
	.poll = vb2_fop_poll,
	.mmap = vb2_fop_mmap,
	.unlocked_ioctl = video_ioctl2,
};

/* ------------------------------------------------------------ devices */

static int xcam_node_init(struct xcam *cam, unsigned int i)
{
	struct xcam_node *node = &cam->nodes[i];
	struct video_device *vdev = &node->vdev;
	struct vb2_queue *q = &node->queue;
	bool mp = i == 1;
	int ret;

	node->cam = cam;
	node->api = mp ? PIXFMT_V4L2_MULTI_PLANAR : PIXFMT_V4L2_SINGLE_PLANAR;
	q->type = mp ? V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE : V4L2_BUF_TYPE_VIDEO_CAPTURE;
	/* vb2's read() emulation handles one memory plane only */
	q->io_modes = mp ? VB2_MMAP : VB2_MMAP | VB2_READ;
	q->drv_priv = node;
	q->buf_struct_size = sizeof(struct xcam_buf);
	q->ops = &xcam_vb2_ops;
	q->mem_ops = &vb2_vmalloc_memops;
	q->timestamp_flags = V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
	q->lock = &cam->lock;
	q->dev = &cam->xb->dev;
	ret = vb2_queue_init(q);
	if (ret)
		return ret;

	/* the backend's current configuration if this API can carry it, else its first format */
	node->fmt.type = q->type;
	{
		struct xencamera_req req = { };
		struct xencamera_resp resp;

		if (!xcam_request(cam, XENCAMERA_OP_CONFIG_GET, &req, &resp)) {
			if (mp) {
				node->fmt.fmt.pix_mp.pixelformat = resp.resp.config.pixel_format;
				node->fmt.fmt.pix_mp.width = resp.resp.config.width;
				node->fmt.fmt.pix_mp.height = resp.resp.config.height;
			} else {
				node->fmt.fmt.pix.pixelformat = resp.resp.config.pixel_format;
				node->fmt.fmt.pix.width = resp.resp.config.width;
				node->fmt.fmt.pix.height = resp.resp.config.height;
			}
		}
	}
	if (xcam_try(node, &node->fmt))
		return -ENODEV;
	{
		u32 code, w, h;
		const struct xcam_size *s;

		xcam_fmt_get(node, &node->fmt, &code, &w, &h);
		s = xcam_size_of(cam, code, w, h);
		node->rate = s && s->num_rates ? s->rates[0] : (struct v4l2_fract){ 30, 1 };
	}

	snprintf(vdev->name, sizeof(vdev->name), "xen-camera %s", mp ? "mplane" : "capture");
	vdev->fops = &xcam_fops;
	vdev->ioctl_ops = mp ? &xcam_ioctl_ops_mp : &xcam_ioctl_ops_sp;
	vdev->release = video_device_release_empty;
	vdev->v4l2_dev = &cam->v4l2;
	vdev->queue = q;
	vdev->lock = &cam->lock;
	vdev->device_caps = V4L2_CAP_STREAMING |
			    (mp ? V4L2_CAP_VIDEO_CAPTURE_MPLANE :
				  V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_READWRITE);
	video_set_drvdata(vdev, node);
	return video_register_device(vdev, VFL_TYPE_VIDEO, -1);
}

/* the last reference to the v4l2 device: no file is open any more */
static void xcam_release(struct v4l2_device *v4l2)
{
	kfree(container_of(v4l2, struct xcam, v4l2));
}

static int xcam_register(struct xcam *cam)
{
	bool sp = false;
	unsigned int i;
	u32 code;
	int ret;

	ret = v4l2_device_register(&cam->xb->dev, &cam->v4l2);
	if (ret)
		return ret;
	cam->v4l2.release = xcam_release;
	cam->v4l2_ref = true;
	v4l2_ctrl_handler_init(&cam->ctrls, 0);
	cam->v4l2.ctrl_handler = &cam->ctrls;
	sp = !pixfmt_v4l2_enum(cam->codes, cam->num_formats, 0, PIXFMT_V4L2_SINGLE_PLANAR, &code);
	for (i = sp ? 0 : 1; i < 2; i++) {
		ret = xcam_node_init(cam, i);
		if (ret)
			return ret;
	}
	cam->registered = true;
	dev_info(&cam->xb->dev, "%u formats, devices %s%s%s\n", cam->num_formats,
		 sp ? video_device_node_name(&cam->nodes[0].vdev) : "",
		 sp ? " (single-planar), " : "",
		 video_device_node_name(&cam->nodes[1].vdev));
	return 0;
}

static void xcam_unregister(struct xcam *cam)
{
	unsigned int i;

	for (i = 0; i < 2; i++)
		if (video_is_registered(&cam->nodes[i].vdev))
			vb2_video_unregister_device(&cam->nodes[i].vdev);
	if (cam->v4l2.dev) {
		v4l2_ctrl_handler_free(&cam->ctrls);
		v4l2_device_unregister(&cam->v4l2);
	}
	cam->registered = false;
}

/* ------------------------------------------------------------ XenStore */

/* "30/1,15/1" */
static void xcam_parse_rates(struct xcam_size *s, const char *list)
{
	const char *p = list;

	while (*p && s->num_rates < XCAM_MAX_RATES) {
		unsigned int num, den;
		int n = 0;

		if (sscanf(p, "%u/%u%n", &num, &den, &n) != 2 || !num || !den)
			break;
		s->rates[s->num_rates++] = (struct v4l2_fract){ num, den };
		p += n;
		if (*p != ',')
			break;
		p++;
	}
}

/* the sizes of one format, and the frame rates of each */
static void xcam_read_sizes(struct xcam *cam, struct xcam_format *f, const char *label)
{
	struct xenbus_device *xb = cam->xb;
	unsigned int i, n = 0;
	char **sizes, *dir;

	dir = kasprintf(GFP_KERNEL, "%s/" XENCAMERA_FIELD_FORMATS "/%s", xb->nodename, label);
	if (!dir)
		return;
	sizes = xenbus_directory(XBT_NIL, dir, "", &n);
	for (i = 0; !IS_ERR(sizes) && i < n && f->num_sizes < XCAM_MAX_SIZES; i++) {
		struct xcam_size *s = &f->sizes[f->num_sizes];
		char *path, *rates;

		memset(s, 0, sizeof(*s));
		if (sscanf(sizes[i], "%ux%u", &s->width, &s->height) != 2 ||
		    !s->width || !s->height) {
			dev_warn(&xb->dev, "format %s: size \"%s\" refused\n", label, sizes[i]);
			continue;
		}
		path = kasprintf(GFP_KERNEL, "%s/%s", dir, sizes[i]);
		rates = path ? xenbus_read(XBT_NIL, path, XENCAMERA_FIELD_FRAME_RATES, NULL) : NULL;
		if (!IS_ERR_OR_NULL(rates)) {
			xcam_parse_rates(s, rates);
			kfree(rates);
		}
		kfree(path);
		if (!s->num_rates)
			s->rates[s->num_rates++] = (struct v4l2_fract){ 30, 1 };
		f->num_sizes++;
	}
	if (!IS_ERR(sizes))
		kfree(sizes);
	kfree(dir);
}

/*
 * The backend's formats: each label parsed with pixfmt's label rule and its
 * code known to pixfmt, or refused with one log line.
 */
static int xcam_read_config(struct xcam *cam)
{
	struct xenbus_device *xb = cam->xb;
	unsigned int i, n = 0;
	char **labels;

	if (xenbus_scanf(XBT_NIL, xb->nodename, XENCAMERA_FIELD_MAX_BUFFERS, "%u",
			 &cam->max_buffers) != 1 || !cam->max_buffers)
		cam->max_buffers = 2;
	cam->max_buffers = min_t(unsigned int, cam->max_buffers, VB2_MAX_FRAME);

	labels = xenbus_directory(XBT_NIL, xb->nodename, XENCAMERA_FIELD_FORMATS, &n);
	if (IS_ERR(labels))
		return PTR_ERR(labels);
	for (i = 0; i < n; i++) {
		struct xcam_format *f = &cam->formats[cam->num_formats];
		u32 code;

		if (cam->num_formats == XCAM_MAX_FORMATS) {
			dev_warn(&xb->dev, "more than %u formats: the rest are ignored\n",
				 XCAM_MAX_FORMATS);
			break;
		}
		if (pixfmt_xen_parse_label(labels[i], &code)) {
			dev_warn(&xb->dev, "format label \"%s\" refused: not a label by xen/io/cameraif.h\n",
				 labels[i]);
			continue;
		}
		if (!pixfmt_v4l2_format(code)) {
			dev_warn(&xb->dev, "format %s refused: not a V4L2 format pixfmt knows\n",
				 labels[i]);
			continue;
		}
		memset(f, 0, sizeof(*f));
		f->code = code;
		strscpy(f->label, labels[i], sizeof(f->label));
		xcam_read_sizes(cam, f, labels[i]);
		if (!f->num_sizes) {
			dev_warn(&xb->dev, "format %s refused: no frame size\n", labels[i]);
			continue;
		}
		cam->codes[cam->num_formats++] = code;
	}
	kfree(labels);
	return cam->num_formats ? 0 : -ENODEV;
}

static void xcam_free_transport(struct xcam *cam)
{
	if (cam->req_irq > 0)
		unbind_from_irqhandler(cam->req_irq, cam);
	if (cam->evt_irq > 0)
		unbind_from_irqhandler(cam->evt_irq, cam);
	cam->req_irq = 0;
	cam->evt_irq = 0;
	if (cam->ring.sring)
		xenbus_teardown_ring((void **)&cam->ring.sring, 1, &cam->ring_gref);
	if (cam->evt_page)
		xenbus_teardown_ring((void **)&cam->evt_page, 1, &cam->evt_gref);
}

/* rings, event channels, and the nodes that publish them */
static int xcam_setup_transport(struct xcam *cam)
{
	struct xenbus_device *xb = cam->xb;
	struct xen_cameraif_sring *sring;
	struct xenbus_transaction xbt;
	int ret;

	ret = xenbus_setup_ring(xb, GFP_KERNEL, (void **)&sring, 1, &cam->ring_gref);
	if (ret)
		return ret;
	XEN_FRONT_RING_INIT(&cam->ring, sring, XEN_PAGE_SIZE);
	ret = xenbus_setup_ring(xb, GFP_KERNEL, (void **)&cam->evt_page, 1, &cam->evt_gref);
	if (ret)
		goto fail;
	ret = xenbus_alloc_evtchn(xb, &cam->req_port);
	if (ret)
		goto fail;
	ret = bind_evtchn_to_irqhandler(cam->req_port, xcam_req_irq, 0, "xen-camera-req", cam);
	if (ret < 0)
		goto fail;
	cam->req_irq = ret;
	ret = xenbus_alloc_evtchn(xb, &cam->evt_port);
	if (ret)
		goto fail;
	ret = bind_evtchn_to_irqhandler(cam->evt_port, xcam_evt_irq, 0, "xen-camera-evt", cam);
	if (ret < 0)
		goto fail;
	cam->evt_irq = ret;

again:
	ret = xenbus_transaction_start(&xbt);
	if (ret)
		goto fail;
	ret = xenbus_printf(xbt, xb->nodename, XENCAMERA_FIELD_REQ_RING_REF, "%u",
			    cam->ring_gref) ?:
	      xenbus_printf(xbt, xb->nodename, XENCAMERA_FIELD_REQ_CHANNEL, "%u", cam->req_port) ?:
	      xenbus_printf(xbt, xb->nodename, XENCAMERA_FIELD_EVT_RING_REF, "%u", cam->evt_gref) ?:
	      xenbus_printf(xbt, xb->nodename, XENCAMERA_FIELD_EVT_CHANNEL, "%u", cam->evt_port) ?:
	      xenbus_printf(xbt, xb->nodename, XENCAMERA_FIELD_FE_VERSION, "%u", 1);
	if (ret) {
		xenbus_transaction_end(xbt, 1);
		goto fail;
	}
	ret = xenbus_transaction_end(xbt, 0);
	if (ret == -EAGAIN)
		goto again;
	if (ret)
		goto fail;
	return 0;

fail:
	xenbus_dev_fatal(xb, ret, "setting up the camera transport");
	xcam_free_transport(cam);
	return ret;
}

static void xcam_backend_changed(struct xenbus_device *xb, enum xenbus_state state)
{
	struct xcam *cam = dev_get_drvdata(&xb->dev);

	switch (state) {
	case XenbusStateInitWait:
		if (xb->state != XenbusStateInitialising)
			break;
		if (xcam_read_config(cam)) {
			xenbus_dev_fatal(xb, -ENODEV, "no camera format pixfmt can check");
			break;
		}
		if (!xcam_setup_transport(cam))
			xenbus_switch_state(xb, XenbusStateInitialised);
		break;
	case XenbusStateConnected:
		if (xb->state != XenbusStateInitialised)
			break;
		if (xcam_register(cam)) {
			xcam_unregister(cam);
			xenbus_dev_fatal(xb, -ENODEV, "registering the video devices");
			break;
		}
		xenbus_switch_state(xb, XenbusStateConnected);
		break;
	case XenbusStateClosing:
	case XenbusStateClosed:
		if (xb->state == XenbusStateClosed)
			break;
		/* a closing backend answers nothing: do not wait for it */
		mutex_lock(&cam->req_lock);
		cam->gone = true;
		mutex_unlock(&cam->req_lock);
		xcam_unregister(cam);
		xenbus_frontend_closed(xb);
		break;
	default:
		break;
	}
}

static int xcam_probe(struct xenbus_device *xb, const struct xenbus_device_id *id)
{
	struct xcam *cam;

	/* not devm: an open file outlives remove(); xcam_release() frees it */
	cam = kzalloc(sizeof(*cam), GFP_KERNEL);
	if (!cam)
		return -ENOMEM;
	cam->xb = xb;
	mutex_init(&cam->lock);
	mutex_init(&cam->req_lock);
	spin_lock_init(&cam->resp_lock);
	spin_lock_init(&cam->buf_lock);
	init_completion(&cam->req_done);
	INIT_LIST_HEAD(&cam->at_backend);
	INIT_WORK(&cam->frame_work, xcam_frame_work);
	dev_set_drvdata(&xb->dev, cam);
	return xenbus_switch_state(xb, XenbusStateInitialising);
}

static void xcam_remove(struct xenbus_device *xb)
{
	struct xcam *cam = dev_get_drvdata(&xb->dev);

	/* streaming stops here, with the transport still up */
	xcam_unregister(cam);
	/* no event schedules the frame work any more, then none runs */
	if (cam->evt_irq > 0)
		unbind_from_irqhandler(cam->evt_irq, cam);
	cam->evt_irq = 0;
	cancel_work_sync(&cam->frame_work);
	mutex_lock(&cam->req_lock);
	cam->gone = true;	/* an open file's last close sends nothing */
	mutex_unlock(&cam->req_lock);
	xcam_free_transport(cam);
	if (cam->v4l2_ref)
		v4l2_device_put(&cam->v4l2);
	else
		kfree(cam);
}

static const struct xenbus_device_id xcam_ids[] = {
	{ XENCAMERA_DRIVER_NAME },
	{ "" }
};

static struct xenbus_driver xcam_driver = {
	.ids = xcam_ids,
	.probe = xcam_probe,
	.remove = xcam_remove,
	.otherend_changed = xcam_backend_changed,
	.not_essential = true,
};

static int __init xcam_init(void)
{
	if (!xen_domain())
		return -ENODEV;
	return xenbus_register_frontend(&xcam_driver);
}

static void __exit xcam_exit(void)
{
	xenbus_unregister_driver(&xcam_driver);
}

module_init(xcam_init);
module_exit(xcam_exit);

MODULE_DESCRIPTION("Xen para-virtual camera frontend on pixfmt");
MODULE_LICENSE("Dual MIT/GPL");
MODULE_ALIAS("xen:" XENCAMERA_DRIVER_NAME);
