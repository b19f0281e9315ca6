// The capture thread hands the engine each frame decoded, with its flow key and hash
// (CaptureWorker::decodeLast): what the engine counts must be what decoding the frame's bytes
// gives. Checked on captures with many link types and encapsulations, IPv6 and non-IP frames.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "core/capture/file_reader.h"
#include "core/engine/capture_worker.h"
#include "core/engine/packet_queue.h"
#include "core/packet/decoder.h"

namespace flowscope {
namespace {

struct Seen {
    size_t frames = 0;
    size_t keyed = 0;    // frames with a valid hint
    size_t repeats = 0;  // ... of the same flow as the frame before in their batch
};

void checkBatch(const PacketBatch& batch, Seen& seen) {
    ASSERT_EQ(batch.frames.size(), batch.packets.size());
    for (size_t i = 0; i < batch.packets.size(); ++i) {
        const QueuedPacket& p = batch.packets[i];
        const DecodedFrame& frame = batch.frames[i];
        DecodedPacket again;
        const DecodeStatus status =
            decodePacket(p.linkType, batch.bytes.data() + p.offset, p.capturedLength, again);
        ASSERT_EQ(frame.status, status) << "frame " << seen.frames;
        EXPECT_EQ(frame.decoded.src, again.src);
        EXPECT_EQ(frame.decoded.dst, again.dst);
        EXPECT_EQ(frame.decoded.srcPort, again.srcPort);
        EXPECT_EQ(frame.decoded.dstPort, again.dstPort);
        EXPECT_EQ(frame.decoded.payloadOffset, again.payloadOffset);
        EXPECT_EQ(frame.decoded.payloadLength, again.payloadLength);
        FlowTable::PrefetchHint want;
        const FlowTable::PrefetchHint none;
        FlowTable::makeHint(status, again, i > 0 ? batch.frames[i - 1].hint : none, want);
        ASSERT_EQ(frame.hint.valid, want.valid);
        if (want.valid) {
            EXPECT_EQ(frame.hint.key, want.key);
            EXPECT_EQ(frame.hint.hash, want.hash);
            EXPECT_EQ(frame.hint.sourceIsA, want.sourceIsA);
            EXPECT_EQ(frame.hint.repeat, want.repeat);
            ++seen.keyed;
            seen.repeats += want.repeat ? 1 : 0;
        }
        ++seen.frames;
    }
}

Seen readThroughWorker(const std::string& name) {
    auto reader = FileReader::open(std::string(FLOWSCOPE_TEST_DATA) + "/pcap/" + name);
    EXPECT_TRUE(reader) << name;
    Seen seen;
    if (!reader) {
        return seen;
    }
    PacketQueue queue(1'000'000, 64, 64 * 256);  // room for the whole file: nobody pops
    CaptureWorker worker(**reader, queue, nullptr, 256, "");
    worker.start();
    worker.join();
    while (auto batch = queue.pop(0)) {
        checkBatch(*batch, seen);
        queue.recycle(std::move(batch));
    }
    return seen;
}

TEST(CaptureDecode, FramesReachTheEngineDecodedWithTheirKeys) {
    // pcapng with several interfaces and link types; VLAN, MPLS, PPPoE; IPv6 in IPv6.
    for (const char* name :
         {"pcapplusplus-example.pcap", "pcapplusplus-many_interfaces-1.pcapng",
          "zeek-mixed-vlan-mpls.pcap", "zeek-pppoe-over-qinq.pcap",
          "zeek-mpls-6in6-6in6-4in6-invalid-version-4.pcap", "zeek-arp-who-has-radiotap.pcap"}) {
        SCOPED_TRACE(name);
        const Seen seen = readThroughWorker(name);
        EXPECT_GT(seen.frames, 0u);
        std::printf("%s: %zu frames, %zu with a flow key, %zu following their flow\n", name,
                    seen.frames, seen.keyed, seen.repeats);
    }
}

}  // namespace
}  // namespace flowscope
