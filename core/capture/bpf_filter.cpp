// BpfFilter: libpcap's compiler on a dead handle; matching with pcap_offline_filter.
#include "core/capture/bpf_filter.h"

#include <pcap/pcap.h>

#include "core/capture/npcap.h"
#include "core/capture/pcap_link_types.h"

namespace flowscope {

struct BpfFilter::Program {
    bpf_program program{};
    ~Program() { pcap_freecode(&program); }
};

Result<BpfFilter> BpfFilter::compile(const std::string& expression, uint32_t linkType,
                                     uint32_t snaplen) {
    if (!npcapAvailable()) {
        return npcapMissingError();  // Windows without Npcap: filters are compiled by wpcap.dll
    }
    pcap_t* dead = pcap_open_dead(linkTypeToDlt(linkType), static_cast<int>(snaplen));
    if (!dead) {
        return makeError(ErrorCode::Internal,
                         phrase(FS_PHRASE("Core",
                                          "libpcap could not prepare a filter compiler "
                                          "(out of memory?); try again or restart "
                                          "Flowscope.")));
    }
    auto program = std::make_unique<Program>();
    if (pcap_compile(dead, &program->program, expression.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        std::string reason = pcap_geterr(dead);
        pcap_close(dead);
        program->program = bpf_program{};
        return makeError(ErrorCode::BadFilter,
                         phrase(FS_PHRASE("Core",
                                          "The capture filter \"%1\" is invalid: %2; "
                                          "correct it (%3)."),
                                {verbatim(expression), verbatim(reason),
                                 phrase(FS_PHRASE("Core", "see `man pcap-filter`"))}));
    }
    pcap_close(dead);
    BpfFilter filter;
    filter.m_program = std::move(program);
    filter.m_expression = expression;
    return filter;
}

Status BpfFilter::validate(const std::string& expression, uint32_t linkType) {
    auto result = compile(expression, linkType);
    if (!result) {
        return result.error();
    }
    return {};
}

BpfFilter::BpfFilter(BpfFilter&&) noexcept = default;
BpfFilter& BpfFilter::operator=(BpfFilter&&) noexcept = default;
BpfFilter::~BpfFilter() = default;

bool BpfFilter::matches(const RawPacket& packet) const {
    if (!m_program || !packet.data) {
        return false;
    }
    pcap_pkthdr header{};
    header.ts.tv_sec = static_cast<time_t>(packet.timestampNs / 1000000000);
    header.ts.tv_usec = static_cast<suseconds_t>((packet.timestampNs % 1000000000) / 1000);
    header.caplen = packet.capturedLength;
    header.len = packet.wireLength;
    return pcap_offline_filter(&m_program->program, &header, packet.data) != 0;
}

}  // namespace flowscope
