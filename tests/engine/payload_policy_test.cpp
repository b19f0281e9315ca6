// Which frames the capture thread copies whole (for the name learner) and which only up to
// copyBytes.
#include "core/engine/payload_policy.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/packet/frame_builder.h"

namespace flowscope {
namespace {

using namespace flowscope::test;

constexpr uint32_t kCopy = 256;

Bytes udpFrame(uint16_t src, uint16_t dst, size_t payloadLength) {
    Ipv4Options ip;
    ip.protocol = kProtoUdp;
    return cat({ethernet(kEtherIpv4), ipv4(ip, 8 + payloadLength), udp(src, dst, payloadLength),
                payload(payloadLength)});
}

Bytes tcpFrame(uint16_t src, uint16_t dst, const Bytes& data) {
    return cat({ethernet(kEtherIpv4), ipv4(Ipv4Options{}, 20 + data.size()),
                tcp(src, dst, kTcpAck | kTcpPsh), data});
}

uint32_t copied(const Bytes& frame, uint32_t capturedLength) {
    RawPacket packet;
    packet.linkType = 1;  // Ethernet
    packet.data = frame.data();
    packet.capturedLength = capturedLength;
    packet.wireLength = uint32_t(frame.size());
    return bytesToCopy(packet, kCopy);
}
uint32_t copied(const Bytes& frame) {
    return copied(frame, uint32_t(frame.size()));
}

Bytes textPayload(const std::string& start, size_t length) {
    Bytes b(start.begin(), start.end());
    b.resize(length, 'x');
    return b;
}

TEST(PayloadPolicy, SmallFramesAreCopiedWhole) {
    const Bytes frame = udpFrame(40000, 443, 100);
    EXPECT_EQ(copied(frame), frame.size());
}

TEST(PayloadPolicy, DnsResponsesAreCopiedWhole) {
    const Bytes frame = udpFrame(53, 40000, 900);
    EXPECT_EQ(copied(frame), frame.size());
    EXPECT_EQ(copied(udpFrame(5353, 5353, 900)), udpFrame(5353, 5353, 900).size());
    EXPECT_EQ(copied(tcpFrame(53, 40000, payload(700))), tcpFrame(53, 40000, payload(700)).size());
}

TEST(PayloadPolicy, DnsQueriesAndBulkDataOnlyHeaders) {
    EXPECT_EQ(copied(udpFrame(40000, 53, 900)), kCopy);
    EXPECT_EQ(copied(udpFrame(40000, 9999, 1400)), kCopy);
    EXPECT_EQ(copied(tcpFrame(443, 40000, payload(1400, 0x17))), kCopy);  // TLS app data
}

TEST(PayloadPolicy, TlsHandshakesAndHttpRequestsAreCopiedWhole) {
    Bytes hello = payload(600, 0x01);
    hello[0] = 0x16;
    hello[1] = 0x03;
    const Bytes tls = tcpFrame(40000, 443, hello);
    EXPECT_EQ(copied(tls), tls.size());
    const Bytes http = tcpFrame(40000, 8080, textPayload("GET /index.html HTTP/1.1\r\n", 700));
    EXPECT_EQ(copied(http), http.size());
    const Bytes notHttp = tcpFrame(40000, 80, textPayload("get lower case", 700));
    EXPECT_EQ(copied(notHttp), kCopy);
}

TEST(PayloadPolicy, NeverMoreThanCapturedOrTheCap) {
    const Bytes big = udpFrame(53, 40000, kNamePayloadBytes + 500);
    EXPECT_EQ(copied(big), kNamePayloadBytes);
    const Bytes frame = udpFrame(53, 40000, 900);
    EXPECT_EQ(copied(frame, 300), 300u);  // snaplen cut the frame at 300 bytes
}

TEST(PayloadPolicy, NonIpFramesOnlyHeaders) {
    Bytes arp = cat({ethernet(kEtherArp), payload(600)});
    EXPECT_EQ(copied(arp), kCopy);
}

}  // namespace
}  // namespace flowscope
