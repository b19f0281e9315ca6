// Private to core/capture: LINKTYPE_* values (in files and RawPacket) versus libpcap's DLT_*
// values (pcap_open_dead, pcap_datalink). They are equal except for a few old types.
#pragma once

#include <pcap/pcap.h>

#include <cstdint>

namespace flowscope {

inline int linkTypeToDlt(uint32_t linkType) {
    switch (linkType) {
        case 100:
            return DLT_ATM_RFC1483;
        case 101:
            return DLT_RAW;
        case 102:
            return DLT_SLIP_BSDOS;
        case 103:
            return DLT_PPP_BSDOS;
        default:
            return static_cast<int>(linkType);
    }
}

inline uint32_t dltToLinkType(int dlt) {
    switch (dlt) {
        case DLT_ATM_RFC1483:
            return 100;
        case DLT_RAW:
        case 14:  // DLT_RAW on OpenBSD
            return 101;
        case DLT_SLIP_BSDOS:
            return 102;
        case DLT_PPP_BSDOS:
            return 103;
        default:
            return static_cast<uint32_t>(dlt);
    }
}

}  // namespace flowscope
