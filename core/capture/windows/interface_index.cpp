// Npcap adapter name → interface index through the IP Helper API: the GUID in the name is the
// interface's GUID, which ConvertInterfaceGuidToLuid and ConvertInterfaceLuidToIndex map to the
// index IPFIX collectors see as the ifIndex. The loopback adapter has no GUID in its name; its
// index is that of the interface table's software loopback.
#include <winsock2.h>
#include <ws2ipdef.h>
// iphlpapi.h needs the two above first.
#include <iphlpapi.h>
#include <netioapi.h>

#include <cstring>

#include "core/capture/interface_index.h"

namespace flowscope {

namespace {

uint32_t loopbackIndex() {
    MIB_IF_TABLE2* table = nullptr;
    if (GetIfTable2(&table) != NO_ERROR) {
        return 0;
    }
    uint32_t index = 0;
    for (ULONG i = 0; i < table->NumEntries && index == 0; ++i) {
        if (table->Table[i].Type == IF_TYPE_SOFTWARE_LOOPBACK) {
            index = uint32_t(table->Table[i].InterfaceIndex);
        }
    }
    FreeMibTable(table);
    return index;
}

uint32_t indexOfGuid(const AdapterGuid& parsed) {
    GUID guid{};
    guid.Data1 = parsed.data1;
    guid.Data2 = parsed.data2;
    guid.Data3 = parsed.data3;
    std::memcpy(guid.Data4, parsed.data4.data(), sizeof guid.Data4);
    NET_LUID luid{};
    if (ConvertInterfaceGuidToLuid(&guid, &luid) != NO_ERROR) {
        return 0;
    }
    NET_IFINDEX index = 0;
    return ConvertInterfaceLuidToIndex(&luid, &index) == NO_ERROR ? uint32_t(index) : 0;
}

}  // namespace

uint32_t interfaceIndex(const std::string& adapterName) {
    if (isNpcapLoopback(adapterName)) {
        return loopbackIndex();
    }
    const auto guid = npcapAdapterGuid(adapterName);
    return guid ? indexOfGuid(*guid) : 0;
}

}  // namespace flowscope
