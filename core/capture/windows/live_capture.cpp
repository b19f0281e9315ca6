// LiveCapture on Windows (Npcap): pcap_create/pcap_activate with every failure mapped to one
// sentence, then pcap_next_ex, which Npcap bounds by the read timeout (pollTimeoutMs) even in
// immediate mode; interrupt() is pcap_breakloop, which also signals the handle's read event.
// The Linux version (../live_capture.cpp) waits in poll() instead, which Windows lacks.
#include "core/capture/live_capture.h"

#include <pcap/pcap.h>
// pcap.h includes winsock2.h, whose objbase.h defines `interface` as `struct`: the macro
// would rewrite LiveOptions::interface.
#undef interface

#include <atomic>

#include "core/capture/npcap.h"
#include "core/capture/pcap_link_types.h"

namespace flowscope {

struct LiveCapture::Impl {
    pcap_t* handle = nullptr;
    std::atomic<bool> interrupted{false};
    bool finished = false;
    bool failed = false;
    int64_t fractionScale = 1000;  // ns per tv_usec unit: 1 with nanosecond precision
    uint64_t received = 0;

    ~Impl() {
        if (handle) {
            pcap_close(handle);
        }
    }
};

namespace {

Error activationError(int status, const std::string& iface, const std::string& detail) {
    const std::string reason = detail.empty() ? pcap_statustostr(status) : detail;
    switch (status) {
        case PCAP_ERROR_NO_SUCH_DEVICE:
            return makeError(ErrorCode::NotFound,
                             "There is no network adapter named \"" + iface +
                                 "\"; run `flowscope-cli interfaces` to list the adapters you "
                                 "can capture on.");
        case PCAP_ERROR_PERM_DENIED:
        case PCAP_ERROR_PROMISC_PERM_DENIED:
            return makeError(ErrorCode::PermissionDenied,
                             "Flowscope has no permission to capture on " + iface +
                                 ". Npcap was installed for administrators only: run Flowscope "
                                 "as administrator, or reinstall Npcap without \"Restrict "
                                 "Npcap driver's access to Administrators only\".");
        case PCAP_ERROR_IFACE_NOT_UP:
            return makeError(ErrorCode::Io, "The network adapter " + iface +
                                                " is down; bring it up (or plug it in) and "
                                                "start the capture again.");
        default:
            return makeError(ErrorCode::Io, "Flowscope could not start capturing on " + iface +
                                                " (Npcap: " + reason +
                                                "); check the adapter and try again.");
    }
}

}  // namespace

Result<std::unique_ptr<LiveCapture>> LiveCapture::open(const LiveOptions& options) {
    const std::string& iface = options.interface;
    if (!npcapAvailable()) {
        return npcapMissingError();
    }
    if (iface.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         "No network adapter was chosen; pick one from `flowscope-cli "
                         "interfaces`.");
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* handle = pcap_create(iface.c_str(), errbuf);
    if (!handle) {
        return makeError(ErrorCode::Io, "Flowscope could not prepare a capture on " + iface +
                                            " (Npcap: " + errbuf + "); try again.");
    }
    std::unique_ptr<LiveCapture> capture(new LiveCapture());
    capture->m_impl = std::make_unique<Impl>();
    capture->m_impl->handle = handle;
    capture->m_options = options;

    pcap_set_snaplen(handle, static_cast<int>(options.snaplen));
    pcap_set_promisc(handle, options.promiscuous ? 1 : 0);
    pcap_set_immediate_mode(handle, options.immediateMode ? 1 : 0);
    if (options.bufferSizeBytes > 0) {
        pcap_set_buffer_size(handle, options.bufferSizeBytes);
    }
    pcap_set_timeout(handle, options.pollTimeoutMs > 0 ? options.pollTimeoutMs : 1);
    const bool nano = pcap_set_tstamp_precision(handle, PCAP_TSTAMP_PRECISION_NANO) == 0;

    const int status = pcap_activate(handle);
    if (status < 0) {
        const std::string detail = (status == PCAP_ERROR || status == PCAP_ERROR_PERM_DENIED ||
                                    status == PCAP_ERROR_NO_SUCH_DEVICE)
                                       ? pcap_geterr(handle)
                                       : "";
        return activationError(status, iface, detail);
    }
    const bool nanoActive = nano && pcap_get_tstamp_precision(handle) == PCAP_TSTAMP_PRECISION_NANO;
    capture->m_impl->fractionScale = nanoActive ? 1 : 1000;
    capture->m_linkType = dltToLinkType(pcap_datalink(handle));
    const int snap = pcap_snapshot(handle);
    capture->m_snaplen = snap > 0 ? static_cast<uint32_t>(snap) : options.snaplen;

    if (!options.filter.empty()) {
        bpf_program program{};
        if (pcap_compile(handle, &program, options.filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
            return makeError(ErrorCode::BadFilter, "The capture filter \"" + options.filter +
                                                       "\" is invalid: " + pcap_geterr(handle) +
                                                       "; correct it (see the pcap-filter "
                                                       "syntax at https://npcap.com/guide/).");
        }
        const int set = pcap_setfilter(handle, &program);
        pcap_freecode(&program);
        if (set != 0) {
            return makeError(ErrorCode::Io, "The capture filter \"" + options.filter +
                                                "\" could not be installed on " + iface +
                                                " (Npcap: " + pcap_geterr(handle) +
                                                "); try a simpler filter.");
        }
    }
    return capture;
}

LiveCapture::~LiveCapture() = default;

ReadStatus LiveCapture::next(RawPacket& out) {
    Impl& s = *m_impl;
    if (s.finished) {
        return s.failed ? ReadStatus::Error : ReadStatus::End;
    }
    if (s.interrupted.load(std::memory_order_acquire)) {
        return ReadStatus::End;
    }
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    const int rc = pcap_next_ex(s.handle, &header, &data);
    if (rc == 1) {
        out.timestampNs = static_cast<int64_t>(header->ts.tv_sec) * 1000000000 +
                          static_cast<int64_t>(header->ts.tv_usec) * s.fractionScale;
        out.capturedLength = header->caplen;
        out.wireLength = header->len;
        out.linkType = m_linkType;
        out.interfaceId = 0;
        out.data = data;
        ++s.received;
        return ReadStatus::Packet;
    }
    if (s.interrupted.load(std::memory_order_acquire) || rc == PCAP_ERROR_BREAK) {
        return ReadStatus::End;
    }
    if (rc == 0) {
        return ReadStatus::Timeout;
    }
    const std::string message = pcap_geterr(s.handle);
    s.finished = true;
    s.failed = true;
    if (rc == PCAP_ERROR_IFACE_NOT_UP) {
        m_error = makeError(ErrorCode::DeviceGone,
                            "The network adapter " + m_options.interface +
                                " went down or disappeared while capturing (Npcap: " + message +
                                "); reconnect it or choose another adapter with `flowscope-cli "
                                "interfaces`.");
    } else {
        m_error = makeError(ErrorCode::Io, "Capturing on " + m_options.interface +
                                               " failed (Npcap: " + message +
                                               "); start the capture again.");
    }
    return ReadStatus::Error;
}

CaptureCounters LiveCapture::counters() const {
    CaptureCounters c;
    c.received = m_impl->received;
    pcap_stat stats{};
    if (pcap_stats(m_impl->handle, &stats) == 0) {
        c.droppedByKernel = stats.ps_drop;
        c.droppedByInterface = stats.ps_ifdrop;
    }
    return c;
}

void LiveCapture::interrupt() {
    m_impl->interrupted.store(true, std::memory_order_release);
    pcap_breakloop(m_impl->handle);
}

}  // namespace flowscope
