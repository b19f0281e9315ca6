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

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out, bool pretty = true);
    // Writes elements of the array that `parent` has open into `out` instead of a stream, so that
    // other threads can make parts of a long array (`parent` must not change meanwhile).
    // `first`: these come first in that array. Hand `out` to `parent` with appendElements().
    JsonWriter(std::string& out, const JsonWriter& parent, bool first);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(uint64_t number);
    JsonWriter& value(int64_t number);
    JsonWriter& value(int number) { return value(int64_t(number)); }
    JsonWriter& value(unsigned number) { return value(uint64_t(number)); }
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();

    // Elements of the open array, written by a writer made with the constructor above.
    JsonWriter& appendElements(std::string_view text);

    // Hands what is buffered to the stream (and flushes the stream).
    void flush();

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
