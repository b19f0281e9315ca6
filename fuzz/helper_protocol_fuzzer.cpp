// libFuzzer target: the capture helper's stream decoder over arbitrary bytes, message after
// message as HelperCapture reads them, touching every frame and event record byte so ASan sees
// any read outside the input, and re-encoding each message to check that it decodes to the
// same bytes.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/capture/helper_protocol.h"

namespace hp = flowscope::helper;

namespace {

std::vector<uint8_t> reencode(const hp::Message& m) {
    std::vector<uint8_t> out;
    switch (m.type) {
        case hp::MessageType::Hello:
            hp::encodeHello(out, m.hello);
            break;
        case hp::MessageType::Frame:
            hp::encodeFrame(out, m.frame.timestampNs, m.frame.wireLength, m.frame.data,
                            m.frame.capturedLength);
            break;
        case hp::MessageType::Counters:
            hp::encodeCounters(out, m.counters);
            break;
        case hp::MessageType::Error:
            hp::encodeError(out, m.errorCode, m.phrase);
            break;
        case hp::MessageType::Warning:
            hp::encodeWarning(out, m.phrase);
            break;
        case hp::MessageType::End:
            hp::encodeEnd(out);
            break;
        case hp::MessageType::EventsNote:
            hp::encodeEventsNote(out, m.eventsStatus, m.phrase);
            break;
        case hp::MessageType::EventRecord:
            hp::encodeEventRecord(out, m.record, m.recordBytes);
            break;
        case hp::MessageType::EventCounters:
            hp::encodeEventCounters(out, m.eventCounters);
            break;
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    size_t at = 0;
    uint64_t sum = 0;
    for (;;) {
        hp::Message m;
        size_t used = 0;
        std::string why;
        const hp::DecodeStatus st = hp::decodeMessage(data + at, size - at, m, used, why);
        if (st == hp::DecodeStatus::Malformed && why.empty()) {
            __builtin_trap();  // every rejection says why
        }
        if (st != hp::DecodeStatus::Message) {
            break;
        }
        if (used == 0 || used > size - at) {
            __builtin_trap();
        }
        if (m.type == hp::MessageType::Frame) {
            for (uint32_t i = 0; i < m.frame.capturedLength; ++i) {
                sum += m.frame.data[i];
            }
        }
        if (m.type == hp::MessageType::EventRecord) {
            for (uint32_t i = 0; i < m.recordBytes; ++i) {
                sum += m.record[i];
            }
        }
        // Whatever decodes re-encodes byte for byte: the decoder accepts no more than the
        // encoder writes.
        const std::vector<uint8_t> again = reencode(m);
        if (again.size() != used || !std::equal(again.begin(), again.end(), data + at)) {
            __builtin_trap();
        }
        at += used;
    }
    return sum == 1 ? 1 : 0;  // keep `sum` alive; 0 otherwise
}
