// libFuzzer target for core/packet: the first 2 bytes pick one of the supported link types,
// the rest is the captured frame. LLC/SNAP, PPPoE and MPLS are reached through Ethernet (and
// LLC through 802.11 and Linux cooked captures).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include "core/packet/decoder.h"
#include "core/packet/link_type.h"

namespace {

constexpr uint32_t kLinkTypes[] = {
    flowscope::kLinkNull,      flowscope::kLinkEthernet,  flowscope::kLinkRawAlt12,
    flowscope::kLinkRawAlt14,  flowscope::kLinkRaw,       flowscope::kLinkLoop,
    flowscope::kLinkLinuxSll,  flowscope::kLinkIpv4,      flowscope::kLinkIpv6,
    flowscope::kLinkLinuxSll2, flowscope::kLinkIeee80211, flowscope::kLinkIeee80211Radiotap,
};
constexpr size_t kLinkTypeCount = sizeof kLinkTypes / sizeof kLinkTypes[0];

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2) {
        return 0;
    }
    const uint32_t linkType = kLinkTypes[((data[0] << 8) | data[1]) % kLinkTypeCount];
    if (!flowscope::isSupportedLinkType(linkType)) {
        std::abort();
    }
    // An exact-size copy, so ASan reports a read one byte past the frame.
    const size_t length = size - 2;
    std::unique_ptr<uint8_t[]> frame(new uint8_t[length]);
    for (size_t i = 0; i < length; ++i) {
        frame[i] = data[2 + i];
    }
    flowscope::DecodedPacket out;
    const flowscope::DecodeStatus status =
        flowscope::decodePacket(linkType, frame.get(), length, out);

    // Properties that hold for any input.
    if (size_t{out.payloadOffset} + out.payloadLength > length) {
        std::abort();
    }
    if (status == flowscope::DecodeStatus::Ip && out.src.family() != out.dst.family()) {
        std::abort();
    }
    if (status == flowscope::DecodeStatus::NonIp && (out.hasPorts || out.hasIcmp)) {
        std::abort();
    }
    if (out.fragment == flowscope::FragmentKind::NonFirst && out.hasPorts) {
        std::abort();
    }
    return 0;
}
