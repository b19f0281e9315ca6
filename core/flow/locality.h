// Decides which endpoint of a new flow is "local" (this machine).
//
// Live capture: the adapter's own addresses are local. When neither or both endpoints are
// own addresses (forwarded traffic, loopback), the file heuristic below decides.
//
// From a file, the heuristic, in order:
//  1. an endpoint in private, loopback, link-local or unique-local space is local when the
//     other is not;
//  2. a multicast or broadcast destination is remote;
//  3. the endpoint with the ephemeral port is local: a port >= 1024 against one < 1024, or
//     else the higher port;
//  4. the source of the flow's first packet is local.
#pragma once

#include <unordered_set>
#include <vector>

#include "core/base/ip_address.h"
#include "core/flow/flow_key.h"

namespace flowscope {

class LocalityPolicy {
public:
    LocalityPolicy() = default;  // heuristic only (files)
    explicit LocalityPolicy(const std::vector<IpAddress>& ownAddresses);

    // True if endpoint `a` of `key` is local. `sourceIsA` is the direction of the first packet.
    bool localIsA(const FlowKey& key, bool sourceIsA) const;
    bool isOwnAddress(const IpAddress& address) const;
    // Live captures know the machine's addresses; files do not.
    bool knowsOwnAddresses() const { return !m_own.empty(); }

private:
    std::unordered_set<IpAddress, IpAddressHash> m_own;
};

}  // namespace flowscope
