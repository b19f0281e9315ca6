// readAdapterCounters: the loopback adapter is listed and its counters follow real traffic.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "core/capture/adapter_stats.h"

namespace flowscope {
namespace {

std::optional<AdapterCounters> findLoopback() {
    auto counters = readAdapterCounters();
    if (!counters) {
        return std::nullopt;
    }
    auto it = std::find_if(counters->begin(), counters->end(),
                           [](const AdapterCounters& c) { return c.name == "lo"; });
    if (it == counters->end()) {
        return std::nullopt;
    }
    return *it;
}

TEST(AdapterStats, ListsLoopback) {
#ifndef __linux__
    GTEST_SKIP() << "adapter counters are only implemented on Linux";
#endif
    auto counters = readAdapterCounters();
    ASSERT_TRUE(counters.ok()) << counters.error().message;
    EXPECT_FALSE(counters->empty());
    EXPECT_TRUE(findLoopback().has_value());
}

TEST(AdapterStats, LoopbackCountersGrowWithTraffic) {
#ifndef __linux__
    GTEST_SKIP() << "adapter counters are only implemented on Linux";
#endif
    const int receiver = socket(AF_INET, SOCK_DGRAM, 0);
    const int sender = socket(AF_INET, SOCK_DGRAM, 0);
    ASSERT_GE(receiver, 0);
    ASSERT_GE(sender, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    ASSERT_EQ(bind(receiver, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    socklen_t len = sizeof addr;
    ASSERT_EQ(getsockname(receiver, reinterpret_cast<sockaddr*>(&addr), &len), 0);
    int bufferSize = 4 * 1024 * 1024;
    setsockopt(receiver, SOL_SOCKET, SO_RCVBUF, &bufferSize, sizeof bufferSize);

    const auto before = findLoopback();
    ASSERT_TRUE(before.has_value());

    constexpr int kDatagrams = 100;
    constexpr size_t kPayload = 1000;
    std::vector<char> payload(kPayload, 'x');
    for (int i = 0; i < kDatagrams; ++i) {
        ASSERT_EQ(sendto(sender, payload.data(), payload.size(), 0,
                         reinterpret_cast<const sockaddr*>(&addr), sizeof addr),
                  static_cast<ssize_t>(kPayload));
    }
    const auto after = findLoopback();
    close(sender);
    close(receiver);
    ASSERT_TRUE(after.has_value());

    // 32-bit kernel counters may wrap; unsigned subtraction in 32 bits handles one wrap.
    const auto grew = [](uint64_t a, uint64_t b) { return uint64_t(uint32_t(b - a)); };
    EXPECT_GE(grew(before->rxBytes, after->rxBytes), kDatagrams * kPayload);
    EXPECT_GE(grew(before->txBytes, after->txBytes), kDatagrams * kPayload);
    EXPECT_GE(grew(before->rxPackets, after->rxPackets), uint64_t(kDatagrams));
    EXPECT_GE(grew(before->txPackets, after->txPackets), uint64_t(kDatagrams));
}

}  // namespace
}  // namespace flowscope
