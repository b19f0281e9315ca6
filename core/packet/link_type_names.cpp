// Registered link-type names (tcpdump.org's LINKTYPE_* list) for messages about captures
// Flowscope does not decode.
#include <algorithm>
#include <iterator>

#include "core/packet/link_type.h"

namespace flowscope {

namespace {

struct NamedLinkType {
    uint32_t value;
    const char* name;
};

// Sorted by value. The common types and those seen in public captures; a missing value is
// named by its number alone.
constexpr NamedLinkType kRegistered[] = {
    {0, "NULL"},
    {1, "ETHERNET"},
    {3, "AX25"},
    {6, "IEEE802_5"},
    {7, "ARCNET_BSD"},
    {8, "SLIP"},
    {9, "PPP"},
    {10, "FDDI"},
    {12, "RAW"},
    {14, "RAW"},
    {50, "PPP_HDLC"},
    {51, "PPP_ETHER"},
    {100, "ATM_RFC1483"},
    {101, "RAW"},
    {104, "C_HDLC"},
    {105, "IEEE802_11"},
    {107, "FRELAY"},
    {108, "LOOP"},
    {113, "LINUX_SLL"},
    {114, "LTALK"},
    {117, "PFLOG"},
    {119, "IEEE802_11_PRISM"},
    {122, "IP_OVER_FC"},
    {123, "SUNATM"},
    {127, "IEEE802_11_RADIOTAP"},
    {129, "ARCNET_LINUX"},
    {138, "APPLE_IP_OVER_IEEE1394"},
    {139, "MTP2_WITH_PHDR"},
    {140, "MTP2"},
    {141, "MTP3"},
    {142, "SCCP"},
    {143, "DOCSIS"},
    {144, "LINUX_IRDA"},
    {163, "IEEE802_11_AVS"},
    {165, "BACNET_MS_TP"},
    {166, "PPP_PPPD"},
    {169, "GPRS_LLC"},
    {177, "LINUX_LAPD"},
    {187, "BLUETOOTH_HCI_H4"},
    {189, "USB_LINUX"},
    {192, "PPI"},
    {195, "IEEE802_15_4_WITHFCS"},
    {196, "SITA"},
    {197, "ERF"},
    {201, "BLUETOOTH_HCI_H4_WITH_PHDR"},
    {202, "AX25_KISS"},
    {203, "LAPD"},
    {204, "PPP_WITH_DIR"},
    {205, "C_HDLC_WITH_DIR"},
    {206, "FRELAY_WITH_DIR"},
    {209, "IPMB_LINUX"},
    {215, "IEEE802_15_4_NONASK_PHY"},
    {220, "USB_LINUX_MMAPPED"},
    {224, "FC_2"},
    {225, "FC_2_WITH_FRAME_DELIMS"},
    {226, "IPNET"},
    {227, "CAN_SOCKETCAN"},
    {228, "IPV4"},
    {229, "IPV6"},
    {230, "IEEE802_15_4_NOFCS"},
    {231, "DBUS"},
    {235, "DVB_CI"},
    {239, "NFLOG"},
    {240, "NETANALYZER"},
    {241, "NETANALYZER_TRANSPARENT"},
    {242, "IPOIB"},
    {243, "MPEG_2_TS"},
    {247, "INFINIBAND"},
    {248, "SCTP"},
    {249, "USBPCAP"},
    {251, "BLUETOOTH_LE_LL"},
    {253, "NETLINK"},
    {254, "BLUETOOTH_LINUX_MONITOR"},
    {256, "BLUETOOTH_LE_LL_WITH_PHDR"},
    {258, "PKTAP"},
    {259, "EPON"},
    {266, "USB_DARWIN"},
    {271, "VSOCK"},
    {272, "NORDIC_BLE"},
    {274, "ETHERNET_MPACKET"},
    {276, "LINUX_SLL2"},
    {281, "DSA_TAG_BRCM"},
    {282, "DSA_TAG_BRCM_PREPEND"},
    {283, "IEEE802_15_4_TAP"},
    {284, "DSA_TAG_DSA"},
    {285, "DSA_TAG_EDSA"},
    {290, "ETW"},
};

}  // namespace

const char* registeredLinkTypeName(uint32_t linkType) {
    if (linkType >= kLinkUserFirst && linkType <= kLinkUserLast) {
        static constexpr const char* kUser[] = {
            "USER0", "USER1", "USER2",  "USER3",  "USER4",  "USER5",  "USER6",  "USER7",
            "USER8", "USER9", "USER10", "USER11", "USER12", "USER13", "USER14", "USER15"};
        return kUser[linkType - kLinkUserFirst];
    }
    const auto* it = std::lower_bound(
        std::begin(kRegistered), std::end(kRegistered), linkType,
        [](const NamedLinkType& entry, uint32_t value) { return entry.value < value; });
    return it != std::end(kRegistered) && it->value == linkType ? it->name : nullptr;
}

std::string unsupportedLinkTypeWarning(uint32_t linkType) {
    return english(unsupportedLinkType(linkType));
}

Phrase unsupportedLinkType(uint32_t linkType) {
    if (isSupportedLinkType(linkType)) {
        return {};
    }
    const char* name = registeredLinkTypeName(linkType);
    const std::string type = name != nullptr
                                 ? std::string(name) + " (" + std::to_string(linkType) + ")"
                                 : std::to_string(linkType);
    return phrase(FS_PHRASE("Core",
                            "Flowscope does not decode link type %1: its packets are "
                            "counted as non-IP and form no connections; open the capture "
                            "in Wireshark to see their contents."),
                  {verbatim(type)});
}

}  // namespace flowscope
