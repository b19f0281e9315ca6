// listAdapters: pcap_findalldevs, with flags and IPv4/IPv6 addresses.
#include "core/capture/adapters.h"

#include <pcap/pcap.h>  // on Windows it includes winsock2.h (sockaddr_in, AF_INET6)
#ifndef _WIN32
#include <netinet/in.h>
#include <sys/socket.h>
#endif

#include <bit>

#include "core/capture/npcap.h"

namespace flowscope {

namespace {

// Number of leading one bits of a netmask given as network-order bytes.
int prefixFromMask(const uint8_t* mask, size_t size) {
    int bits = 0;
    for (size_t i = 0; i < size; ++i) {
        const int ones = std::countl_one(mask[i]);
        bits += ones;
        if (ones < 8) {
            break;
        }
    }
    return bits;
}

void addAddress(AdapterInfo& info, const pcap_addr* a) {
    if (!a->addr) {
        return;
    }
    AdapterAddress out;
    if (a->addr->sa_family == AF_INET) {
        const auto* sin = reinterpret_cast<const sockaddr_in*>(a->addr);
        out.address = IpAddress::fromV4(reinterpret_cast<const uint8_t*>(&sin->sin_addr));
        if (a->netmask && a->netmask->sa_family == AF_INET) {
            const auto* mask = reinterpret_cast<const sockaddr_in*>(a->netmask);
            out.prefixLength = prefixFromMask(reinterpret_cast<const uint8_t*>(&mask->sin_addr), 4);
        }
    } else if (a->addr->sa_family == AF_INET6) {
        const auto* sin6 = reinterpret_cast<const sockaddr_in6*>(a->addr);
        out.address = IpAddress::fromV6(reinterpret_cast<const uint8_t*>(&sin6->sin6_addr));
        if (a->netmask && a->netmask->sa_family == AF_INET6) {
            const auto* mask = reinterpret_cast<const sockaddr_in6*>(a->netmask);
            out.prefixLength =
                prefixFromMask(reinterpret_cast<const uint8_t*>(&mask->sin6_addr), 16);
        }
    } else {
        return;
    }
    info.addresses.push_back(out);
}

}  // namespace

Result<std::vector<AdapterInfo>> listAdapters() {
    if (!npcapAvailable()) {
        return npcapMissingError();  // Windows without Npcap
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_if_t* devices = nullptr;
    if (pcap_findalldevs(&devices, errbuf) != 0) {
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "Flowscope could not list the network adapters "
                                          "(libpcap: %1); check that the system's "
                                          "network stack is working and try again."),
                                {verbatim(errbuf)}));
    }
    std::vector<AdapterInfo> result;
    for (const pcap_if_t* d = devices; d; d = d->next) {
        AdapterInfo info;
        info.name = d->name ? d->name : "";
        info.description = d->description ? d->description : "";
        info.up = (d->flags & PCAP_IF_UP) != 0;
        info.running = (d->flags & PCAP_IF_RUNNING) != 0;
        info.loopback = (d->flags & PCAP_IF_LOOPBACK) != 0;
        info.wireless = (d->flags & PCAP_IF_WIRELESS) != 0;
        for (const pcap_addr* a = d->addresses; a; a = a->next) {
            addAddress(info, a);
        }
        result.push_back(std::move(info));
    }
    pcap_freealldevs(devices);
    return result;
}

std::string defaultAdapterName(const std::vector<AdapterInfo>& adapters) {
    for (const AdapterInfo& a : adapters) {
        if (a.up && a.running && !a.loopback && !a.addresses.empty()) {
            return a.name;
        }
    }
    return {};
}

std::string pcapLibraryVersion() {
    const char* version = pcap_lib_version();
    return version ? version : "";
}

}  // namespace flowscope
