#include "app/cli/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "app/cli/text_out.h"

namespace flowscope::cli {

namespace {

// Characters that can be copied as they are: everything but the quote, the backslash and the
// control characters. Bytes >= 0x80 (UTF-8) pass through unchanged.
bool plain(unsigned char c) {
    return c >= 0x20 && c != '"' && c != '\\';
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

void JsonWriter::appendEscaped(std::string& out, std::string_view text) {
    out += '"';
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p != end) {
        // The longest run that needs no escaping, copied at once.
        const char* run = p;
        while (run != end && plain(static_cast<unsigned char>(*run))) {
            ++run;
        }
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

void JsonWriter::newline() {
    if (m_pretty) {
        m_buf += '\n';
        m_buf.append(2 * m_stack.size(), ' ');
    }
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.empty()) {
        if (!m_stack.back().empty) {
            m_buf += ',';
        }
        m_stack.back().empty = false;
        newline();
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
    appendEscaped(m_buf, name);
    m_buf += m_pretty ? ": " : ":";
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
