// Npcap adapter names -> interface indexes on the real system, run under wine by
// tools/cross_windows.sh. The oracle is a different API from the one the code uses:
// GetAdaptersAddresses lists every adapter with its GUID name and index, and each
// "\Device\NPF_" + that name must give that index (the code goes GUID -> LUID -> index).
#include <winsock2.h>
#include <ws2ipdef.h>
// iphlpapi.h needs the two above first.
#include <iphlpapi.h>

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/capture/interface_index.h"

namespace flowscope {
namespace {

struct ListedAdapter {
    std::string name;  // "{GUID}"
    uint32_t index = 0;
    bool loopback = false;
};

std::vector<ListedAdapter> listedAdapters() {
    ULONG size = 16 * 1024;
    std::vector<unsigned char> buffer;
    ULONG rc = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 4 && rc == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(size);
        rc = GetAdaptersAddresses(AF_UNSPEC, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST,
                                  nullptr, reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()),
                                  &size);
    }
    std::vector<ListedAdapter> out;
    if (rc != NO_ERROR) {
        return out;
    }
    for (auto* a = reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()); a; a = a->Next) {
        const uint32_t index = a->IfIndex != 0 ? a->IfIndex : a->Ipv6IfIndex;
        out.push_back({a->AdapterName, index, a->IfType == IF_TYPE_SOFTWARE_LOOPBACK});
    }
    return out;
}

TEST(WindowsInterfaceIndex, EveryAdapterGuidGivesItsIndex) {
    const auto adapters = listedAdapters();
    ASSERT_FALSE(adapters.empty()) << "GetAdaptersAddresses listed no adapter";
    for (const ListedAdapter& a : adapters) {
        ASSERT_TRUE(npcapAdapterGuid("\\Device\\NPF_" + a.name).has_value()) << a.name;
        EXPECT_EQ(interfaceIndex("\\Device\\NPF_" + a.name), a.index) << a.name;
    }
}

TEST(WindowsInterfaceIndex, NpcapLoopbackIsTheLoopbackInterface) {
    for (const ListedAdapter& a : listedAdapters()) {
        if (a.loopback) {
            EXPECT_EQ(interfaceIndex("\\Device\\NPF_Loopback"), a.index);
            return;
        }
    }
    GTEST_SKIP() << "this system lists no loopback interface";
}

TEST(WindowsInterfaceIndex, UnknownNamesGiveZero) {
    EXPECT_EQ(interfaceIndex("\\Device\\NPF_{00000000-0000-0000-0000-000000000001}"), 0u);
    EXPECT_EQ(interfaceIndex("eth0"), 0u);
    EXPECT_EQ(interfaceIndex("C:\\captures\\a.pcap"), 0u);
    EXPECT_EQ(interfaceIndex(""), 0u);
}

}  // namespace
}  // namespace flowscope
