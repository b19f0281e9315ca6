// The stream flowscope-capture writes to its parent over a pipe (docs/capture-helper.md):
// messages of one type byte, a 32-bit little-endian payload length and the payload. The
// encoder appends to a byte buffer; the decoder takes one message off the front of a buffer
// and checks every read against the bytes present (WireReader and the HP_GET_* macros).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "core/capture/raw_packet.h"

namespace flowscope::helper {

enum class MessageType : uint8_t {
    Hello = 1,     // u32 link type, u32 snaplen, description (rest of the payload, UTF-8)
    Frame = 2,     // i64 timestamp ns, u32 captured length, u32 wire length, captured bytes
    Counters = 3,  // u64 received, u64 dropped by the kernel, u64 dropped by the interface
    Error = 4,     // u8 error kind (flowscope::ErrorCode), sentence (helper_phrase.h)
    Warning = 5,   // sentence (helper_phrase.h)
    End = 6,       // empty: the capture ended normally; nothing follows
    // Socket events (--socket-events: the eBPF socket tracker runs in the helper, where the
    // privilege is). Opaque to this protocol: core/process decodes the records.
    EventsNote = 7,     // u8 status (1 = records follow), sentence saying which and why (a phrase)
    EventRecord = 8,    // one record of the tracker's ring (at most kMaxRecordBytes)
    EventCounters = 9,  // u64 records, u64 lost by the kernel, u64 bytes of maps and ring
    Last = EventCounters,
};

inline constexpr size_t kHeaderBytes = 5;              // type + length
inline constexpr size_t kFrameFixedBytes = 16;         // timestamp + two lengths
inline constexpr uint32_t kMaxCapturedBytes = 262144;  // libpcap's MAXIMUM_SNAPLEN
inline constexpr uint32_t kMaxTextBytes = 4096;
inline constexpr uint32_t kMaxRecordBytes = 2048;
// No valid message is longer: a longer length means the stream is not ours or is damaged.
inline constexpr uint32_t kMaxPayloadBytes = kFrameFixedBytes + kMaxCapturedBytes;

// The tracker's own counters, as the helper last sent them.
struct EventCounters {
    uint64_t records = 0;
    uint64_t lost = 0;
    uint64_t mapBytes = 0;
};

struct Hello {
    uint32_t linkType = 0;
    uint32_t snaplen = 0;
    std::string description;
};

// One decoded message. Only the fields of `type` are set; frame.data points into the buffer
// given to decodeMessage() and is valid while that buffer is.
struct Message {
    MessageType type = MessageType::End;
    Hello hello;
    RawPacket frame;
    CaptureCounters counters;
    ErrorCode errorCode = ErrorCode::Internal;
    Phrase phrase;                    // Error, Warning and EventsNote (english() for its text)
    uint8_t eventsStatus = 0;         // EventsNote: core/process SocketEventsStatus
    const uint8_t* record = nullptr;  // EventRecord: points into the decoded buffer
    uint32_t recordBytes = 0;
    EventCounters eventCounters;  // EventCounters
};

// Encoders: each appends one whole message to `out`. Text longer than kMaxTextBytes and
// frames longer than kMaxCapturedBytes are cut to those limits.
void encodeHello(std::vector<uint8_t>& out, const Hello& hello);
void encodeFrame(std::vector<uint8_t>& out, int64_t timestampNs, uint32_t wireLength,
                 const uint8_t* data, uint32_t capturedLength);
void encodeCounters(std::vector<uint8_t>& out, const CaptureCounters& counters);
void encodeError(std::vector<uint8_t>& out, ErrorCode code, const Phrase& sentence);
void encodeWarning(std::vector<uint8_t>& out, const Phrase& sentence);
void encodeEnd(std::vector<uint8_t>& out);
// status: 1 = the tracker runs and records follow; else why not (core/process's
// SocketEventsStatus, at most kMaxEventsStatus).
inline constexpr uint8_t kMaxEventsStatus = 15;
void encodeEventsNote(std::vector<uint8_t>& out, uint8_t status, const Phrase& sentence);
// A record longer than kMaxRecordBytes is not sent (none of the tracker's is).
void encodeEventRecord(std::vector<uint8_t>& out, const void* record, size_t bytes);
void encodeEventCounters(std::vector<uint8_t>& out, const EventCounters& counters);

enum class DecodeStatus {
    Message,    // `out` holds the first message; `consumed` bytes belong to it
    NeedMore,   // the buffer holds the start of a message only
    Malformed,  // the bytes cannot be a message of this protocol; `why` says what is wrong
};

// Decodes the first message of [data, data + size). Never reads outside that range.
DecodeStatus decodeMessage(const uint8_t* data, size_t size, Message& out, size_t& consumed,
                           std::string& why);

// A cursor over a byte range whose reads all say whether the bytes were there. The reads are
// [[nodiscard]]: use them through the HP_GET_* macros, which leave the decoding function with
// DecodeStatus::Malformed (and a reason) when a field is cut short.
class WireReader {
public:
    WireReader(const uint8_t* data, size_t size) : m_data(data), m_size(size) {}
    [[nodiscard]] bool u8(uint8_t& v);
    [[nodiscard]] bool u32(uint32_t& v);
    [[nodiscard]] bool u64(uint64_t& v);
    [[nodiscard]] bool bytes(size_t n, const uint8_t*& v);
    [[nodiscard]] bool rest(std::string& v);  // everything left, as text
    size_t remaining() const { return m_size - m_pos; }

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
};

}  // namespace flowscope::helper
