// A minimal streaming JSON writer with correct string escaping (RFC 8259).
//
// The text is built in a buffer and handed to the stream in large pieces (whenever a piece
// fills, when a top-level value ends, on flush() and when the writer is destroyed): one write
// per piece instead of one stream call per character. A document is therefore complete in the
// stream once its top-level value has ended; write nothing else to the stream while a value is
// still open.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace flowscope::cli {

// A key known when the program is built, quoted once: `"name": `. Made with the `_key` literal
// below, which refuses at compile time a name that would need escaping. Keys are written for
// every field of every flow, so quoting them at each use was a measurable part of printing.
class JsonKey {
public:
    consteval JsonKey(const char* name, size_t size) : m_size(uint8_t(size + 4)) {
        if (size + 4 > kCapacity) {
            throw "JSON key too long";  // not a constant expression: a compile error
        }
        m_text[0] = '"';
        for (size_t i = 0; i < size; ++i) {
            const auto c = static_cast<unsigned char>(name[i]);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) {
                throw "JSON key needs escaping";
            }
            m_text[i + 1] = name[i];
        }
        m_text[size + 1] = '"';
        m_text[size + 2] = ':';
        m_text[size + 3] = ' ';
    }
    // Appends the key, with the space after the colon (pretty) or without. All kCapacity bytes
    // are copied and the rest cut off again: a copy of fixed size is a few vector moves, where
    // one of the key's own size compiled to a `rep movsq` that took a third of printing a flow.
    void appendTo(std::string& out, bool pretty) const {
        const size_t size = out.size() + (pretty ? m_size : m_size - 1u);
        out.append(m_text, kCapacity);
        out.resize(size);
    }

private:
    static constexpr size_t kCapacity = 40;
    char m_text[kCapacity] = {};
    uint8_t m_size;
};

// The characters of a `_key` literal, as a template argument.
template <size_t N>
struct JsonKeyName {
    consteval JsonKeyName(const char (&name)[N]) {
        for (size_t i = 0; i < N; ++i) {
            chars[i] = name[i];
        }
    }
    char chars[N] = {};
};

template <JsonKeyName Name>
inline constexpr JsonKey kJsonKey(Name.chars, sizeof Name.chars - 1);

// "name"_key: one constant per name, in read-only data. Passing a temporary JsonKey instead made
// each key() read back 40 bytes just stored in pieces, a store-forwarding stall per key.
template <JsonKeyName Name>
constexpr const JsonKey& operator""_key() {
    return kJsonKey<Name>;
}

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out, bool pretty = true);
    // Writes elements of the array that `parent` has open into `out` instead of a stream, so that
    // other threads can make parts of a long array (`parent` must not change meanwhile).
    // `first`: these come first in that array. Hand `out` to `parent` with appendElements().
    // The app's flows are made by FlowJsonText (flow_json.h) now; this stays as the oracle
    // that tests/cli/flow_json_test.cpp checks FlowJsonText against, element by element.
    JsonWriter(std::string& out, const JsonWriter& parent, bool first);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& key(const JsonKey& name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(uint64_t number);
    JsonWriter& value(int64_t number);
    JsonWriter& value(int number) { return value(int64_t(number)); }
    JsonWriter& value(unsigned number) { return value(uint64_t(number)); }
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    // A string value whose characters `fill(std::string&)` appends to the text itself. They must
    // need no escaping (digits, addresses, timestamps): it saves a copy and a scan per value.
    template <typename Fill>
    JsonWriter& plainString(const Fill& fill) {
        beforeValue();
        m_buf += '"';
        fill(m_buf);
        m_buf += '"';
        afterValue();
        return *this;
    }

    // Elements of the open array, written by a writer made with the constructor above.
    JsonWriter& appendElements(std::string_view text);

    // Hands what is buffered to the stream (and flushes the stream).
    void flush();

    // How many objects and arrays are open: the indentation of their elements, pretty.
    size_t depth() const { return m_stack.size(); }

    // Whether `text` is written between the quotes as it is (nothing to escape).
    static bool isPlain(std::string_view text);
    // `text` as a quoted JSON string.
    static void writeEscaped(std::ostream& out, std::string_view text);
    static void appendEscaped(std::string& out, std::string_view text);

    // The buffer is handed to the stream once it holds this many bytes.
    static constexpr size_t kChunkBytes = 64 * 1024;

private:
    void separate(bool comma);
    void beforeValue();
    void newline();
    void afterValue();  // hands a full buffer, or a finished document, to the stream
    void drain();

    std::ostream* m_out;  // null: writing into a caller's string (the constructor for parts)
    bool m_pretty;
    std::string m_own;
    std::string& m_buf;  // m_own, or the caller's string
    struct Level {
        bool isObject;
        bool empty;
    };
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};

}  // namespace flowscope::cli
