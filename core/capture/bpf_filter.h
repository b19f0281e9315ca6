// BPF capture filters compiled by libpcap, usable on live captures (in the kernel) and on
// file packets (pcap_offline_filter), and for validating a filter as the user types.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/capture/raw_packet.h"

namespace flowscope {

class BpfFilter {
public:
    // Compiles `expression` for `linkType`. Error code BadFilter with libpcap's reason, e.g.
    // "The capture filter \"tcp port x\" is invalid: illegal port number ...".
    static Result<BpfFilter> compile(const std::string& expression, uint32_t linkType,
                                     uint32_t snaplen = 262144);
    // Just checks; for the GUI's filter field.
    static Status validate(const std::string& expression, uint32_t linkType = 1);

    BpfFilter(BpfFilter&&) noexcept;
    BpfFilter& operator=(BpfFilter&&) noexcept;
    ~BpfFilter();

    bool matches(const RawPacket& packet) const;
    const std::string& expression() const { return m_expression; }

    struct Program;

private:
    BpfFilter() = default;
    std::unique_ptr<Program> m_program;
    std::string m_expression;
};

}  // namespace flowscope
