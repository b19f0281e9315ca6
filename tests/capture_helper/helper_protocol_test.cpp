// The helper's framed stream: byte-exact encodings, round trips, and every kind of damage
// (cut anywhere, unknown type, lengths that cannot be) recognised without reading past the end.
#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "core/capture/helper_phrase.h"
#include "core/capture/helper_protocol.h"

namespace flowscope::helper {
namespace {

using Bytes = std::vector<uint8_t>;

DecodeStatus decodeAll(const Bytes& b, Message& m, size_t& used, std::string& why) {
    return decodeMessage(b.data(), b.size(), m, used, why);
}

TEST(HelperProtocol, HelloIsByteExact) {
    Bytes out;
    encodeHello(out, Hello{1, 2048, "interface lo"});
    const Bytes expected = {1,   20,  0,   0,   0,   1,   0,   0,   0,   0,   8,   0,  0,
                            'i', 'n', 't', 'e', 'r', 'f', 'a', 'c', 'e', ' ', 'l', 'o'};
    EXPECT_EQ(out, expected);
}

TEST(HelperProtocol, FrameIsByteExactAndRoundTrips) {
    const uint8_t data[3] = {0xaa, 0xbb, 0xcc};
    Bytes out;
    encodeFrame(out, 0x0102030405060708LL, 60, data, 3);
    const Bytes expected = {2,    19, 0, 0, 0, 0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02,
                            0x01, 3,  0, 0, 0, 60,   0,    0,    0,    0xaa, 0xbb, 0xcc};
    ASSERT_EQ(out, expected);
    Message m;
    size_t used = 0;
    std::string why;
    ASSERT_EQ(decodeAll(out, m, used, why), DecodeStatus::Message) << why;
    EXPECT_EQ(used, out.size());
    EXPECT_EQ(m.type, MessageType::Frame);
    EXPECT_EQ(m.frame.timestampNs, 0x0102030405060708LL);
    EXPECT_EQ(m.frame.capturedLength, 3u);
    EXPECT_EQ(m.frame.wireLength, 60u);
    EXPECT_EQ(m.frame.data, out.data() + 21);
}

TEST(HelperProtocol, NegativeTimestampsRoundTrip) {
    Bytes out;
    encodeFrame(out, -5, 0, nullptr, 0);
    Message m;
    size_t used = 0;
    std::string why;
    ASSERT_EQ(decodeAll(out, m, used, why), DecodeStatus::Message) << why;
    EXPECT_EQ(m.frame.timestampNs, -5);
    EXPECT_EQ(m.frame.capturedLength, 0u);
}

TEST(HelperProtocol, CountersErrorWarningEndRoundTrip) {
    Bytes out;
    CaptureCounters c;
    c.received = 1ull << 40;
    c.droppedByKernel = 7;
    c.droppedByInterface = 3;
    encodeCounters(out, c);
    encodeError(out, ErrorCode::PermissionDenied, verbatim("No permission."));
    encodeWarning(out, verbatim("Careful."));
    encodeEnd(out);
    // A verbatim sentence: kind, flags, u32 length, the text, no arguments.
    EXPECT_EQ(out.size(), (5u + 24) + (5 + 1 + 7 + 14) + (5 + 7 + 8) + 5);

    std::vector<Message> seen;
    size_t at = 0;
    while (at < out.size()) {
        Message m;
        size_t used = 0;
        std::string why;
        ASSERT_EQ(decodeMessage(out.data() + at, out.size() - at, m, used, why),
                  DecodeStatus::Message)
            << why;
        at += used;
        seen.push_back(m);
    }
    ASSERT_EQ(seen.size(), 4u);
    EXPECT_EQ(seen[0].counters.received, 1ull << 40);
    EXPECT_EQ(seen[0].counters.droppedByKernel, 7u);
    EXPECT_EQ(seen[0].counters.droppedByInterface, 3u);
    EXPECT_EQ(seen[1].type, MessageType::Error);
    EXPECT_EQ(seen[1].errorCode, ErrorCode::PermissionDenied);
    EXPECT_EQ(english(seen[1].phrase), "No permission.");
    EXPECT_EQ(seen[2].type, MessageType::Warning);
    EXPECT_EQ(english(seen[2].phrase), "Careful.");
    EXPECT_EQ(seen[3].type, MessageType::End);
}

TEST(HelperProtocol, SocketEventMessagesRoundTrip) {
    Bytes out;
    encodeEventsNote(out, 1, verbatim("Socket owners come from eBPF socket events."));
    const Bytes record = {1, 2, 3, 4, 5, 6, 7, 8};
    encodeEventRecord(out, record.data(), record.size());
    encodeEventRecord(out, record.data(), 0);                    // not sent
    encodeEventRecord(out, record.data(), kMaxRecordBytes + 1);  // not sent
    encodeEventCounters(out, EventCounters{10, 2, 3 << 20});
    encodeEventsNote(out, 5, verbatim("Off."));
    std::vector<Message> seen;
    for (size_t at = 0; at < out.size();) {
        Message m;
        size_t used = 0;
        std::string why;
        ASSERT_EQ(decodeMessage(out.data() + at, out.size() - at, m, used, why),
                  DecodeStatus::Message)
            << why;
        at += used;
        seen.push_back(m);
    }
    ASSERT_EQ(seen.size(), 4u);
    EXPECT_EQ(seen[0].type, MessageType::EventsNote);
    EXPECT_EQ(seen[0].eventsStatus, 1);
    EXPECT_EQ(english(seen[0].phrase), "Socket owners come from eBPF socket events.");
    EXPECT_EQ(seen[1].type, MessageType::EventRecord);
    ASSERT_EQ(seen[1].recordBytes, record.size());
    EXPECT_TRUE(std::equal(record.begin(), record.end(), seen[1].record));
    EXPECT_EQ(seen[2].eventCounters.records, 10u);
    EXPECT_EQ(seen[2].eventCounters.lost, 2u);
    EXPECT_EQ(seen[2].eventCounters.mapBytes, 3u << 20);
    EXPECT_EQ(seen[3].eventsStatus, 5);
    EXPECT_EQ(english(seen[3].phrase), "Off.");
}

TEST(HelperProtocol, EveryCutIsNeedMoreNeverAMessage) {
    Bytes out;
    const Bytes payload(100, 0x42);
    encodeHello(out, Hello{1, 65535, "interface eth0"});
    encodeFrame(out, 123, 200, payload.data(), 100);
    encodeCounters(out, CaptureCounters{});
    // Each copy is exactly as long as the cut, so ASan sees a read one byte too far.
    size_t first = 0;
    for (size_t cut = 0; cut < out.size(); ++cut) {
        Bytes part(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(cut));
        Message m;
        size_t used = 0;
        std::string why;
        const DecodeStatus st = decodeAll(part, m, used, why);
        if (st == DecodeStatus::Message) {
            first = first == 0 ? used : first;
            EXPECT_EQ(used, first);  // only ever the complete hello
        } else {
            EXPECT_EQ(st, DecodeStatus::NeedMore) << "cut " << cut << ": " << why;
        }
    }
    EXPECT_EQ(first, 5u + 8 + 14);
}

TEST(HelperProtocol, DamageIsMalformedWithAReason) {
    struct Case {
        const char* name;
        Bytes bytes;
        const char* reason;
    };
    const std::vector<Case> cases = {
        {"unknown type", {10, 0, 0, 0, 0}, "unknown message type 10"},
        {"type zero", {0, 0, 0, 0, 0}, "unknown message type 0"},
        {"frame longer than any capture", {2, 0xff, 0xff, 0xff, 0x7f}, "more than its kind can be"},
        {"text too long", {5, 0, 0, 1, 0}, "more than its kind can be"},
        {"end with a payload", {6, 1, 0, 0, 0, 0}, "more than its kind can be"},
        {"counters cut short", {3, 8, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, "kernel drop count"},
        {"hello without snaplen", {1, 4, 0, 0, 0, 1, 0, 0, 0}, "snapshot length"},
        {"frame bytes missing",
         {2, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 4, 0, 0, 0, 1},
         "does not match"},
        {"frame longer than on the wire",
         {2, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1},
         "longer than it was on the wire"},
        {"frame says more than a snaplen",
         {2, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 0},
         "more than any capture can"},
        {"unknown error kind", {4, 1, 0, 0, 0, 200}, "unknown kind of error (200)"},
        {"error without kind", {4, 0, 0, 0, 0}, "error kind"},
        {"error without sentence", {4, 1, 0, 0, 0, 1}, "sentence kind"},
        {"sentence of unknown kind", {5, 7, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0}, "unknown kind or flag"},
        {"sentence with unknown flag",
         {5, 7, 0, 0, 0, 1, 4, 0, 0, 0, 0, 0},
         "unknown kind or flag"},
        {"sentence cut short", {5, 7, 0, 0, 0, 1, 0, 5, 0, 0, 0, 'a'}, "sentence"},
        {"sentence followed by bytes", {5, 8, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, "not part of it"},
        {"template with a NUL byte", {5, 9, 0, 0, 0, 0, 0, 2, 0, 0, 0, 'a', 0, 0}, "NUL byte"},
        {"count above any",
         {5, 15, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0, 0, 0},
         "count no sentence has"},
        {"sentence with too many arguments",
         {5, 7, 0, 0, 0, 3, 0, 0, 0, 0, 0, 17},
         "more arguments"},
        {"events note with status 16", {7, 1, 0, 0, 0, 16}, "unknown status (16)"},
        {"events note without status", {7, 0, 0, 0, 0}, "events status"},
        {"empty event record", {8, 0, 0, 0, 0}, "record is empty"},
        {"event record too long", {8, 1, 8, 0, 0}, "more than its kind can be"},
        {"event counters cut short", {9, 8, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, "lost record"},
    };
    for (const Case& c : cases) {
        Message m;
        size_t used = 0;
        std::string why;
        EXPECT_EQ(decodeAll(c.bytes, m, used, why), DecodeStatus::Malformed) << c.name;
        EXPECT_NE(why.find(c.reason), std::string::npos) << c.name << ": " << why;
        EXPECT_EQ(used, 0u) << c.name;
    }
}

TEST(HelperProtocol, LongTextAndFramesAreCutToTheirLimits) {
    Bytes out;
    encodeWarning(out, verbatim(std::string(kMaxTextBytes + 100, 'w')));
    Message m;
    size_t used = 0;
    std::string why;
    ASSERT_EQ(decodeAll(out, m, used, why), DecodeStatus::Message) << why;
    EXPECT_LE(english(m.phrase).size(), kMaxTextBytes);
    EXPECT_GE(english(m.phrase).size(), kMaxTextBytes - 16);

    const Bytes big(kMaxCapturedBytes + 10, 1);
    Bytes frame;
    encodeFrame(frame, 0, static_cast<uint32_t>(big.size()), big.data(),
                static_cast<uint32_t>(big.size()));
    ASSERT_EQ(decodeAll(frame, m, used, why), DecodeStatus::Message) << why;
    EXPECT_EQ(m.frame.capturedLength, kMaxCapturedBytes);
    EXPECT_EQ(m.frame.wireLength, big.size());
}

// Core's sentences cross as phrases, so the app can word the helper's errors in its language:
// the template, nested clauses, numbers, a count and a clause's mark all arrive.
TEST(HelperProtocol, PhrasesCrossWhole) {
    const Phrase inner = clause(phrase(FS_PHRASE("Core", "exit status %1"), {number(3)}));
    const Phrase sent =
        phrase(FS_PHRASE("Core",
                         "The capture helper %1 stopped unexpectedly %2 (%3); "
                         "start the capture again, and check the system log if "
                         "it keeps stopping."),
               {verbatim("/x/helper"),
                phrase(FS_PHRASE("Core", "while capturing on %1"), {verbatim("eth0")}), inner});
    Bytes out;
    encodeError(out, ErrorCode::Io, sent);
    encodeWarning(out, plural(FS_PHRASE_N("Core", "%1 frame(s) lost"), 1, {number(1)}));
    Message m;
    size_t used = 0;
    std::string why;
    ASSERT_EQ(decodeAll(out, m, used, why), DecodeStatus::Message) << why;
    EXPECT_EQ(english(m.phrase), english(sent));
    EXPECT_EQ(english(m.phrase),
              "The capture helper /x/helper stopped unexpectedly while capturing on eth0 (exit "
              "status 3); start the capture again, and check the system log if it keeps "
              "stopping.");
    ASSERT_EQ(m.phrase.kind, Phrase::Kind::Template);
    EXPECT_STREQ(m.phrase.text, sent.text);
    ASSERT_EQ(m.phrase.args.size(), 3u);
    EXPECT_STREQ(m.phrase.args[1].text, "while capturing on %1");
    EXPECT_TRUE(m.phrase.args[2].clause);
    EXPECT_EQ(m.phrase.args[2].args[0].kind, Phrase::Kind::Number);
    // The same template decoded again is the same text, kept once.
    Message again;
    size_t usedAgain = 0;
    ASSERT_EQ(decodeAll(out, again, usedAgain, why), DecodeStatus::Message) << why;
    EXPECT_EQ(again.phrase.text, m.phrase.text);
    ASSERT_EQ(decodeMessage(out.data() + used, out.size() - used, m, used, why),
              DecodeStatus::Message)
        << why;
    EXPECT_EQ(english(m.phrase), "1 frame lost");
    EXPECT_EQ(m.phrase.count, 1);
}

TEST(HelperProtocol, APhraseTooDeepGoesAsItsEnglish) {
    Phrase deep = verbatim("core");
    for (int i = 0; i < kMaxPhraseDepth + 2; ++i) {
        deep = phrase(FS_PHRASE("Core", "(%1)"), {deep});
    }
    Bytes out;
    encodeWarning(out, deep);
    Message m;
    size_t used = 0;
    std::string why;
    ASSERT_EQ(decodeAll(out, m, used, why), DecodeStatus::Message) << why;
    EXPECT_EQ(m.phrase.kind, Phrase::Kind::Verbatim);
    EXPECT_EQ(english(m.phrase), english(deep));
}

}  // namespace
}  // namespace flowscope::helper
