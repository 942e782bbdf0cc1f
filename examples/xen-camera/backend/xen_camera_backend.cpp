// xen-camera-backend: a dom0 user-space backend for the Xen para-virtual
// camera protocol (xen/io/cameraif.h), the dom0 half of pixfmt's Xen camera
// example. It does the toolstack's part too: it publishes the formats of a
// config file. It answers BUF_GET_LAYOUT with pixfmt's real need (broken on
// purpose for a config line with a fault), checks every buffer the frontend
// shares with pixfmt::xen::check_layout() before mapping it, and fills queued
// buffers with the example's test pattern. The contract: ../CONTRACT.md.
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <unistd.h>

// The Xen headers as the Xen tools use them: the current interface, barriers
// of our own (ring.h leaves them to the includer) and C linkage (the library
// headers declare none).
#define __XEN_TOOLS__ 1
#define xen_mb() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define xen_rmb() __atomic_thread_fence(__ATOMIC_ACQUIRE)
#define xen_wmb() __atomic_thread_fence(__ATOMIC_RELEASE)
extern "C" {
#include <xenevtchn.h>
#include <xengnttab.h>
#include <xenstore.h>
#include <xen/errno.h>
#include <xen/io/cameraif.h>
#include <xen/io/xenbus.h>
}

#include <pixfmt/pixfmt.hpp>

#include "../pattern.h"

namespace {

constexpr std::uint32_t page_size = pixfmt::xen::page_size;

struct fatal : std::runtime_error {
	using std::runtime_error::runtime_error;
};
struct usage_error : std::runtime_error {
	using std::runtime_error::runtime_error;
};

std::string sys_error(const std::string &what)
{
	return what + ": " + std::strerror(errno);
}

// One line of the log, flushed: whoever reads the pipe sees it at once.
[[gnu::format(printf, 1, 2)]] void say(const char *fmt, ...)
{
	std::fputs("xcam-be: ", stdout);
	va_list ap;
	va_start(ap, fmt);
	std::vprintf(fmt, ap);
	va_end(ap);
	std::fputc('\n', stdout);
	std::fflush(stdout);
}

template <class T>
bool parse_number(std::string_view s, T &out)
{
	auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
	return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}

// "640x480" or "30/1": two numbers, neither 0.
bool parse_pair(std::string_view s, char sep, std::uint32_t &a, std::uint32_t &b)
{
	const auto at = s.find(sep);
	return at != s.npos && parse_number(s.substr(0, at), a) && parse_number(s.substr(at + 1), b) && a && b;
}

std::string size_text(std::uint32_t w, std::uint32_t h)
{
	return std::to_string(w) + "x" + std::to_string(h);
}

// ---- the config file --------------------------------------------------------

enum class fault { none, stride_short, plane_short, plane_outside, size_grows };
constexpr std::string_view fault_names[] = { "none", "stride-short", "plane-short", "plane-outside", "size-grows" };

struct frame_rate {
	std::uint32_t num = 0, den = 0;
};

// One format line: a label and size the camera offers.
struct mode {
	std::string label;                 // written to XenStore as given
	std::optional<std::uint32_t> code; // the V4L2 code, when pixfmt knows the label
	std::uint32_t width = 0, height = 0;
	std::string rates_text; // the frame-rates node, as given
	std::vector<frame_rate> rates;
	fault inject = fault::none;
	unsigned layouts_answered = 0; // size-grows grows every answer after the first
};

struct config {
	unsigned max_buffers = 4;
	std::vector<mode> modes;
};

config read_config(const std::string &path)
{
	std::ifstream in(path);
	if (!in)
		throw fatal(sys_error("cannot open config " + path));
	config cfg;
	std::string line;
	for (unsigned n = 1; std::getline(in, line); ++n) {
		auto bad = [&](const std::string &why) { return fatal(path + ":" + std::to_string(n) + ": " + why); };
		std::istringstream words(line);
		std::vector<std::string> w;
		for (std::string word; words >> word;)
			w.push_back(word);
		// '#' is a label character: only a line starting with it is a comment
		if (w.empty() || w[0][0] == '#')
			continue;
		if (w[0] == "max-buffers") {
			if (w.size() != 2 || !parse_number(w[1], cfg.max_buffers) || cfg.max_buffers < 1 ||
			    cfg.max_buffers > 255)
				throw bad("max-buffers takes a number from 1 to 255");
			continue;
		}
		if (w.size() < 3 || w.size() > 4)
			throw bad("expected LABEL WIDTHxHEIGHT NUM/DEN[,NUM/DEN...] [fault=NAME]");
		mode m;
		m.label = w[0];
		m.rates_text = w[2];
		if (!parse_pair(w[1], 'x', m.width, m.height))
			throw bad("bad size '" + w[1] + "' (WIDTHxHEIGHT, both at least 1)");
		std::istringstream rates(w[2] + ",");
		for (std::string item; std::getline(rates, item, ',');) {
			frame_rate r;
			if (!parse_pair(item, '/', r.num, r.den))
				throw bad("bad frame rates '" + w[2] + "' (NUM/DEN[,NUM/DEN...], none 0)");
			m.rates.push_back(r);
		}
		if (w.size() == 4) {
			const auto name = std::string_view(w[3]).substr(w[3].starts_with("fault=") ? 6 : 0);
			const auto *f = std::find(std::begin(fault_names), std::end(fault_names), name);
			if (name == w[3] || f == std::end(fault_names))
				throw bad("unknown '" + w[3] + "' (fault=stride-short|plane-short|plane-outside|size-grows)");
			m.inject = static_cast<fault>(f - std::begin(fault_names));
		}
		for (const mode &o : cfg.modes)
			if (o.label == m.label && o.width == m.width && o.height == m.height)
				throw bad("a second line for " + m.label + " " + w[1]);
		// known as a frontend knows it: the label rule, then pixfmt's table
		if (auto code = pixfmt::parse_label(m.label); code && pixfmt::find_v4l2(*code))
			m.code = code;
		cfg.modes.push_back(std::move(m));
	}
	if (in.bad())
		throw fatal(sys_error("cannot read config " + path));
	if (cfg.modes.empty())
		throw fatal(path + ": no format lines");
	return cfg;
}

// ---- handles ----------------------------------------------------------------

template <auto close_fn>
struct closer {
	template <class T>
	void operator()(T *h) const { close_fn(h); }
};
using xs_ptr = std::unique_ptr<xs_handle, closer<xs_close>>;
using gnttab_ptr = std::unique_ptr<xengnttab_handle, closer<xengnttab_close>>;
using evtchn_ptr = std::unique_ptr<xenevtchn_handle, closer<xenevtchn_close>>;

// A handle just opened, or why not while errno still tells.
template <class P>
P opened(P p, const char *what)
{
	if (!p)
		throw fatal(sys_error(what));
	return p;
}

// Grant references of the frontend mapped here; null when mapping failed.
struct unmapper {
	xengnttab_handle *h = nullptr;
	std::uint32_t pages = 0;
	void operator()(void *addr) const { xengnttab_unmap(h, addr, pages); }
};
using grant_map = std::unique_ptr<void, unmapper>;

grant_map map_grants(xengnttab_handle *h, std::uint32_t domid, std::vector<std::uint32_t> refs, int prot)
{
	const auto n = static_cast<std::uint32_t>(refs.size());
	return grant_map(xengnttab_map_domain_grant_refs(h, n, domid, refs.data(), prot), unmapper{ h, n });
}

class unique_fd {
public:
	explicit unique_fd(int fd) : fd_(fd) {}
	unique_fd(const unique_fd &) = delete;
	unique_fd &operator=(const unique_fd &) = delete;
	~unique_fd()
	{
		if (fd_ >= 0)
			::close(fd_);
	}
	int get() const { return fd_; }

private:
	int fd_;
};

std::optional<std::string> xs_get(xs_handle *h, const std::string &path)
{
	unsigned len = 0;
	char *v = static_cast<char *>(xs_read(h, XBT_NULL, path.c_str(), &len));
	if (!v)
		return std::nullopt;
	std::string s(v, len);
	std::free(v);
	return s;
}

bool xs_put(xs_handle *h, xs_transaction_t t, const std::string &path, const std::string &value)
{
	return xs_write(h, t, path.c_str(), value.data(), static_cast<unsigned>(value.size()));
}

void xs_set(xs_handle *h, xs_transaction_t t, const std::string &path, const std::string &value)
{
	if (!xs_put(h, t, path, value))
		throw fatal(sys_error("cannot write XenStore " + path));
}

// A directory whose new children inherit "owner; others nothing; reader reads".
void xs_make_dir(xs_handle *h, xs_transaction_t t, const std::string &path, unsigned owner, unsigned reader)
{
	xs_permissions perms[2] = { { owner, XS_PERM_NONE }, { reader, XS_PERM_READ } };
	if (!xs_mkdir(h, t, path.c_str()) || !xs_set_permissions(h, t, path.c_str(), perms, 2))
		throw fatal(sys_error("cannot create XenStore " + path));
}

// body(t) in a transaction, again when another writer raced it.
template <class F>
void xs_transact(xs_handle *h, F body)
{
	for (;;) {
		const xs_transaction_t t = xs_transaction_start(h);
		if (t == XBT_NULL)
			throw fatal(sys_error("xs_transaction_start"));
		try {
			body(t);
		} catch (...) {
			xs_transaction_end(h, t, true);
			throw;
		}
		if (xs_transaction_end(h, t, false))
			return;
		if (errno != EAGAIN)
			throw fatal(sys_error("xs_transaction_end"));
	}
}

// ---- layouts ----------------------------------------------------------------

// pixfmt's real need as the protocol carries it (CONTRACT.md "Layout"): V4L2's
// pitch and size per memory plane, which for one memory plane hold all colour
// planes one after another.
pixfmt::result<pixfmt::xen::buffer_layout> real_layout(const mode &m)
{
	const auto f = pixfmt::fill_v4l2(*m.code, m.width, m.height);
	if (!f)
		return f.error();
	pixfmt::xen::buffer_layout b;
	b.num_planes = f->num_planes;
	std::uint64_t size = 0;
	for (unsigned i = 0; i < b.num_planes; ++i) {
		b.plane_stride[i] = f->planes[i].bytesperline;
		b.plane_size[i] = f->planes[i].sizeimage;
		// the frontend starts every plane of several on a page
		size += b.num_planes == 1 ? b.plane_size[i] : *pixfmt::pages(b.plane_size[i], page_size) * page_size;
	}
	if (size > UINT32_MAX)
		return pixfmt::errc::overflow;
	b.size = static_cast<std::uint32_t>(size);
	return b;
}

// A wrong layout on purpose, for the frontend to refuse (CONTRACT.md).
void inject(mode &m, pixfmt::xen::buffer_layout &b)
{
	const unsigned last = b.num_planes - 1;
	constexpr std::uint32_t grow = 3 * page_size;
	switch (m.inject) {
	case fault::none: break;
	case fault::stride_short: b.plane_stride[0] -= 1; break;
	case fault::plane_short: b.plane_size[last] -= 1; break;
	case fault::plane_outside:
		if (b.num_planes == 1)
			b.size -= 1;
		else // one byte past the page-rounded room the frontend gives it
			b.plane_size[last] = (b.plane_size[last] + page_size - 1) / page_size * page_size + 1;
		break;
	case fault::size_grows: // each answer 3 pages more than the one before
		if (b.size <= UINT32_MAX - grow * std::uint64_t{ m.layouts_answered })
			b.size += grow * m.layouts_answered;
		break;
	}
	++m.layouts_answered;
}

// ---- the backend ------------------------------------------------------------

struct options {
	std::uint32_t domid = 0;
	std::uint32_t dev = 0;
	std::string config;
	unsigned long long frames = 0; // 0: until killed
};

constexpr const char *op_names[] = { "CONFIG_SET",  "CONFIG_GET", "CONFIG_VALIDATE", "FRAME_RATE_SET",
				     "BUF_GET_LAYOUT", "BUF_REQUEST", "BUF_CREATE", "BUF_DESTROY",
				     "BUF_QUEUE", "BUF_DEQUEUE", "CTRL_ENUM", "CTRL_SET",
				     "CTRL_GET", "STREAM_START", "STREAM_STOP" };

// What a request came to: a status and, when refused, why.
struct verdict {
	std::int32_t status = 0;
	std::string why;
};

verdict refuse(std::string why, std::int32_t status = -XEN_EINVAL)
{
	return { status, std::move(why) };
}

class backend {
public:
	backend(const options &opt, config cfg)
		: xs_(opened(xs_ptr(xs_open(0)), "cannot connect to XenStore (run as root in dom0, xenstored up)")),
		  gnt_(opened(gnttab_ptr(xengnttab_open(nullptr, 0)), "cannot open /dev/xen/gntdev (xen-gntdev loaded?)")),
		  evt_(opened(evtchn_ptr(xenevtchn_open(nullptr, 0)), "cannot open /dev/xen/evtchn (xen-evtchn loaded?)")),
		  timer_(timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC)), opt_(opt), cfg_(std::move(cfg)),
		  be_("/local/domain/0/backend/vcamera/" + std::to_string(opt.domid) + "/" + std::to_string(opt.dev)),
		  fe_("/local/domain/" + std::to_string(opt.domid) + "/device/vcamera/" + std::to_string(opt.dev))
	{
		if (timer_.get() < 0)
			throw fatal(sys_error("timerfd_create"));
		// the first mode pixfmt knows is in effect until a CONFIG_SET
		for (std::size_t i = 0; i < cfg_.modes.size() && !cur_; ++i)
			if (cfg_.modes[i].code)
				select(i);
	}
	backend(const backend &) = delete;
	backend &operator=(const backend &) = delete;
	~backend() { close(); }

	int run(int signal_fd);

private:
	struct buffer {
		grant_map map;
		pixfmt::xen::buffer_layout layout; // with the frontend's offsets
	};

	void publish();
	void set_state(XenbusState s) { xs_set(xs_.get(), XBT_NULL, be_ + "/state", std::to_string(s)); }
	void connect();
	void close() noexcept;
	void process_ring();
	xencamera_resp handle(const xencamera_req &req);
	void select(std::size_t i)
	{
		cur_ = i;
		rate_ = cfg_.modes[i].rates[0];
		answered_.reset();
	}
	verdict config_op(const xencamera_req &req, xencamera_config_resp &out, std::string &what);
	verdict frame_rate_set(const xencamera_frame_rate_req &r, std::string &what);
	verdict get_layout(xencamera_buf_get_layout_resp &out, std::string &what);
	verdict buf_request(unsigned n, xencamera_buf_request &out, std::string &what);
	verdict buf_create(const xencamera_buf_create_req &r, std::string &what);
	std::string read_directory(grant_ref_t dir, std::uint32_t count, std::vector<std::uint32_t> &refs);
	verdict stream(bool start);
	void tick();

	// Handles first: members go in reverse order, mappings before handles.
	xs_ptr xs_;
	gnttab_ptr gnt_;
	evtchn_ptr evt_;
	unique_fd timer_;
	options opt_;
	config cfg_;
	std::string be_, fe_;
	bool published_ = false;

	grant_map req_page_, evt_page_;
	xen_cameraif_back_ring_t ring_{};
	evtchn_port_t req_port_ = 0, evt_port_ = 0;
	std::uint32_t evt_prod_ = 0;

	std::optional<std::size_t> cur_; // the mode in effect
	frame_rate rate_;
	std::optional<pixfmt::xen::buffer_layout> answered_; // the last BUF_GET_LAYOUT answer
	unsigned num_bufs_ = 0;
	std::map<unsigned, buffer> buffers_;
	std::deque<unsigned> queued_;
	bool streaming_ = false;
	std::uint32_t seq_ = 0;
	unsigned long long sent_ = 0;
};

void backend::publish()
{
	xs_handle *h = xs_.get();
	// an earlier run's nodes would keep their old values and permissions
	xs_rm(h, XBT_NULL, be_.c_str());
	xs_rm(h, XBT_NULL, fe_.c_str());
	// one transaction: the frontend never sees half a device
	xs_transact(h, [&](xs_transaction_t t) {
		xs_make_dir(h, t, be_, 0, opt_.domid);
		xs_set(h, t, be_ + "/frontend", fe_);
		xs_set(h, t, be_ + "/frontend-id", std::to_string(opt_.domid));
		xs_set(h, t, be_ + "/" XENCAMERA_FIELD_BE_VERSIONS, XENCAMERA_PROTOCOL_VERSION);
		xs_set(h, t, be_ + "/state", std::to_string(XenbusStateInitialising));
		xs_make_dir(h, t, fe_, opt_.domid, 0);
		xs_set(h, t, fe_ + "/backend", be_);
		xs_set(h, t, fe_ + "/backend-id", "0");
		xs_set(h, t, fe_ + "/" XENCAMERA_FIELD_BE_ALLOC, "0");
		xs_set(h, t, fe_ + "/" XENCAMERA_FIELD_MAX_BUFFERS, std::to_string(cfg_.max_buffers));
		xs_set(h, t, fe_ + "/" XENCAMERA_FIELD_UNIQUE_ID, std::to_string(opt_.dev));
		xs_set(h, t, fe_ + "/" XENCAMERA_FIELD_CONTROLS, "");
		for (const mode &m : cfg_.modes) {
			const std::string node = fe_ + "/" XENCAMERA_FIELD_FORMATS "/" + m.label + "/" +
						 size_text(m.width, m.height) + "/" XENCAMERA_FIELD_FRAME_RATES;
			if (xs_put(h, t, node, m.rates_text))
				continue;
			// XenStore refuses some characters a bad label may hold
			if (m.code)
				throw fatal(sys_error("cannot write XenStore " + node));
			say("label \"%s\" not published: %s", m.label.c_str(), std::strerror(errno));
		}
		xs_set(h, t, fe_ + "/state", std::to_string(XenbusStateInitialising));
	});
	published_ = true;
}

void backend::connect()
{
	auto read_u32 = [&](const char *node) {
		const auto v = xs_get(xs_.get(), fe_ + "/" + node);
		std::uint32_t n = 0;
		if (!v || !parse_number(*v, n))
			throw fatal("frontend node " + fe_ + "/" + node + " missing or not a number");
		return n;
	};
	const auto version = xs_get(xs_.get(), fe_ + "/" XENCAMERA_FIELD_FE_VERSION);
	if (version != XENCAMERA_PROTOCOL_VERSION)
		throw fatal("frontend chose protocol version '" + version.value_or("") + "', not " XENCAMERA_PROTOCOL_VERSION);
	const std::uint32_t req_ref = read_u32(XENCAMERA_FIELD_REQ_RING_REF);
	const std::uint32_t evt_ref = read_u32(XENCAMERA_FIELD_EVT_RING_REF);
	const std::uint32_t req_ch = read_u32(XENCAMERA_FIELD_REQ_CHANNEL);
	const std::uint32_t evt_ch = read_u32(XENCAMERA_FIELD_EVT_CHANNEL);
	req_page_ = map_grants(gnt_.get(), opt_.domid, { req_ref }, PROT_READ | PROT_WRITE);
	evt_page_ = map_grants(gnt_.get(), opt_.domid, { evt_ref }, PROT_READ | PROT_WRITE);
	if (!req_page_ || !evt_page_)
		throw fatal(sys_error("cannot map the request ring or the event page"));
	BACK_RING_INIT(&ring_, static_cast<xen_cameraif_sring_t *>(req_page_.get()), page_size);
	evt_prod_ = static_cast<xencamera_event_page *>(evt_page_.get())->in_prod;
	const xenevtchn_port_or_error_t req_port = xenevtchn_bind_interdomain(evt_.get(), opt_.domid, req_ch);
	const xenevtchn_port_or_error_t evt_port = xenevtchn_bind_interdomain(evt_.get(), opt_.domid, evt_ch);
	if (req_port < 0 || evt_port < 0)
		throw fatal(sys_error("cannot bind the frontend's event channels"));
	req_port_ = static_cast<evtchn_port_t>(req_port);
	evt_port_ = static_cast<evtchn_port_t>(evt_port);
	set_state(XenbusStateConnected);
	say("connected: req-ring-ref %u, evt-ring-ref %u, event channels %u/%u", req_ref, evt_ref, req_ch, evt_ch);
}

// Unmap everything, then say Closed: the frontend may free its pages then.
// The event channels go with their handle.
void backend::close() noexcept
{
	if (!published_)
		return;
	published_ = false;
	buffers_.clear();
	req_page_.reset();
	evt_page_.reset();
	xs_put(xs_.get(), XBT_NULL, be_ + "/state", std::to_string(XenbusStateClosed));
}

void backend::process_ring()
{
	for (;;) {
		const RING_IDX prod = ring_.sring->req_prod;
		xen_rmb(); // read the requests after the index that publishes them
		if (RING_REQUEST_PROD_OVERFLOW(&ring_, prod))
			throw fatal("the frontend produced more requests than the ring holds");
		while (ring_.req_cons != prod) {
			// a private copy: the frontend may rewrite the shared slot
			xencamera_req req;
			std::memcpy(&req, RING_GET_REQUEST(&ring_, ring_.req_cons), sizeof req);
			__atomic_signal_fence(__ATOMIC_SEQ_CST); // and no second read of it
			++ring_.req_cons;
			const xencamera_resp rsp = handle(req);
			std::memcpy(RING_GET_RESPONSE(&ring_, ring_.rsp_prod_pvt), &rsp, sizeof rsp);
			++ring_.rsp_prod_pvt;
		}
		int notify = 0;
		RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(&ring_, notify);
		if (notify && xenevtchn_notify(evt_.get(), req_port_) < 0)
			throw fatal(sys_error("cannot notify the request channel"));
		int more = 0;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic" // ring.h's GNU statement expression
		RING_FINAL_CHECK_FOR_REQUESTS(&ring_, more);
#pragma GCC diagnostic pop
		if (!more)
			return;
	}
}

xencamera_resp backend::handle(const xencamera_req &req)
{
	xencamera_resp rsp{};
	rsp.id = req.id;
	rsp.operation = req.operation;
	const unsigned op = req.operation, index = req.req.index.index;
	std::string what = op < std::size(op_names) ? op_names[op] : "operation " + std::to_string(op);
	const std::string index_text = " " + std::to_string(index);
	verdict v;
	switch (op) {
	case XENCAMERA_OP_CONFIG_SET:
	case XENCAMERA_OP_CONFIG_VALIDATE:
	case XENCAMERA_OP_CONFIG_GET: v = config_op(req, rsp.resp.config, what); break;
	case XENCAMERA_OP_FRAME_RATE_SET: v = frame_rate_set(req.req.frame_rate, what); break;
	case XENCAMERA_OP_BUF_GET_LAYOUT: v = get_layout(rsp.resp.buf_layout, what); break;
	case XENCAMERA_OP_BUF_REQUEST: v = buf_request(req.req.buf_request.num_bufs, rsp.resp.buf_request, what); break;
	case XENCAMERA_OP_BUF_CREATE: v = buf_create(req.req.buf_create, what); break;
	case XENCAMERA_OP_BUF_DESTROY:
		what += index_text;
		std::erase(queued_, index);
		if (!buffers_.erase(index))
			v = refuse("no such buffer");
		break;
	case XENCAMERA_OP_BUF_QUEUE:
		what += index_text;
		if (!buffers_.contains(index))
			v = refuse("no such buffer");
		else if (std::find(queued_.begin(), queued_.end(), index) != queued_.end())
			v = refuse("already queued");
		else
			queued_.push_back(index);
		break;
	case XENCAMERA_OP_BUF_DEQUEUE: what += index_text; break;
	case XENCAMERA_OP_CTRL_ENUM:
	case XENCAMERA_OP_CTRL_SET:
	case XENCAMERA_OP_CTRL_GET: v = refuse("no controls"); break;
	case XENCAMERA_OP_STREAM_START:
	case XENCAMERA_OP_STREAM_STOP: v = stream(op == XENCAMERA_OP_STREAM_START); break;
	default: v = refuse("unknown");
	}
	if (v.why.empty())
		say("%s -> %d", what.c_str(), v.status);
	else
		say("%s refused: %s", what.c_str(), v.why.c_str());
	rsp.status = v.status;
	return rsp;
}

verdict backend::config_op(const xencamera_req &req, xencamera_config_resp &out, std::string &what)
{
	const xencamera_config_req &c = req.req.config;
	std::optional<std::size_t> found = cur_;
	if (req.operation != XENCAMERA_OP_CONFIG_GET) {
		const auto label = pixfmt::to_label(c.pixel_format);
		what += " " + (label.view().empty() ? std::string("(no label)") : std::string(label.view())) + " " +
			size_text(c.width, c.height);
		found.reset();
		for (std::size_t i = 0; i < cfg_.modes.size() && !found; ++i)
			if (cfg_.modes[i].code == c.pixel_format && cfg_.modes[i].width == c.width &&
			    cfg_.modes[i].height == c.height)
				found = i;
		if (!found)
			return refuse("not offered");
	}
	if (!found)
		return refuse("no format known");
	if (req.operation == XENCAMERA_OP_CONFIG_SET && found != cur_) {
		// the protocol keeps the mode while a stream or buffers use it
		if (streaming_ || num_bufs_ > 0)
			return refuse(streaming_ ? "streaming" : "buffers requested", -XEN_EBUSY);
		select(*found);
	}
	const mode &m = cfg_.modes[*found];
	const frame_rate r = found == cur_ ? rate_ : m.rates[0];
	const auto enc = pixfmt::find_v4l2(*m.code)->format.encoding();
	if (req.operation == XENCAMERA_OP_CONFIG_GET)
		what += " " + m.label + " " + size_text(m.width, m.height);
	out.pixel_format = *m.code;
	out.width = m.width;
	out.height = m.height;
	// a simple rule: RGB-like samples are sRGB, the others video
	using enum pixfmt::encoding;
	out.colorspace = enc == rgb || enc == bayer || enc == grey ? XENCAMERA_COLORSPACE_SRGB
								    : XENCAMERA_COLORSPACE_REC709;
	out.displ_asp_ratio_numer = 1;
	out.displ_asp_ratio_denom = 1;
	out.frame_rate_numer = r.num;
	out.frame_rate_denom = r.den;
	return {};
}

verdict backend::frame_rate_set(const xencamera_frame_rate_req &r, std::string &what)
{
	const std::uint32_t num = r.frame_rate_numer, den = r.frame_rate_denom;
	what += " " + std::to_string(num) + "/" + std::to_string(den);
	if (streaming_)
		return refuse("streaming", -XEN_EBUSY);
	if (!cur_)
		return refuse("no format set");
	for (const frame_rate &f : cfg_.modes[*cur_].rates)
		if (num && den && std::uint64_t{ f.num } * den == std::uint64_t{ num } * f.den) { // 60/2 is 30/1
			rate_ = f;
			return {};
		}
	return refuse("not offered for this format");
}

verdict backend::get_layout(xencamera_buf_get_layout_resp &out, std::string &what)
{
	if (!cur_)
		return refuse("no format set");
	mode &m = cfg_.modes[*cur_];
	what += " " + m.label + " " + size_text(m.width, m.height);
	const auto real = real_layout(m);
	if (!real)
		return refuse(std::string(pixfmt::to_string(real.error())));
	pixfmt::xen::buffer_layout b = *real;
	inject(m, b);
	answered_ = b;
	out.num_planes = static_cast<std::uint8_t>(b.num_planes);
	out.size = b.size;
	std::copy_n(b.plane_size.begin(), b.num_planes, out.plane_size);
	std::copy_n(b.plane_stride.begin(), b.num_planes, out.plane_stride);
	what += ": " + std::to_string(b.num_planes) + " plane(s), size " + std::to_string(b.size) + ", stride " +
		std::to_string(b.plane_stride[0]) + ", fault " + std::string(fault_names[static_cast<int>(m.inject)]);
	return {};
}

verdict backend::buf_request(unsigned n, xencamera_buf_request &out, std::string &what)
{
	what += " " + std::to_string(n);
	if (streaming_)
		return refuse("streaming", -XEN_EBUSY);
	if (n == 0) { // frees all
		buffers_.clear();
		queued_.clear();
	}
	num_bufs_ = std::min(n, cfg_.max_buffers);
	out.num_bufs = static_cast<std::uint8_t>(num_bufs_);
	what += ": " + std::to_string(num_bufs_) + " buffers";
	return {};
}

// The buffer's grant references from its page directory
// (xen-front-pgdir-shbuf): each directory page holds the next page's
// reference, then (4096 - 4) / 4 buffer references. Returns why it cannot.
std::string backend::read_directory(grant_ref_t dir, std::uint32_t count, std::vector<std::uint32_t> &refs)
{
	constexpr std::uint32_t per_page = (page_size - sizeof(grant_ref_t)) / sizeof(grant_ref_t);
	while (refs.size() < count) {
		if (dir == 0)
			return "page directory shorter than the buffer";
		const grant_map page = map_grants(gnt_.get(), opt_.domid, { dir }, PROT_READ);
		if (!page)
			return sys_error("cannot map page directory gref " + std::to_string(dir));
		// a private copy: the frontend may rewrite the page meanwhile
		grant_ref_t copy[page_size / sizeof(grant_ref_t)];
		std::memcpy(copy, page.get(), sizeof copy);
		const auto n = std::min<std::size_t>(per_page, count - refs.size());
		refs.insert(refs.end(), copy + 1, copy + 1 + n);
		dir = copy[0];
	}
	// grant reference 0 is never a PV driver's (cameraif.h)
	if (std::find(refs.begin(), refs.end(), 0u) != refs.end())
		return "page directory holds grant reference 0";
	return {};
}

verdict backend::buf_create(const xencamera_buf_create_req &r, std::string &what)
{
	const unsigned index = r.index;
	what += " " + std::to_string(index);
	if (index >= num_bufs_)
		return refuse("index beyond the buffers requested");
	if (buffers_.contains(index))
		return refuse("index already created");
	if (!cur_ || !answered_)
		return refuse("no BUF_GET_LAYOUT answered for this format");
	const mode &m = cfg_.modes[*cur_];
	pixfmt::xen::buffer_layout l = *answered_;
	std::copy_n(r.plane_offset, l.num_planes, l.plane_offset.begin());
	const auto grants = static_cast<std::uint32_t>(*pixfmt::pages(l.size, page_size));
	// before anything is mapped: the layout we answered with the frontend's
	// offsets, and the grants its size needs
	if (const auto check = pixfmt::xen::check_layout(*m.code, m.width, m.height, l, grants); !check)
		return refuse(std::string(check.why));
	std::vector<std::uint32_t> refs;
	if (std::string why = read_directory(r.gref_directory, grants, refs); !why.empty())
		return refuse(std::move(why));
	grant_map map = map_grants(gnt_.get(), opt_.domid, std::move(refs), PROT_READ | PROT_WRITE);
	if (!map) {
		const std::int32_t status = errno == ENOMEM ? -XEN_ENOMEM : -XEN_EINVAL;
		return refuse(sys_error("cannot map " + std::to_string(grants) + " grants"), status);
	}
	buffers_.emplace(index, buffer{ std::move(map), l });
	what += ": " + std::to_string(grants) + " grants";
	return {};
}

verdict backend::stream(bool start)
{
	itimerspec period{};
	if (start) {
		if (streaming_)
			return refuse("already streaming", -XEN_EBUSY);
		if (!cur_)
			return refuse("no format set");
		// the frame rate, never slower than 30 fps (nor faster than 1000:
		// a period of 0 would disarm the timer)
		std::uint64_t ns = 1'000'000'000ull * rate_.den / rate_.num;
		ns = std::clamp<std::uint64_t>(ns, 1'000'000, 1'000'000'000 / 30);
		period.it_interval.tv_nsec = static_cast<long>(ns); // below a second
		period.it_value = period.it_interval;
		seq_ = 0;
	}
	if (timerfd_settime(timer_.get(), 0, &period, nullptr) < 0)
		throw fatal(sys_error("timerfd_settime"));
	streaming_ = start;
	if (!start) // the frontend takes its buffers back
		queued_.clear();
	return {};
}

// A frame into the oldest queued buffer, announced on the event page.
void backend::tick()
{
	std::uint64_t expirations = 0;
	if (::read(timer_.get(), &expirations, sizeof expirations) < 0 && errno != EAGAIN)
		throw fatal(sys_error("timerfd read"));
	if (!streaming_ || queued_.empty())
		return;
	const unsigned index = queued_.front();
	queued_.pop_front();
	const buffer &b = buffers_.at(index);
	auto *base = static_cast<unsigned char *>(b.map.get());
	for (unsigned i = 0; i < b.layout.num_planes; ++i) {
		unsigned char *plane = base + b.layout.plane_offset[i];
		for (std::uint32_t k = 0; k < b.layout.plane_size[i]; ++k)
			plane[k] = xcam_pattern(seq_, i, k);
	}
	xencamera_evt evt{};
	evt.id = static_cast<std::uint16_t>(evt_prod_);
	evt.type = XENCAMERA_EVT_FRAME_AVAIL;
	evt.evt.frame_avail.index = static_cast<std::uint8_t>(index);
	evt.evt.frame_avail.used_sz = b.layout.size;
	evt.evt.frame_avail.seq_num = seq_;
	auto *page = static_cast<xencamera_event_page *>(evt_page_.get());
	XENCAMERA_IN_RING_REF(page, evt_prod_) = evt;
	xen_wmb(); // the event is in place before the index that publishes it
	*static_cast<volatile std::uint32_t *>(&page->in_prod) = ++evt_prod_;
	if (xenevtchn_notify(evt_.get(), evt_port_) < 0)
		throw fatal(sys_error("cannot notify the event channel"));
	say("FRAME_AVAIL %u: buffer %u, %u bytes", seq_, index, b.layout.size);
	++seq_;
	++sent_;
}

int backend::run(int signal_fd)
{
	publish();
	set_state(XenbusStateInitWait);
	if (!xs_watch(xs_.get(), (fe_ + "/state").c_str(), "fe-state"))
		throw fatal(sys_error("cannot watch " + fe_ + "/state"));
	say("waiting for the frontend at %s", fe_.c_str());
	enum { xs_fd, sig_fd, evt_fd, tick_fd };
	pollfd fds[] = { { xs_fileno(xs_.get()), POLLIN, 0 },
			 { signal_fd, POLLIN, 0 },
			 { xenevtchn_fd(evt_.get()), POLLIN, 0 },
			 { timer_.get(), POLLIN, 0 } };
	bool connected = false;
	for (;;) {
		if (poll(fds, connected ? 4 : 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			throw fatal(sys_error("poll"));
		}
		if (fds[sig_fd].revents) {
			say("signal: closing");
			return 0;
		}
		if (fds[xs_fd].revents) {
			while (char **w = xs_check_watch(xs_.get()))
				std::free(w);
			if (errno != EAGAIN)
				throw fatal(sys_error("xs_check_watch"));
			// a vanished node (the domain went away) counts as Closed
			int s = XenbusStateClosed;
			if (const auto v = xs_get(xs_.get(), fe_ + "/state"); !v || !parse_number(*v, s))
				s = XenbusStateClosed;
			if (s == XenbusStateClosing || s == XenbusStateClosed || s == XenbusStateUnknown) {
				say("frontend state %d: closing", s);
				return 0;
			}
			if (!connected && s == XenbusStateInitialised) {
				connect();
				connected = true;
				process_ring(); // requests sent before the channel was bound
			}
		}
		if (connected && fds[evt_fd].revents) {
			const xenevtchn_port_or_error_t port = xenevtchn_pending(evt_.get());
			if (port < 0 || xenevtchn_unmask(evt_.get(), static_cast<evtchn_port_t>(port)) < 0)
				throw fatal(sys_error("cannot take the event channel notification"));
			process_ring();
		}
		if (connected && fds[tick_fd].revents) {
			tick();
			if (opt_.frames && sent_ >= opt_.frames) {
				say("%llu frames sent: closing", sent_);
				return 0;
			}
		}
	}
}

// ---- main -------------------------------------------------------------------

std::string usage(const char *argv0, bool full)
{
	std::string text = std::string("usage: ") + argv0 + " --domid D [--dev N] --config FILE [--frames N]\n";
	if (full)
		text += "  --domid D      the guest domain whose camera frontend to serve\n"
			"  --dev N        the vcamera device number (default 0)\n"
			"  --config FILE  max-buffers and the formats offered (see CONTRACT.md)\n"
			"  --frames N     exit after sending N frames in total (default 0: until killed)\n"
			"Run as root in dom0.\n";
	return text;
}

// Nothing when --help asks for the usage.
std::optional<options> parse_args(int argc, char **argv)
{
	options o;
	bool have_domid = false;
	for (int i = 1; i < argc; ++i) {
		const std::string_view a = argv[i];
		if (a == "--help" || a == "-h")
			return std::nullopt;
		auto value = [&]() -> std::string_view {
			if (i + 1 >= argc)
				throw usage_error(std::string(a) + " needs a value");
			return argv[++i];
		};
		if (a == "--domid") {
			// DOMID_FIRST_RESERVED (0x7ff0) and up are no guests
			if (!parse_number(value(), o.domid) || o.domid == 0 || o.domid >= 0x7ff0)
				throw usage_error("--domid takes a guest domain id from 1 to 32751");
			have_domid = true;
		} else if (a == "--dev") {
			if (!parse_number(value(), o.dev))
				throw usage_error("--dev takes a device number");
		} else if (a == "--config") {
			o.config = value();
		} else if (a == "--frames") {
			if (!parse_number(value(), o.frames))
				throw usage_error("--frames takes a number of frames");
		} else {
			throw usage_error("unknown argument '" + std::string(a) + "'");
		}
	}
	if (!have_domid)
		throw usage_error("--domid is required");
	if (o.config.empty())
		throw usage_error("--config is required");
	return o;
}

} // namespace

int main(int argc, char **argv)
{
	const char *argv0 = argc > 0 ? argv[0] : "xen-camera-backend";
	try {
		const auto opt = parse_args(argc, argv);
		if (!opt) {
			std::fputs(usage(argv0, true).c_str(), stdout);
			return 0;
		}
		config cfg = read_config(opt->config);
		// signals arrive through poll(), so that the backend closes properly
		sigset_t mask;
		sigemptyset(&mask);
		for (int s : { SIGINT, SIGTERM, SIGHUP })
			sigaddset(&mask, s);
		if (sigprocmask(SIG_BLOCK, &mask, nullptr) < 0)
			throw fatal(sys_error("sigprocmask"));
		const unique_fd signals(signalfd(-1, &mask, SFD_CLOEXEC));
		if (signals.get() < 0)
			throw fatal(sys_error("signalfd"));
		backend be(*opt, std::move(cfg));
		return be.run(signals.get());
	} catch (const usage_error &e) {
		std::fprintf(stderr, "%s: %s\n%s", argv0, e.what(), usage(argv0, false).c_str());
		return 2;
	} catch (const std::exception &e) {
		say("FATAL %s", e.what());
		return 1;
	}
}
