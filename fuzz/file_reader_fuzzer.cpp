// libFuzzer target: FileReader over arbitrary bytes, reading every packet and touching every
// captured byte so that ASan sees any read outside the input.
#include <cstddef>
#include <cstdint>

#include "core/capture/file_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto reader = flowscope::FileReader::openMemory(data, size, "fuzz");
    if (!reader.ok()) {
        return reader.error().message.empty() ? 1 : 0;
    }
    flowscope::FileReader& r = **reader;
    flowscope::RawPacket packet;
    uint64_t sum = 0;
    uint64_t packets = 0;
    flowscope::ReadStatus status;
    while ((status = r.next(packet)) == flowscope::ReadStatus::Packet) {
        for (uint32_t i = 0; i < packet.capturedLength; ++i) {
            sum += packet.data[i];
        }
        if (packet.interfaceId >= r.interfaces().size()) {
            __builtin_trap();
        }
        ++packets;
    }
    if (status == flowscope::ReadStatus::Error && r.error().message.empty()) {
        __builtin_trap();
    }
    if (packets != r.counters().received) {
        __builtin_trap();
    }
    volatile uint64_t sink = sum;
    (void)sink;
    (void)r.warning();
    (void)r.linkType();
    return 0;
}
