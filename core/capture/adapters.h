// The machine's network adapters, as libpcap sees them.
#pragma once

#include <string>
#include <vector>

#include "core/base/ip_address.h"
#include "core/base/result.h"

namespace flowscope {

struct AdapterAddress {
    IpAddress address;
    int prefixLength = -1;  // from the netmask; -1 if unknown
};

struct AdapterInfo {
    std::string name;         // what to pass to LiveCapture ("eth0", "lo", "any")
    std::string description;  // libpcap's description, or "" if none
    std::vector<AdapterAddress> addresses;
    bool up = false;
    bool running = false;
    bool loopback = false;
    bool wireless = false;
};

Result<std::vector<AdapterInfo>> listAdapters();

// The adapter libpcap would pick by default (first up, running, non-loopback with an
// address), or "" if there is none.
std::string defaultAdapterName(const std::vector<AdapterInfo>& adapters);

// libpcap's own version text (pcap_lib_version()), e.g. "libpcap version 1.10.3 (with
// TPACKET_V3)", for an About box.
std::string pcapLibraryVersion();

}  // namespace flowscope
