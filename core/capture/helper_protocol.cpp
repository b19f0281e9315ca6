#include "core/capture/helper_protocol.h"

#include <algorithm>
#include <cstring>

#include "core/capture/helper_phrase.h"
#include "core/capture/helper_wire.h"

namespace flowscope::helper {

namespace {

void putHeader(std::vector<uint8_t>& out, MessageType type, size_t payload) {
    out.push_back(static_cast<uint8_t>(type));
    putU32(out, static_cast<uint32_t>(payload));
}

std::string_view clip(std::string_view text) {
    return text.substr(0, kMaxTextBytes);
}

// The longest payload each kind can have as the encoder writes it.
uint32_t maxPayload(MessageType kind) {
    switch (kind) {
        case MessageType::Hello:
            return 8 + kMaxTextBytes;
        case MessageType::Frame:
            return kMaxPayloadBytes;
        case MessageType::Counters:
            return 24;
        case MessageType::Error:
            return 1 + kMaxPhraseBytes;
        case MessageType::Warning:
            return kMaxPhraseBytes;
        case MessageType::End:
            return 0;
        case MessageType::EventsNote:
            return 1 + kMaxPhraseBytes;
        case MessageType::EventRecord:
            return kMaxRecordBytes;
        case MessageType::EventCounters:
            return 24;
    }
    return 0;
}

bool validErrorCode(uint8_t code) {
    return code <= static_cast<uint8_t>(ErrorCode::Internal);
}

bool decodeHello(WireReader& r, Message& m, std::string& why) {
    HP_GET_U32(r, m.hello.linkType, "link type");
    HP_GET_U32(r, m.hello.snaplen, "snapshot length");
    HP_GET_REST(r, m.hello.description, "description");
    return true;
}

bool decodeFrame(WireReader& r, Message& m, std::string& why) {
    uint64_t ts = 0;
    HP_GET_U64(r, ts, "timestamp");
    m.frame = RawPacket{};
    m.frame.timestampNs = static_cast<int64_t>(ts);
    HP_GET_U32(r, m.frame.capturedLength, "captured length");
    HP_GET_U32(r, m.frame.wireLength, "wire length");
    if (m.frame.capturedLength > kMaxCapturedBytes) {
        why = "a frame says it holds " + std::to_string(m.frame.capturedLength) +
              " bytes, more than any capture can";
        return false;
    }
    if (r.remaining() != m.frame.capturedLength) {
        why = "a frame's length does not match the bytes it carries";
        return false;
    }
    HP_GET_BYTES(r, m.frame.capturedLength, m.frame.data, "captured bytes");
    if (m.frame.wireLength < m.frame.capturedLength) {
        why = "a frame is longer than it was on the wire";
        return false;
    }
    return true;
}

bool decodeCounters(WireReader& r, Message& m, std::string& why) {
    m.counters = CaptureCounters{};
    HP_GET_U64(r, m.counters.received, "received count");
    HP_GET_U64(r, m.counters.droppedByKernel, "kernel drop count");
    HP_GET_U64(r, m.counters.droppedByInterface, "interface drop count");
    return true;
}

// An Error's or a Warning's sentence: a phrase, and nothing after it.
bool decodeSentence(WireReader& r, Message& m, std::string& why) {
    if (!decodePhrase(r, m.phrase, why)) {
        return false;
    }
    if (r.remaining() != 0) {
        why = "a sentence is followed by bytes that are not part of it";
        return false;
    }
    return true;
}

bool decodeError(WireReader& r, Message& m, std::string& why) {
    uint8_t code = 0;
    HP_GET_U8(r, code, "error kind");
    if (!validErrorCode(code)) {
        why = "an error message names an unknown kind of error (" + std::to_string(code) + ")";
        return false;
    }
    m.errorCode = static_cast<ErrorCode>(code);
    return decodeSentence(r, m, why);
}

bool decodeEventsNote(WireReader& r, Message& m, std::string& why) {
    HP_GET_U8(r, m.eventsStatus, "events status");
    if (m.eventsStatus > kMaxEventsStatus) {
        why = "a socket events note has an unknown status (" + std::to_string(m.eventsStatus) + ")";
        return false;
    }
    return decodeSentence(r, m, why);
}

bool decodeEventRecord(WireReader& r, Message& m, std::string& why) {
    m.recordBytes = static_cast<uint32_t>(r.remaining());
    if (m.recordBytes == 0) {
        why = "a socket event record is empty";
        return false;
    }
    HP_GET_BYTES(r, m.recordBytes, m.record, "record");
    return true;
}

bool decodeEventCounters(WireReader& r, Message& m, std::string& why) {
    m.eventCounters = EventCounters{};
    HP_GET_U64(r, m.eventCounters.records, "record count");
    HP_GET_U64(r, m.eventCounters.lost, "lost record count");
    HP_GET_U64(r, m.eventCounters.mapBytes, "map bytes");
    return true;
}

bool decodePayload(MessageType type, WireReader& r, Message& m, std::string& why) {
    switch (type) {
        case MessageType::Hello:
            return decodeHello(r, m, why);
        case MessageType::Frame:
            return decodeFrame(r, m, why);
        case MessageType::Counters:
            return decodeCounters(r, m, why);
        case MessageType::Error:
            return decodeError(r, m, why);
        case MessageType::Warning:
            return decodeSentence(r, m, why);
        case MessageType::End:
            return true;
        case MessageType::EventsNote:
            return decodeEventsNote(r, m, why);
        case MessageType::EventRecord:
            return decodeEventRecord(r, m, why);
        case MessageType::EventCounters:
            return decodeEventCounters(r, m, why);
    }
    why = "unknown message type";
    return false;
}

}  // namespace

bool WireReader::u8(uint8_t& v) {
    if (remaining() < 1) {
        return false;
    }
    v = m_data[m_pos++];
    return true;
}

bool WireReader::u32(uint32_t& v) {
    if (remaining() < 4) {
        return false;
    }
    v = 0;
    for (int i = 0; i < 4; ++i) {
        v |= static_cast<uint32_t>(m_data[m_pos + i]) << (8 * i);
    }
    m_pos += 4;
    return true;
}

bool WireReader::u64(uint64_t& v) {
    if (remaining() < 8) {
        return false;
    }
    v = 0;
    for (int i = 0; i < 8; ++i) {
        v |= static_cast<uint64_t>(m_data[m_pos + i]) << (8 * i);
    }
    m_pos += 8;
    return true;
}

bool WireReader::bytes(size_t n, const uint8_t*& v) {
    if (remaining() < n) {
        return false;
    }
    v = m_data + m_pos;
    m_pos += n;
    return true;
}

bool WireReader::rest(std::string& v) {
    v.assign(reinterpret_cast<const char*>(m_data + m_pos), remaining());
    m_pos = m_size;
    return true;
}

void encodeHello(std::vector<uint8_t>& out, const Hello& hello) {
    const std::string_view description = clip(hello.description);
    putHeader(out, MessageType::Hello, 8 + description.size());
    putU32(out, hello.linkType);
    putU32(out, hello.snaplen);
    out.insert(out.end(), description.begin(), description.end());
}

void encodeFrame(std::vector<uint8_t>& out, int64_t timestampNs, uint32_t wireLength,
                 const uint8_t* data, uint32_t capturedLength) {
    const uint32_t n = std::min(capturedLength, kMaxCapturedBytes);
    const size_t at = out.size();
    out.resize(at + kHeaderBytes + kFrameFixedBytes + n);
    uint8_t* p = out.data() + at;
    // Written in place: this runs once per frame on the helper's only thread.
    const auto le32 = [](uint8_t* d, uint32_t v) {
        for (int i = 0; i < 4; ++i) {
            d[i] = static_cast<uint8_t>(v >> (8 * i));
        }
    };
    p[0] = static_cast<uint8_t>(MessageType::Frame);
    le32(p + 1, static_cast<uint32_t>(kFrameFixedBytes + n));
    const auto ts = static_cast<uint64_t>(timestampNs);
    le32(p + 5, static_cast<uint32_t>(ts));
    le32(p + 9, static_cast<uint32_t>(ts >> 32));
    le32(p + 13, n);
    le32(p + 17, std::max(wireLength, n));
    if (n > 0) {
        std::memcpy(p + kHeaderBytes + kFrameFixedBytes, data, n);
    }
}

void encodeCounters(std::vector<uint8_t>& out, const CaptureCounters& counters) {
    putHeader(out, MessageType::Counters, 24);
    putU64(out, counters.received);
    putU64(out, counters.droppedByKernel);
    putU64(out, counters.droppedByInterface);
}

void encodeError(std::vector<uint8_t>& out, ErrorCode code, const Phrase& sentence) {
    std::vector<uint8_t> payload{static_cast<uint8_t>(code)};
    encodePhrase(payload, sentence);
    putHeader(out, MessageType::Error, payload.size());
    out.insert(out.end(), payload.begin(), payload.end());
}

void encodeWarning(std::vector<uint8_t>& out, const Phrase& sentence) {
    std::vector<uint8_t> payload;
    encodePhrase(payload, sentence);
    putHeader(out, MessageType::Warning, payload.size());
    out.insert(out.end(), payload.begin(), payload.end());
}

void encodeEnd(std::vector<uint8_t>& out) {
    putHeader(out, MessageType::End, 0);
}

void encodeEventsNote(std::vector<uint8_t>& out, uint8_t status, const Phrase& sentence) {
    std::vector<uint8_t> payload{std::min(status, kMaxEventsStatus)};
    encodePhrase(payload, sentence);
    putHeader(out, MessageType::EventsNote, payload.size());
    out.insert(out.end(), payload.begin(), payload.end());
}

void encodeEventRecord(std::vector<uint8_t>& out, const void* record, size_t bytes) {
    if (bytes == 0 || bytes > kMaxRecordBytes) {
        return;
    }
    putHeader(out, MessageType::EventRecord, bytes);
    const auto* p = static_cast<const uint8_t*>(record);
    out.insert(out.end(), p, p + bytes);
}

void encodeEventCounters(std::vector<uint8_t>& out, const EventCounters& counters) {
    putHeader(out, MessageType::EventCounters, 24);
    putU64(out, counters.records);
    putU64(out, counters.lost);
    putU64(out, counters.mapBytes);
}

DecodeStatus decodeMessage(const uint8_t* data, size_t size, Message& out, size_t& consumed,
                           std::string& why) {
    consumed = 0;
    WireReader header(data, size);
    uint8_t type = 0;
    uint32_t length = 0;
    if (!header.u8(type) || !header.u32(length)) {
        return DecodeStatus::NeedMore;
    }
    if (type < static_cast<uint8_t>(MessageType::Hello) ||
        type > static_cast<uint8_t>(MessageType::Last)) {
        why = "unknown message type " + std::to_string(type);
        return DecodeStatus::Malformed;
    }
    const auto kind = static_cast<MessageType>(type);
    if (length > maxPayload(kind)) {
        why = "a message says it is " + std::to_string(length) +
              " bytes long, more than its kind can be";
        return DecodeStatus::Malformed;
    }
    if (header.remaining() < length) {
        return DecodeStatus::NeedMore;
    }
    WireReader payload(data + kHeaderBytes, length);
    out.type = kind;
    if (!decodePayload(kind, payload, out, why)) {
        return DecodeStatus::Malformed;
    }
    consumed = kHeaderBytes + length;
    return DecodeStatus::Message;
}

}  // namespace flowscope::helper
