#include "app/cli/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "app/cli/text_out.h"

namespace flowscope::cli {

namespace {

// Characters that can be copied as they are: everything but the quote, the backslash and the
// control characters. Bytes >= 0x80 (UTF-8) pass through unchanged.
bool plain(unsigned char c) {
    return c >= 0x20 && c != '"' && c != '\\';
}

// Whether any of 8 bytes is not plain(), a word at a time (bit-twiddling "has less than" and
// "has zero byte" tests, exact for the question "any?"): most strings have nothing to escape,
// and a byte-by-byte scan was the largest single cost of printing.
bool anyNotPlain(const char* p) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kHighs = 0x8080808080808080ULL;
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    const uint64_t quote = v ^ (kOnes * '"');
    const uint64_t backslash = v ^ (kOnes * '\\');
    const uint64_t found =
        ((v - kOnes * 0x20) & ~v) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash);
    return (found & kHighs) != 0;
}

// ",\n" and the indentation of the deepest level that is written with one append.
constexpr size_t kIndentLevels = 31;
constexpr std::string_view kCommaIndent =
    ",\n                                                              ";
static_assert(kCommaIndent.size() == 2 + 2 * kIndentLevels);

// The end of the longest run from p that needs no escaping.
const char* plainRunEnd(const char* p, const char* end) {
    while (end - p >= 8 && !anyNotPlain(p)) {
        p += 8;
    }
    while (p != end && plain(static_cast<unsigned char>(*p))) {
        ++p;
    }
    return p;
}

}  // namespace

JsonWriter::JsonWriter(std::ostream& out, bool pretty)
    : m_out(&out), m_pretty(pretty), m_buf(m_own) {
    m_buf.reserve(kChunkBytes + 4096);
}

JsonWriter::JsonWriter(std::string& out, const JsonWriter& parent, bool first)
    : m_out(nullptr), m_pretty(parent.m_pretty), m_buf(out), m_stack(parent.m_stack) {
    m_stack.back().empty = first;
}

JsonWriter::~JsonWriter() {
    drain();
}

bool JsonWriter::isPlain(std::string_view text) {
    return plainRunEnd(text.data(), text.data() + text.size()) == text.data() + text.size();
}

void JsonWriter::appendEscaped(std::string& out, std::string_view text) {
    out += '"';
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p != end) {
        // The longest run that needs no escaping, copied at once.
        const char* run = plainRunEnd(p, end);
        out.append(p, size_t(run - p));  // (pointer, length): the (first, last) form is slower
        if (run == end) {
            break;
        }
        const auto c = static_cast<unsigned char>(*run);
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
            default: {
                static const char kHex[] = "0123456789abcdef";
                const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
                out.append(u, sizeof u);
            }
        }
        p = run + 1;
    }
    out += '"';
}

void JsonWriter::writeEscaped(std::ostream& out, std::string_view text) {
    std::string s;
    s.reserve(text.size() + 2);
    appendEscaped(s, text);
    out.write(s.data(), std::streamsize(s.size()));
}

void JsonWriter::drain() {
    if (m_out && !m_buf.empty()) {
        m_out->write(m_buf.data(), std::streamsize(m_buf.size()));
        m_buf.clear();
    }
}

void JsonWriter::flush() {
    drain();
    if (m_out) {
        m_out->flush();
    }
}

JsonWriter& JsonWriter::appendElements(std::string_view text) {
    if (text.empty()) {
        return *this;
    }
    m_stack.back().empty = false;
    if (m_out && m_buf.size() + text.size() >= kChunkBytes) {
        drain();
        m_out->write(text.data(), std::streamsize(text.size()));
    } else {
        m_buf += text;
    }
    return *this;
}

void JsonWriter::afterValue() {
    if (m_buf.size() >= kChunkBytes || m_stack.empty()) {
        drain();
    }
}

// The separator before an element at the current depth: the comma (when one came before) and,
// pretty, the newline and indentation, in one append (this runs for every key and value).
void JsonWriter::separate(bool comma) {
    const size_t depth = m_stack.size();
    if (!m_pretty) {
        if (comma) {
            m_buf += ',';
        }
    } else if (depth <= kIndentLevels) {
        const size_t skip = comma ? 0 : 1;
        m_buf.append(kCommaIndent.data() + skip, 2 + 2 * depth - skip);
    } else {
        if (comma) {
            m_buf += ',';
        }
        m_buf += '\n';
        m_buf.append(2 * depth, ' ');
    }
}

void JsonWriter::newline() {
    separate(false);
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.empty()) {
        const bool comma = !m_stack.back().empty;
        m_stack.back().empty = false;
        separate(comma);
    }
}

JsonWriter& JsonWriter::beginObject() {
    beforeValue();
    m_buf += '{';
    m_stack.push_back({true, true});
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty) {
        newline();
    }
    m_buf += '}';
    if (m_stack.empty()) {
        m_buf += '\n';
    }
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    beforeValue();
    m_buf += '[';
    m_stack.push_back({false, true});
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty) {
        newline();
    }
    m_buf += ']';
    if (m_stack.empty()) {
        m_buf += '\n';
    }
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    beforeValue();
    // Keys are short names with nothing to escape: quoted, colon and space in one append.
    char quoted[40];
    if (name.size() + 4 <= sizeof quoted &&
        plainRunEnd(name.data(), name.data() + name.size()) == name.data() + name.size()) {
        quoted[0] = '"';
        std::memcpy(quoted + 1, name.data(), name.size());
        char* p = quoted + 1 + name.size();
        *p++ = '"';
        *p++ = ':';
        if (m_pretty) {
            *p++ = ' ';
        }
        m_buf.append(quoted, size_t(p - quoted));
    } else {
        appendEscaped(m_buf, name);
        m_buf += m_pretty ? ": " : ":";
    }
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::key(const JsonKey& name) {
    beforeValue();
    name.appendTo(m_buf, m_pretty);
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    beforeValue();
    appendEscaped(m_buf, text);
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::value(uint64_t number) {
    beforeValue();
    appendNumber(m_buf, number);
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::value(int64_t number) {
    beforeValue();
    appendNumber(m_buf, number);
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    beforeValue();
    if (!std::isfinite(number)) {
        m_buf += "null";
    } else {
        char buf[32];
        const int n = std::snprintf(buf, sizeof buf, "%.6g", number);
        m_buf.append(buf, size_t(n));
    }
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    beforeValue();
    m_buf += flag ? "true" : "false";
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::null() {
    beforeValue();
    m_buf += "null";
    afterValue();
    return *this;
}

}  // namespace flowscope::cli
