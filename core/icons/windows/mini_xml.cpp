#include "core/icons/windows/mini_xml.h"

#include <cstdint>

namespace flowscope::winicons {

namespace {

constexpr int kMaxDepth = 64;
constexpr size_t kMaxSize = 16u << 20;

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isNameChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '-' || c == '.';
}

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    Result<XmlElement> document() {
        if (m_text.size() > kMaxSize) {
            return fail("the file is larger than 16 MiB");
        }
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") {
            m_pos = 3;
        }
        if (!skipMisc()) {
            return fail(m_why);
        }
        if (!peek("<")) {
            return fail("no root element");
        }
        XmlElement root;
        if (!element(root, 0)) {
            return fail(m_why);
        }
        if (!skipMisc() || m_pos != m_text.size()) {
            return fail(m_why.empty() ? "content after the root element" : m_why);
        }
        return root;
    }

private:
    Error fail(const std::string& why) const {
        return makeError(ErrorCode::BadFormat, "The package manifest is not well-formed XML (" +
                                                   why + " at byte " + std::to_string(m_pos) +
                                                   "); reinstall the app if its icon is missing.");
    }

    bool error(const char* why) {
        m_why = why;
        return false;
    }

    bool peek(std::string_view s) const { return m_text.substr(m_pos, s.size()) == s; }

    void skipSpace() {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos])) {
            ++m_pos;
        }
    }

    bool skipPast(std::string_view terminator) {
        const size_t end = m_text.find(terminator, m_pos);
        if (end == std::string_view::npos) {
            return error("unterminated markup");
        }
        m_pos = end + terminator.size();
        return true;
    }

    // Whitespace, comments, processing instructions and a DOCTYPE without internal subset.
    bool skipMisc() {
        while (true) {
            skipSpace();
            if (peek("<?")) {
                if (!skipPast("?>")) {
                    return false;
                }
            } else if (peek("<!--")) {
                if (!skipPast("-->")) {
                    return false;
                }
            } else if (peek("<!DOCTYPE")) {
                const size_t close = m_text.find('>', m_pos);
                const size_t bracket = m_text.find('[', m_pos);
                if (bracket != std::string_view::npos && bracket < close) {
                    return error("a DOCTYPE with an internal subset is not supported");
                }
                if (!skipPast(">")) {
                    return false;
                }
            } else {
                return true;
            }
        }
    }

    bool name(std::string& out) {
        const size_t start = m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text[m_pos])) {
            ++m_pos;
        }
        if (m_pos == start) {
            return error("a name was expected");
        }
        out.assign(m_text.substr(start, m_pos - start));
        return true;
    }

    // Text up to `stop` (exclusive), with entities decoded.
    bool characters(char stop, std::string& out) {
        while (m_pos < m_text.size() && m_text[m_pos] != stop) {
            const char c = m_text[m_pos];
            if (c == '<') {
                return error("'<' inside an attribute value");
            }
            if (c != '&') {
                out += c;
                ++m_pos;
                continue;
            }
            const size_t semicolon = m_text.find(';', m_pos);
            if (semicolon == std::string_view::npos || semicolon - m_pos > 12) {
                return error("an unterminated entity");
            }
            const std::string_view entity = m_text.substr(m_pos + 1, semicolon - m_pos - 1);
            m_pos = semicolon + 1;
            if (entity == "lt") {
                out += '<';
            } else if (entity == "gt") {
                out += '>';
            } else if (entity == "amp") {
                out += '&';
            } else if (entity == "quot") {
                out += '"';
            } else if (entity == "apos") {
                out += '\'';
            } else if (entity.size() > 1 && entity[0] == '#') {
                const bool hex = entity[1] == 'x';
                uint32_t cp = 0;
                const std::string_view digits = entity.substr(hex ? 2 : 1);
                if (digits.empty()) {
                    return error("an empty character reference");
                }
                for (char d : digits) {
                    uint32_t v;
                    if (d >= '0' && d <= '9') {
                        v = uint32_t(d - '0');
                    } else if (hex && d >= 'a' && d <= 'f') {
                        v = uint32_t(d - 'a' + 10);
                    } else if (hex && d >= 'A' && d <= 'F') {
                        v = uint32_t(d - 'A' + 10);
                    } else {
                        return error("a bad character reference");
                    }
                    cp = cp * (hex ? 16 : 10) + v;
                    if (cp > 0x10FFFF) {
                        return error("a character reference out of range");
                    }
                }
                if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return error("a character reference to an invalid character");
                }
                appendUtf8(out, cp);
            } else {
                return error("an unknown entity");
            }
        }
        return true;
    }

    bool element(XmlElement& out, int depth) {
        if (depth > kMaxDepth) {
            return error("elements nested too deeply");
        }
        ++m_pos;  // '<'
        if (!name(out.name)) {
            return false;
        }
        bool empty = false;
        if (!attributes(out, empty)) {
            return false;
        }
        return empty || content(out, depth);
    }

    // The rest of a start tag; `empty` when it closes itself ("/>").
    bool attributes(XmlElement& out, bool& empty) {
        while (true) {
            const size_t before = m_pos;
            skipSpace();
            if (peek("/>")) {
                m_pos += 2;
                empty = true;
                return true;
            }
            if (peek(">")) {
                ++m_pos;
                return true;
            }
            if (m_pos == before) {
                return error("space expected between attributes");
            }
            if (!attribute(out)) {
                return false;
            }
        }
    }

    bool attribute(XmlElement& out) {
        std::string key;
        if (!name(key)) {
            return false;
        }
        skipSpace();
        if (!peek("=")) {
            return error("'=' expected after an attribute name");
        }
        ++m_pos;
        skipSpace();
        if (m_pos >= m_text.size() || (m_text[m_pos] != '"' && m_text[m_pos] != '\'')) {
            return error("a quoted attribute value was expected");
        }
        const char quote = m_text[m_pos++];
        std::string value;
        if (!characters(quote, value)) {
            return false;
        }
        if (m_pos >= m_text.size()) {
            return error("an unterminated attribute value");
        }
        ++m_pos;  // closing quote
        out.attributes.emplace_back(std::move(key), std::move(value));
        return true;
    }

    // Children, text, comments and CDATA up to and including the element's closing tag.
    bool content(XmlElement& out, int depth) {
        while (true) {
            if (m_pos >= m_text.size()) {
                return error("an element is not closed");
            }
            if (peek("</")) {
                return closingTag(out);
            }
            bool ok = true;
            if (peek("<!--")) {
                ok = skipPast("-->");
            } else if (peek("<![CDATA[")) {
                ok = cdata(out);
            } else if (peek("<?")) {
                ok = skipPast("?>");
            } else if (peek("<")) {
                out.children.emplace_back();
                ok = element(out.children.back(), depth + 1);
            } else {
                ok = characterData(out);
            }
            if (!ok) {
                return false;
            }
        }
    }

    bool closingTag(const XmlElement& out) {
        m_pos += 2;  // "</"
        std::string closing;
        if (!name(closing)) {
            return false;
        }
        if (closing != out.name) {
            return error("a closing tag does not match its opening tag");
        }
        skipSpace();
        if (!peek(">")) {
            return error("'>' expected");
        }
        ++m_pos;
        return true;
    }

    bool cdata(XmlElement& out) {
        m_pos += 9;  // "<![CDATA["
        const size_t end = m_text.find("]]>", m_pos);
        if (end == std::string_view::npos) {
            return error("unterminated CDATA");
        }
        out.text.append(m_text.substr(m_pos, end - m_pos));
        m_pos = end + 3;
        return true;
    }

    // Character data up to the next markup; '<' is the only stop.
    bool characterData(XmlElement& out) {
        const size_t next = m_text.find('<', m_pos);
        const size_t end = next == std::string_view::npos ? m_text.size() : next;
        Parser sub(m_text.substr(0, end));
        sub.m_pos = m_pos;
        if (!sub.characters('\0', out.text)) {
            m_pos = sub.m_pos;
            return error(sub.m_why.c_str());
        }
        m_pos = end;
        return true;
    }

    std::string_view m_text;
    size_t m_pos = 0;
    std::string m_why;
};

}  // namespace

std::string_view localNameOf(std::string_view qualifiedName) {
    const size_t colon = qualifiedName.rfind(':');
    return colon == std::string_view::npos ? qualifiedName : qualifiedName.substr(colon + 1);
}

std::string_view XmlElement::localName() const {
    return localNameOf(name);
}

const std::string* XmlElement::attribute(std::string_view local) const {
    for (const auto& [key, value] : attributes) {
        if (localNameOf(key) == local) {
            return &value;
        }
    }
    return nullptr;
}

const XmlElement* XmlElement::child(std::string_view local) const {
    for (const XmlElement& c : children) {
        if (c.localName() == local) {
            return &c;
        }
    }
    return nullptr;
}

Result<XmlElement> parseXml(std::string_view text) {
    return Parser(text).document();
}

}  // namespace flowscope::winicons
