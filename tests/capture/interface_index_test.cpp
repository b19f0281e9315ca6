// Adapter name -> interface index (core/capture/interface_index.h): Npcap's names parsed on
// every system; on Linux the index checked against the kernel's own /sys/class/net.
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "core/capture/interface_index.h"

namespace flowscope {
namespace {

TEST(NpcapAdapterGuid, ParsesTheGuidOfAnNpfName) {
    const auto g = npcapAdapterGuid("\\Device\\NPF_{4D36E972-e325-11CE-BFC1-08002BE10318}");
    ASSERT_TRUE(g.has_value());
    EXPECT_EQ(g->data1, 0x4D36E972u);
    EXPECT_EQ(g->data2, 0xE325u);
    EXPECT_EQ(g->data3, 0x11CEu);
    const std::array<uint8_t, 8> data4{0xBF, 0xC1, 0x08, 0x00, 0x2B, 0xE1, 0x03, 0x18};
    EXPECT_EQ(g->data4, data4);
}

TEST(NpcapAdapterGuid, RefusesWhatIsNotExactlyOne) {
    for (const char* name : {
             "",
             "eth0",
             "\\Device\\NPF_Loopback",
             "\\Device\\NPF_4D36E972-E325-11CE-BFC1-08002BE10318",     // no braces
             "\\Device\\NPF_{4D36E972-E325-11CE-BFC1-08002BE10318",    // no closing brace
             "\\Device\\NPF_{4D36E972-E325-11CE-BFC1-08002BE10318}x",  // after it
             "\\Device\\NPF_{4D36E97-E325-11CE-BFC1-08002BE103180}",   // groups shifted
             "\\Device\\NPF_{4D36E972-E325-11CE-BFC108002BE10318}",    // a dash missing
             "\\Device\\NPF_{4D36E972-E325-11CE-BFC1-08002BE1031G}",   // not hex
             "\\Device\\NPF_{4D36E972-E325-11CE-BFC1-08002BE1031}",    // a digit short
             "rpcap://\\Device\\NPF_{4D36E972-E325-11CE-BFC1-08002BE10318}",
         }) {
        EXPECT_FALSE(npcapAdapterGuid(name).has_value()) << name;
    }
}

TEST(NpcapAdapterGuid, KnowsTheLoopbackAdapter) {
    EXPECT_TRUE(isNpcapLoopback("\\Device\\NPF_Loopback"));
    EXPECT_FALSE(isNpcapLoopback("\\Device\\NPF_loopback0"));
    EXPECT_FALSE(isNpcapLoopback("lo"));
}

#ifdef __linux__
TEST(InterfaceIndex, IsTheKernelsIfindex) {
    std::ifstream sys("/sys/class/net/lo/ifindex");
    unsigned expected = 0;
    if (!(sys >> expected)) {
        GTEST_SKIP() << "/sys/class/net/lo/ifindex cannot be read here";
    }
    EXPECT_EQ(interfaceIndex("lo"), expected);
    EXPECT_EQ(interfaceIndex("no-such-adapter0"), 0u);
    EXPECT_EQ(interfaceIndex(""), 0u);
    EXPECT_EQ(interfaceIndex("/tmp/capture.pcap"), 0u);
}
#endif

}  // namespace
}  // namespace flowscope
