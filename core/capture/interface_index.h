// The operating system's index of a capture adapter, as IPFIX's ingressInterface carries it
// (RFC 7012: the ifIndex). On POSIX it is what if_nametoindex() gives for "eth0". Npcap names a
// Windows adapter \Device\NPF_{GUID}, so there the GUID is parsed and mapped to the interface's
// index by the IP Helper API, and Npcap's loopback adapter (\Device\NPF_Loopback) is the
// loopback interface's index.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace flowscope {

// 0 when the name is not one of this machine's adapters (or a capture file's path).
uint32_t interfaceIndex(const std::string& adapterName);

// A GUID as Windows lays it out (Data1, Data2, Data3 in the machine's byte order, Data4 as
// bytes), parsed from the braces of an Npcap adapter name.
struct AdapterGuid {
    uint32_t data1 = 0;
    uint16_t data2 = 0;
    uint16_t data3 = 0;
    std::array<uint8_t, 8> data4{};
    friend bool operator==(const AdapterGuid&, const AdapterGuid&) = default;
};

// "\Device\NPF_{4D36E972-E325-11CE-BFC1-08002BE10318}" (hex digits in either case) → its GUID;
// anything else (another prefix, a brace or digit missing or extra) → nullopt.
std::optional<AdapterGuid> npcapAdapterGuid(std::string_view adapterName);

// Npcap's loopback adapter, "\Device\NPF_Loopback".
bool isNpcapLoopback(std::string_view adapterName);

}  // namespace flowscope
