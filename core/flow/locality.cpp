#include "core/flow/locality.h"

namespace flowscope {

LocalityPolicy::LocalityPolicy(const std::vector<IpAddress>& ownAddresses)
    : m_own(ownAddresses.begin(), ownAddresses.end()) {}

bool LocalityPolicy::isOwnAddress(const IpAddress& address) const {
    return m_own.count(address) != 0;
}

bool LocalityPolicy::localIsA(const FlowKey& key, bool sourceIsA) const {
    const IpAddress& a = key.a.address;
    const IpAddress& b = key.b.address;
    // Live capture: the adapter's own addresses, when exactly one endpoint has one.
    if (!m_own.empty()) {
        const bool ownA = isOwnAddress(a);
        const bool ownB = isOwnAddress(b);
        if (ownA != ownB) {
            return ownA;
        }
    }
    // 1. Private / loopback / link-local / unique-local against anything else.
    const bool scopeA = a.isLocalScope();
    const bool scopeB = b.isLocalScope();
    if (scopeA != scopeB) {
        return scopeA;
    }
    // 2. A multicast or broadcast destination is remote, so the source is local.
    const IpAddress& destination = sourceIsA ? b : a;
    if (destination.isMulticast() || destination.isBroadcast()) {
        return sourceIsA;
    }
    // 3. The ephemeral port is local: >= 1024 against < 1024, else the higher port.
    if (key.hasPorts) {
        const uint16_t pa = key.a.port;
        const uint16_t pb = key.b.port;
        const bool wellKnownA = pa < 1024;
        const bool wellKnownB = pb < 1024;
        if (wellKnownA != wellKnownB) {
            return wellKnownB;
        }
        if (pa != pb) {
            return pa > pb;
        }
    }
    // 4. The first packet's source.
    return sourceIsA;
}

}  // namespace flowscope
