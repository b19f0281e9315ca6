// LiveCapture on Windows (Npcap): pcap_create/pcap_activate with every failure mapped to one
// sentence, then pcap_next_ex, which Npcap bounds by the read timeout (pollTimeoutMs) even in
// immediate mode; interrupt() is pcap_breakloop, which also signals the handle's read event.
// Once interrupted, next() hands out the frames the driver already holds (PcapDrain), then
// ends. The Linux version (../live_capture.cpp) waits in poll() instead, which Windows lacks.
#include "core/capture/live_capture.h"

#include <pcap/pcap.h>
// pcap.h includes winsock2.h, whose objbase.h defines `interface` as `struct`: the macro
// would rewrite LiveOptions::interface.
#undef interface

#include <atomic>

#include "core/capture/npcap.h"
#include "core/capture/pcap_drain.h"
#include "core/capture/pcap_open.h"

namespace flowscope {

// Named in error sentences (PcapWording::library).
constexpr const char* kLibrary = "Npcap";

struct LiveCapture::Impl {
    pcap_t* handle = nullptr;
    std::atomic<bool> interrupted{false};
    PcapDrain drain;  // what next() still hands out once interrupted
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

Result<std::unique_ptr<LiveCapture>> LiveCapture::open(const LiveOptions& options) {
    if (!npcapAvailable()) {
        return npcapMissingError();
    }
    if (options.interface.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         phrase(FS_PHRASE("Core",
                                          "No network adapter was chosen; pick one from "
                                          "`flowscope-cli interfaces`.")));
    }
    const PcapWording wording{
        kLibrary,
        phrase(FS_PHRASE("Core",
                         "Npcap was installed for administrators only: run Flowscope as "
                         "administrator, or reinstall Npcap without \"Restrict Npcap "
                         "driver's access to Administrators only\".")),
        phrase(FS_PHRASE("Core", "see the pcap-filter syntax at %1"),
               {verbatim("https://npcap.com/guide/")})};
    auto opened = openPcapHandle(options, wording);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<LiveCapture> capture(new LiveCapture());
    capture->m_impl = std::make_unique<Impl>();
    capture->m_impl->handle = opened.value().handle;
    capture->m_impl->fractionScale = opened.value().fractionScale;
    capture->m_options = options;
    capture->m_linkType = opened.value().linkType;
    capture->m_snaplen = opened.value().snaplen;
    return capture;
}

LiveCapture::~LiveCapture() = default;

ReadStatus LiveCapture::next(RawPacket& out) {
    Impl& s = *m_impl;
    if (s.finished) {
        return s.failed ? ReadStatus::Error : ReadStatus::End;
    }
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    if (s.interrupted.load(std::memory_order_acquire)) {
        // What Npcap's driver already holds was collected before the stop (PcapDrain).
        if (!s.drain.next(s.handle, s.fractionScale, header, data)) {
            s.finished = true;
            return ReadStatus::End;
        }
    }
    const int rc = header != nullptr ? 1 : pcap_next_ex(s.handle, &header, &data);
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
    if (s.interrupted.load(std::memory_order_acquire)) {
        return next(out);  // hands out what the driver holds, then ends
    }
    if (rc == PCAP_ERROR_BREAK) {
        s.finished = true;
        return ReadStatus::End;
    }
    if (rc == 0) {
        return ReadStatus::Timeout;
    }
    const std::string message = pcap_geterr(s.handle);
    s.finished = true;
    s.failed = true;
    m_error = liveReadError(rc, m_options.interface, message, false, kLibrary);
    return ReadStatus::Error;
}

CaptureCounters LiveCapture::counters() const {
    return liveCounters(m_impl->handle, m_impl->received);
}

void LiveCapture::interrupt() {
    m_impl->drain.markStop();
    m_impl->interrupted.store(true, std::memory_order_release);
    pcap_breakloop(m_impl->handle);
}

}  // namespace flowscope
