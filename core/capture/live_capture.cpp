// LiveCapture: pcap_create/pcap_activate with every failure mapped to one sentence, then
// pcap_next_ex with the poll timeout. libpcap ignores the timeout in immediate mode (Linux,
// 1.10), so the handle is non-blocking and next() waits in poll() on its selectable descriptor
// for at most pollTimeoutMs; interrupt() wakes that poll through an eventfd. Once interrupted,
// next() hands out the frames the kernel already holds (PcapDrain), then ends.
#include "core/capture/live_capture.h"

#include <linux/if_packet.h>
#include <net/if.h>
#include <pcap/pcap.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

#include <atomic>
#include <cerrno>
#include <climits>

#include "core/capture/pcap_drain.h"
#include "core/capture/pcap_open.h"

namespace flowscope {

// Named in error sentences (PcapWording::library).
constexpr const char* kLibrary = "libpcap";

struct LiveCapture::Impl {
    pcap_t* handle = nullptr;
    std::atomic<bool> interrupted{false};
    PcapDrain drain;  // what next() still hands out once interrupted
    bool finished = false;
    bool failed = false;
    bool lastWasPacket = false;    // the previous next() returned a frame
    int64_t fractionScale = 1000;  // ns per tv_usec unit: 1 with nanosecond precision
    int pollFd = -1;               // selectable descriptor of a non-blocking handle, or -1
    int wakeFd = -1;               // eventfd that interrupt() signals to end the poll
    int pollTimeoutMs = 100;
    uint64_t received = 0;

    ~Impl() {
        if (handle) {
            pcap_close(handle);
        }
        if (wakeFd >= 0) {
            ::close(wakeFd);
        }
    }
};

namespace {

std::string selfPath() {
    char buf[PATH_MAX] = {};
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) {
        return "/path/to/flowscope";
    }
    return std::string(buf, static_cast<size_t>(n));
}

bool looksLikeDeviceGone(const std::string& message, int err) {
    if (err == ENXIO || err == ENETDOWN || err == ENODEV) {
        return true;
    }
    for (const char* needle : {"went down", "disappeared", "No such device", "Network is down",
                               "No such device or address"}) {
        if (message.find(needle) != std::string::npos) {
            return true;
        }
    }
    return false;
}

bool isLoopback(const std::string& iface) {
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    ifreq request{};
    std::strncpy(request.ifr_name, iface.c_str(), IFNAMSIZ - 1);
    const bool loopback =
        ::ioctl(fd, SIOCGIFFLAGS, &request) == 0 && (request.ifr_flags & IFF_LOOPBACK) != 0;
    ::close(fd);
    return loopback;
}

// On a loopback adapter the kernel hands every frame to the capture socket twice, once
// outgoing and once incoming; libpcap throws the outgoing copy away, but only after it took a
// place in the ring, so a full ring counted each lost frame twice in ps_drop (and the ring
// held half as many frames). Asking the kernel not to deliver outgoing frames (Linux 4.20,
// PACKET_IGNORE_OUTGOING) leaves one copy of each: ps_drop counts each lost frame once.
// Older kernels refuse the option; the capture works as before there.
void ignoreOutgoingLoopbackCopies(pcap_t* handle, const std::string& iface) {
#ifdef PACKET_IGNORE_OUTGOING
    if (isLoopback(iface)) {
        const int on = 1;
        (void)::setsockopt(pcap_fileno(handle), SOL_PACKET, PACKET_IGNORE_OUTGOING, &on, sizeof on);
    }
#else
    (void)handle;
    (void)iface;
#endif
}

}  // namespace

Result<std::unique_ptr<LiveCapture>> LiveCapture::open(const LiveOptions& options) {
    if (options.interface.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         phrase(FS_PHRASE("Core",
                                          "No network adapter was chosen; pick one from "
                                          "`flowscope-cli interfaces`.")));
    }
    const PcapWording wording{
        kLibrary,
        phrase(FS_PHRASE("Core",
                         "Run it with administrator privileges, or grant the capability "
                         "once: %1"),
               {verbatim("sudo setcap cap_net_raw,cap_net_admin=eip " + selfPath())}),
        phrase(FS_PHRASE("Core", "see `man pcap-filter`"))};
    auto opened = openPcapHandle(options, wording, ignoreOutgoingLoopbackCopies);
    if (!opened) {
        return opened.error();
    }
    pcap_t* handle = opened.value().handle;
    std::unique_ptr<LiveCapture> capture(new LiveCapture());
    capture->m_impl = std::make_unique<Impl>();
    capture->m_impl->handle = handle;
    capture->m_impl->fractionScale = opened.value().fractionScale;
    capture->m_options = options;
    capture->m_linkType = opened.value().linkType;
    capture->m_snaplen = opened.value().snaplen;

    char errbuf[PCAP_ERRBUF_SIZE] = {};
    const int fd = pcap_get_selectable_fd(handle);
    const int wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (fd >= 0 && wake >= 0 && pcap_setnonblock(handle, 1, errbuf) == 0) {
        capture->m_impl->pollFd = fd;
        capture->m_impl->wakeFd = wake;
        capture->m_impl->pollTimeoutMs = options.pollTimeoutMs > 0 ? options.pollTimeoutMs : 1;
    } else if (wake >= 0) {
        ::close(wake);
    }
    return capture;
}

LiveCapture::~LiveCapture() = default;

namespace {

ReadStatus frameOut(LiveCapture::Impl& s, uint32_t linkType, const pcap_pkthdr& header,
                    const u_char* data, RawPacket& out) {
    out.timestampNs = static_cast<int64_t>(header.ts.tv_sec) * 1000000000 +
                      static_cast<int64_t>(header.ts.tv_usec) * s.fractionScale;
    out.capturedLength = header.caplen;
    out.wireLength = header.len;
    out.linkType = linkType;
    out.interfaceId = 0;
    out.data = data;
    ++s.received;
    s.lastWasPacket = true;
    return ReadStatus::Packet;
}

}  // namespace

ReadStatus LiveCapture::next(RawPacket& out) {
    Impl& s = *m_impl;
    if (s.finished) {
        return s.failed ? ReadStatus::Error : ReadStatus::End;
    }
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    if (s.interrupted.load(std::memory_order_acquire)) {
        if (s.drain.next(s.handle, s.fractionScale, header, data)) {
            return frameOut(s, m_linkType, *header, data, out);
        }
        s.finished = true;
        return ReadStatus::End;
    }
    errno = 0;
    int rc = pcap_next_ex(s.handle, &header, &data);
    if (rc == 0 && s.lastWasPacket) {
        // The buffer just ran dry: say so before waiting, so the caller hands over what it
        // has batched now (a new connection's first packet must not wait for the next one).
        s.lastWasPacket = false;
        return ReadStatus::Timeout;
    }
    if (rc == 0 && s.pollFd >= 0) {
        // Nothing buffered: wait for the adapter, at most the poll timeout.
        pollfd p[2] = {{s.pollFd, POLLIN, 0}, {s.wakeFd, POLLIN, 0}};
        const int ready = ::poll(p, 2, s.pollTimeoutMs);
        if (s.interrupted.load(std::memory_order_acquire)) {
            return next(out);  // hands out what the kernel holds, then ends
        }
        if (ready == 0 || (ready < 0 && errno == EINTR)) {
            return ReadStatus::Timeout;
        }
        errno = 0;
        rc = pcap_next_ex(s.handle, &header, &data);
    }
    if (rc == 1) {
        return frameOut(s, m_linkType, *header, data, out);
    }
    if (s.interrupted.load(std::memory_order_acquire)) {
        return next(out);
    }
    if (rc == PCAP_ERROR_BREAK) {
        s.finished = true;
        return ReadStatus::End;
    }
    if (rc == 0) {
        return ReadStatus::Timeout;
    }
    const int err = errno;
    const std::string message = pcap_geterr(s.handle);
    s.finished = true;
    s.failed = true;
    m_error = liveReadError(rc, m_options.interface, message, looksLikeDeviceGone(message, err),
                            kLibrary);
    return ReadStatus::Error;
}

CaptureCounters LiveCapture::counters() const {
    return liveCounters(m_impl->handle, m_impl->received);
}

void LiveCapture::interrupt() {
    m_impl->drain.markStop();
    m_impl->interrupted.store(true, std::memory_order_release);
    if (m_impl->pollFd < 0) {
        // A blocking handle waits inside libpcap: only its break flag ends that wait. A
        // non-blocking one is not given the flag, because libpcap (1.10, memory-mapped ring)
        // checks it after taking a frame and then reports the break instead of the frame,
        // which would lose a frame of the drain.
        pcap_breakloop(m_impl->handle);
    }
    if (m_impl->wakeFd >= 0) {
        const uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_impl->wakeFd, &one, sizeof one);
    }
}

}  // namespace flowscope
