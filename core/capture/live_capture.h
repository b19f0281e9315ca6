// Live capture from an adapter through libpcap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/capture/packet_source.h"

namespace flowscope {

// Default snapshot length: enough for every header we decode (Ethernet + 2 VLAN tags +
// IPv6 with extension headers + TCP with options) plus DNS answers and a TLS ClientHello
// for the name learning of later stages.
inline constexpr uint32_t kDefaultSnaplen = 2048;

struct LiveOptions {
    std::string interface;
    uint32_t snaplen = kDefaultSnaplen;
    bool promiscuous = false;
    bool immediateMode = true;
    int bufferSizeBytes = 8 * 1024 * 1024;
    int pollTimeoutMs = 100;  // how long next() may block before returning Timeout
    std::string filter;       // BPF expression; empty = everything
    // Through the capture helper only: ask it for socket events too ("auto" or "ebpf": it
    // loads the eBPF socket tracker where it may; "" = none). See HelperCapture::events*.
    std::string socketEvents;
    size_t socketEventBytes = size_t(1) << 20;  // the tracker's ring buffer
};

class LiveCapture final : public PacketSource {
public:
    // Errors: NotFound (no such adapter), PermissionDenied (the sentence names the fix:
    // `sudo setcap cap_net_raw,cap_net_admin=eip <binary>` or run with privileges),
    // BadFilter (with libpcap's reason), Io.
    static Result<std::unique_ptr<LiveCapture>> open(const LiveOptions& options);
    ~LiveCapture() override;

    ReadStatus next(RawPacket& out) override;
    const Error& error() const override { return m_error; }
    Phrase warningPhrase() const override { return linkTypeWarningPhrase(); }
    // Calls pcap_stats; safe from the capture thread. Other threads should use the engine's
    // published counters.
    CaptureCounters counters() const override;
    void interrupt() override;
    bool isLive() const override { return true; }
    uint32_t linkType() const override { return m_linkType; }
    uint32_t snaplen() const override { return m_snaplen; }
    std::string description() const override { return "interface " + m_options.interface; }

    struct Impl;

private:
    LiveCapture() = default;
    std::unique_ptr<Impl> m_impl;
    LiveOptions m_options;
    uint32_t m_linkType = 0;
    uint32_t m_snaplen = 0;
    Error m_error;
};

}  // namespace flowscope
