#include "core/enrich/tls_client_hello.h"

#include <algorithm>
#include <vector>

namespace flowscope {

namespace {

constexpr uint8_t kContentHandshake = 22;
constexpr uint8_t kHandshakeClientHello = 1;
constexpr size_t kRecordHeader = 5;
constexpr size_t kMaxRecordLength = 16384 + 2048;  // TLSCiphertext limit (RFC 8446 5.2)
constexpr uint16_t kExtensionServerName = 0;
constexpr uint8_t kNameTypeHostName = 0;
constexpr size_t kMaxHostName = 255;

// A cursor over the handshake bytes that tells a declared length overrunning its enclosing
// length (Malformed) from bytes that were simply not captured yet (Truncated).
class Cursor {
public:
    // `badEnd`: the gathered bytes end at a record that cannot continue the handshake, so
    // running out of them is Malformed rather than Truncated.
    Cursor(const std::vector<uint8_t>& data, size_t declaredEnd, bool badEnd)
        : m_data(&data), m_end(declaredEnd), m_badEnd(badEnd) {}

    ParseStatus need(size_t n) const {
        if (n > m_end - m_pos) {
            return ParseStatus::Malformed;
        }
        if (n > available()) {
            return m_badEnd ? ParseStatus::Malformed : ParseStatus::Truncated;
        }
        return ParseStatus::Ok;
    }
    size_t available() const { return m_pos < m_data->size() ? m_data->size() - m_pos : 0; }
    size_t pos() const { return m_pos; }
    size_t end() const { return m_end; }
    bool atEnd() const { return m_pos == m_end; }
    // Reads an n-byte big-endian length (n <= 3); the caller has called need(n).
    size_t length(size_t n) {
        size_t v = 0;
        for (size_t i = 0; i < n; ++i) {
            v = (v << 8) | (*m_data)[m_pos + i];
        }
        m_pos += n;
        return v;
    }
    // Skips n bytes that need not have been captured (only their length matters).
    ParseStatus skip(size_t n) {
        if (n > m_end - m_pos) {
            return ParseStatus::Malformed;
        }
        m_pos += n;
        return ParseStatus::Ok;
    }
    const uint8_t* at() const { return m_data->data() + m_pos; }
    // A cursor over the next `n` bytes, which must lie inside this one's declared end.
    ParseStatus sub(size_t n, Cursor& out) const {
        if (n > m_end - m_pos) {
            return ParseStatus::Malformed;
        }
        out = Cursor(*m_data, m_pos + n, m_badEnd);
        out.m_pos = m_pos;
        return ParseStatus::Ok;
    }

private:
    const std::vector<uint8_t>* m_data;
    size_t m_end;
    size_t m_pos = 0;
    bool m_badEnd = false;
};

// Joins the fragments of consecutive handshake records until the handshake message is whole
// or the input ends (the caller's cursor then reports Truncated where it runs out). A later
// record that cannot continue the handshake (another content type, a bad length) ends the
// gathering with `badEnd` set: the message is malformed only if the name lies beyond it, so
// that a ClientHello whose name was read is read the same whatever follows.
ParseStatus gatherHandshake(std::span<const uint8_t> bytes, std::vector<uint8_t>& out,
                            bool& badEnd) {
    size_t pos = 0;
    size_t want = 4;  // the handshake header, until its length is known
    bool knowLength = false;
    while (out.size() < want && bytes.size() - pos >= kRecordHeader) {
        if (bytes[pos] != kContentHandshake || bytes[pos + 1] != 3) {
            if (pos == 0) {
                return ParseStatus::Other;
            }
            badEnd = true;
            break;
        }
        const size_t length = (size_t{bytes[pos + 3]} << 8) | bytes[pos + 4];
        if (length == 0 || length > kMaxRecordLength) {
            badEnd = true;
            break;
        }
        pos += kRecordHeader;
        const size_t take = std::min(length, bytes.size() - pos);
        out.insert(out.end(), bytes.begin() + long(pos), bytes.begin() + long(pos + take));
        pos += take;
        if (!knowLength && out.size() >= 4) {
            want = 4 + ((size_t{out[1]} << 16) | (size_t{out[2]} << 8) | out[3]);
            knowLength = true;
        }
    }
    if (out.size() < 4) {
        if (badEnd) {
            return ParseStatus::Malformed;
        }
        return !bytes.empty() && bytes[0] != kContentHandshake ? ParseStatus::Other
                                                               : ParseStatus::Truncated;
    }
    return out[0] == kHandshakeClientHello ? ParseStatus::Ok : ParseStatus::Other;
}

bool validHostName(const uint8_t* p, size_t n) {
    if (n == 0 || n > kMaxHostName) {
        return false;
    }
    for (size_t i = 0; i < n; ++i) {
        if (p[i] < '!' || p[i] > '~') {
            return false;
        }
    }
    return true;
}

// The server_name extension body: a list of (type, length-prefixed name).
ParseStatus readServerNameList(Cursor c, std::string& serverName) {
    if (ParseStatus s = c.need(2); s != ParseStatus::Ok) {
        return s;
    }
    Cursor list = c;
    const size_t listLength = c.length(2);
    if (ParseStatus s = c.sub(listLength, list); s != ParseStatus::Ok) {
        return s;
    }
    while (!list.atEnd()) {
        if (ParseStatus s = list.need(3); s != ParseStatus::Ok) {
            return s;
        }
        const uint8_t type = *list.at();
        list.skip(1);
        const size_t n = list.length(2);
        if (ParseStatus s = list.need(n); s != ParseStatus::Ok) {
            return s;
        }
        if (type == kNameTypeHostName) {
            if (!validHostName(list.at(), n)) {
                return ParseStatus::Malformed;
            }
            serverName.assign(reinterpret_cast<const char*>(list.at()), n);
            for (char& ch : serverName) {
                if (ch >= 'A' && ch <= 'Z') {
                    ch = static_cast<char>(ch - 'A' + 'a');
                }
            }
            return ParseStatus::Ok;
        }
        list.skip(n);
    }
    return ParseStatus::Absent;
}

}  // namespace

bool looksLikeTlsClientHello(std::span<const uint8_t> bytes) {
    return bytes.size() >= 3 && bytes[0] == kContentHandshake && bytes[1] == 3 && bytes[2] <= 4 &&
           (bytes.size() < 6 || bytes[5] == kHandshakeClientHello);
}

ParseStatus parseTlsClientHelloSni(std::span<const uint8_t> bytes, std::string& serverName) {
    serverName.clear();
    std::vector<uint8_t> hs;
    hs.reserve(std::min<size_t>(bytes.size(), 4096));
    bool badEnd = false;
    if (ParseStatus s = gatherHandshake(bytes, hs, badEnd); s != ParseStatus::Ok) {
        return s;
    }
    const size_t declared = 4 + ((size_t{hs[1]} << 16) | (size_t{hs[2]} << 8) | hs[3]);
    Cursor c(hs, declared, badEnd);
    c.skip(4);
    // legacy_version (2), random (32).
    if (ParseStatus s = c.need(34 + 1); s != ParseStatus::Ok) {
        return s;
    }
    c.skip(34);
    // Session id (≤ 32), cipher suites (2-byte length), compression methods (1-byte length).
    const size_t sessionLength = c.length(1);
    if (sessionLength > 32) {
        return ParseStatus::Malformed;
    }
    if (ParseStatus s = c.skip(sessionLength); s != ParseStatus::Ok) {
        return s;
    }
    if (ParseStatus s = c.need(2); s != ParseStatus::Ok) {
        return s;
    }
    if (ParseStatus s = c.skip(c.length(2)); s != ParseStatus::Ok) {
        return s;
    }
    if (ParseStatus s = c.need(1); s != ParseStatus::Ok) {
        return s;
    }
    if (ParseStatus s = c.skip(c.length(1)); s != ParseStatus::Ok) {
        return s;
    }
    if (c.atEnd()) {
        return ParseStatus::Absent;  // no extensions at all (allowed before TLS 1.3)
    }
    if (ParseStatus s = c.need(2); s != ParseStatus::Ok) {
        return s;
    }
    Cursor extensions = c;
    const size_t extensionsLength = c.length(2);
    if (ParseStatus s = c.sub(extensionsLength, extensions); s != ParseStatus::Ok) {
        return s;
    }
    while (!extensions.atEnd()) {
        if (ParseStatus s = extensions.need(4); s != ParseStatus::Ok) {
            return s;
        }
        const size_t type = extensions.length(2);
        const size_t length = extensions.length(2);
        if (type == kExtensionServerName) {
            Cursor body = extensions;
            if (ParseStatus s = extensions.sub(length, body); s != ParseStatus::Ok) {
                return s;
            }
            return readServerNameList(body, serverName);
        }
        if (ParseStatus s = extensions.skip(length); s != ParseStatus::Ok) {
            return s;
        }
    }
    return ParseStatus::Absent;
}

}  // namespace flowscope
