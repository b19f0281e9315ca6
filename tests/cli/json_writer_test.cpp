// JsonWriter (app/cli/json_writer.h): exact escaping and layout through the buffered path,
// including strings and documents far larger than one buffer piece.
#include "app/cli/json_writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <sstream>
#include <streambuf>
#include <string>

namespace flowscope::cli {
namespace {

std::string escaped(std::string_view text) {
    std::string out;
    JsonWriter::appendEscaped(out, text);
    return out;
}

// The reference: one character at a time, as RFC 8259 section 7 asks.
std::string escapedByChar(std::string_view text) {
    std::string out = "\"";
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += ch;
                }
        }
    }
    return out + "\"";
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
    EXPECT_EQ(escaped(""), "\"\"");
    EXPECT_EQ(escaped("plain text"), "\"plain text\"");
    EXPECT_EQ(escaped("a\"b\\c"), "\"a\\\"b\\\\c\"");
    EXPECT_EQ(escaped("\n\r\t"), "\"\\n\\r\\t\"");
    EXPECT_EQ(escaped(std::string_view("\0\x01\x1f\x7f", 4)), "\"\\u0000\\u0001\\u001f\x7f\"");
    EXPECT_EQ(escaped("\x08\x0c"), "\"\\u0008\\u000c\"");
    // Every control character, alone and between plain runs.
    for (int c = 0; c < 0x20; ++c) {
        const std::string text = "ab" + std::string(1, char(c)) + "cd";
        EXPECT_EQ(escaped(text), escapedByChar(text)) << c;
    }
}

TEST(JsonWriter, PassesUtf8Through) {
    EXPECT_EQ(escaped("Zürich — 東京 🙂"), "\"Zürich — 東京 🙂\"");
    // Bytes >= 0x80 are never escaped, valid UTF-8 or not (the input's business).
    EXPECT_EQ(escaped("\xff\xfe"), "\"\xff\xfe\"");
}

TEST(JsonWriter, EveryByteValueMatchesTheReference) {
    std::string all;
    for (int c = 0; c < 256; ++c) {
        all += char(c);
        all += "x";
    }
    EXPECT_EQ(escaped(all), escapedByChar(all));
    std::ostringstream out;
    JsonWriter::writeEscaped(out, all);
    EXPECT_EQ(out.str(), escapedByChar(all));
}

// The scan looks at 8 bytes at a time: every byte value at every offset of the word, with
// plain neighbours below and above 0x80 (where a word-wide subtraction borrows), and lengths
// around the word size.
TEST(JsonWriter, EveryByteAtEveryOffsetOfAWordMatchesTheReference) {
    for (int c = 0; c < 256; ++c) {
        for (size_t length = 1; length <= 19; ++length) {
            for (size_t at = 0; at < length; ++at) {
                for (char fill : {'a', ' ', '\x7f', '\x80', '\xff'}) {
                    std::string text(length, fill);
                    text[at] = char(c);
                    ASSERT_EQ(escaped(text), escapedByChar(text))
                        << "byte " << c << " at " << at << " of " << length << ", fill "
                        << int(static_cast<unsigned char>(fill));
                }
            }
        }
    }
}

TEST(JsonWriter, LayoutPrettyAndCompact) {
    std::ostringstream pretty;
    {
        JsonWriter json(pretty);
        json.beginObject();
        json.key("a").value(1).key("b").beginArray().value("x").value(true).null().endArray();
        json.key("c").beginObject().endObject();
        json.key("d").beginArray().endArray();
        json.key("e").value(-5).key("f").value(uint64_t(18446744073709551615ull));
        json.key("g").value(0.5).key("h").value(std::numeric_limits<double>::infinity());
        json.endObject();
    }
    EXPECT_EQ(pretty.str(),
              "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    true,\n    null\n  ],\n"
              "  \"c\": {},\n  \"d\": [],\n  \"e\": -5,\n  \"f\": 18446744073709551615,\n"
              "  \"g\": 0.5,\n  \"h\": null\n}\n");
    std::ostringstream compact;
    JsonWriter json(compact, false);
    json.beginObject().key("k").value("v").key("n").value(int64_t(-9223372036854775807 - 1));
    json.endObject();
    // Each finished top-level value is in the stream at once (for line-by-line consumers).
    EXPECT_EQ(compact.str(), "{\"k\":\"v\",\"n\":-9223372036854775808}\n");
    json.beginArray().value(unsigned(7)).endArray();
    EXPECT_EQ(compact.str(), "{\"k\":\"v\",\"n\":-9223372036854775808}\n[7]\n");
}

// "name"_key (quoted when the program is built) and plainString() give what key() and value()
// give, pretty and compact, at the start of an object and after other members, at any depth.
TEST(JsonWriter, PreparedKeysAndPlainStringsLayOutLikeTheOthers) {
    for (bool pretty : {true, false}) {
        std::ostringstream byName;
        std::ostringstream prepared;
        {
            JsonWriter json(byName, pretty);
            json.beginObject().key("a").value("1.2.3.4").key("nested").beginObject();
            json.key("longest_key_of_thirty_six_characters").value("2023-11-14T22:13:20.000000Z");
            json.endObject().key("a").beginArray().value("x").endArray().endObject();
        }
        {
            JsonWriter json(prepared, pretty);
            json.beginObject().key("a"_key).plainString([](std::string& out) { out += "1.2.3.4"; });
            json.key("nested"_key).beginObject();
            json.key("longest_key_of_thirty_six_characters"_key).plainString([](std::string& out) {
                out += "2023-11-14T22:13:20.000000Z";
            });
            json.endObject().key("a"_key).beginArray();
            json.plainString([](std::string& out) { out += 'x'; }).endArray().endObject();
        }
        EXPECT_EQ(prepared.str(), byName.str()) << pretty;
    }
    // The same constant each time a name is used.
    EXPECT_EQ(&"name"_key, &"name"_key);
}

// Indentation and separators come from one prepared run up to 31 levels deep, and are
// written piece by piece below that: both give the same layout.
TEST(JsonWriter, DeepNestingIsIndentedLikeShallowNesting) {
    constexpr int kDepth = 40;
    std::ostringstream out;
    {
        JsonWriter json(out);
        for (int d = 0; d < kDepth; ++d) {
            json.beginArray().value(d);
        }
        for (int d = 0; d < kDepth; ++d) {
            json.endArray();
        }
    }
    std::string expected;
    for (int d = 0; d < kDepth; ++d) {
        expected += (d == 0 ? "" : ",\n" + std::string(2 * size_t(d), ' ')) + "[\n" +
                    std::string(2 * size_t(d + 1), ' ') + std::to_string(d);
    }
    for (int d = kDepth - 1; d >= 0; --d) {
        expected += "\n" + std::string(2 * size_t(d), ' ') + "]";
    }
    EXPECT_EQ(out.str(), expected + "\n");
}

TEST(JsonWriter, BigStringsAndDocumentsCrossBufferPiecesExactly) {
    // Strings longer than a piece, with escapes at and around the piece boundaries.
    std::string big;
    for (size_t i = 0; big.size() < 3 * JsonWriter::kChunkBytes + 17; ++i) {
        big += (i % 97 == 0) ? "\"" : (i % 89 == 0) ? "\x01" : (i % 83 == 0) ? "é" : "a";
    }
    std::ostringstream out;
    std::string expected = "[\n";
    {
        JsonWriter json(out);
        json.beginArray();
        for (int i = 0; i < 300; ++i) {
            const std::string text = big.substr(size_t(i) * 37 % big.size());
            json.value(text);
            expected += (i ? ",\n  " : "  ") + escapedByChar(text);
        }
        // Nothing is lost while the array is still open: the writer holds at most one piece.
        EXPECT_GE(out.str().size() + JsonWriter::kChunkBytes + big.size() * 2, expected.size());
        json.endArray();
    }
    expected += "\n]\n";
    EXPECT_EQ(out.str(), expected);
}

// An unbuffered stream that counts the calls it gets (std::cout synced with stdio behaves so:
// every call reaches stdio).
class CountingBuf : public std::streambuf {
public:
    size_t calls = 0;
    std::string text;

protected:
    int_type overflow(int_type c) override {
        ++calls;
        if (c != traits_type::eof()) {
            text += char(c);
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        ++calls;
        text.append(s, size_t(n));
        return n;
    }
};

TEST(JsonWriter, WritesToTheStreamInLargePieces) {
    CountingBuf buf;
    std::ostream out(&buf);
    std::string expected;
    {
        JsonWriter json(out);
        json.beginArray();
        for (int i = 0; i < 20000; ++i) {
            json.beginObject().key("n").value(i).key("s").value("a \"quoted\" value").endObject();
        }
        json.endArray();
    }
    ASSERT_GT(buf.text.size(), 20 * JsonWriter::kChunkBytes / 16);
    // One call per 64 KiB piece (and the end), not per character or value.
    EXPECT_LE(buf.calls, buf.text.size() / JsonWriter::kChunkBytes + 2) << buf.text.size();
    EXPECT_EQ(buf.text.substr(0, 40), "[\n  {\n    \"n\": 0,\n    \"s\": \"a \\\"quoted\\\"");
}

TEST(JsonWriter, UnfinishedDocumentIsWrittenOnFlushAndDestruction) {
    std::ostringstream out;
    {
        JsonWriter json(out, false);
        json.beginArray().value("a");
        json.flush();
        EXPECT_EQ(out.str(), "[\"a\"");
        json.value("b");
    }
    EXPECT_EQ(out.str(), "[\"a\",\"b\"");
}

// Parts of a long array made by other writers (other threads in `flows`) and handed back give
// the same document, byte for byte, as one writer writing every element itself.
TEST(JsonWriter, ArrayPartsMadeElsewhereGiveTheSameDocument) {
    auto element = [](JsonWriter& json, int i) {
        json.beginObject().key("n").value(i).key("s").value("a\"b").key("l").beginArray();
        json.value(i).endArray().endObject();
    };
    for (const bool pretty : {true, false}) {
        for (const int count : {0, 1, 2, 7}) {
            std::ostringstream whole;
            {
                JsonWriter json(whole, pretty);
                json.beginObject().key("first").value(1).key("items").beginArray();
                for (int i = 0; i < count; ++i) {
                    element(json, i);
                }
                json.endArray().key("last").null().endObject();
            }
            std::ostringstream parted;
            {
                JsonWriter json(parted, pretty);
                json.beginObject().key("first").value(1).key("items").beginArray();
                // Parts of 0, 1 and the rest: an empty part in front must not count as first.
                const int cuts[] = {0, 0, std::min(count, 1), count};
                for (int c = 0; c + 1 < 4; ++c) {
                    std::string text;
                    JsonWriter part(text, json, cuts[c] == 0);
                    for (int i = cuts[c]; i < cuts[c + 1]; ++i) {
                        element(part, i);
                    }
                    json.appendElements(text);
                }
                json.endArray().key("last").null().endObject();
            }
            EXPECT_EQ(parted.str(), whole.str()) << "pretty " << pretty << ", " << count;
        }
    }
}

// A part larger than the writer's buffer goes to the stream in place, in order.
TEST(JsonWriter, LargePartsKeepTheirPlace) {
    std::ostringstream whole;
    std::ostringstream parted;
    const std::string big(JsonWriter::kChunkBytes * 2, 'x');
    {
        JsonWriter a(whole);
        JsonWriter b(parted);
        for (JsonWriter* json : {&a, &b}) {
            json->beginArray().value("before");
        }
        a.value(big).value("after").endArray();
        std::string text;
        JsonWriter part(text, b, false);
        part.value(big);
        b.appendElements(text).value("after").endArray();
    }
    EXPECT_EQ(parted.str(), whole.str());
}

}  // namespace
}  // namespace flowscope::cli
