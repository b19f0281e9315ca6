#include "core/process/linux/procfs_sockets.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "core/base/hex_digit.h"
#include "core/base/system_reason.h"
#include "core/process/linux/kernel_socket_state.h"
#include "core/process/linux/read_to_end.h"

namespace flowscope::linuxproc {

namespace {

class Cursor {
public:
    explicit Cursor(std::string_view line) : m_s(line) {}
    void skipSpaces() {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t')) {
            ++m_i;
        }
    }
    bool expect(char c) {
        if (m_i < m_s.size() && m_s[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    // Exactly `digits` hex digits.
    bool hex(size_t digits, uint32_t& value) {
        if (m_s.size() - m_i < digits) {
            return false;
        }
        value = 0;
        for (size_t k = 0; k < digits; ++k) {
            const int d = hexDigit(m_s[m_i + k]);
            if (d < 0) {
                return false;
            }
            value = (value << 4) | uint32_t(d);
        }
        m_i += digits;
        return true;
    }
    bool decimal(uint64_t& value) {
        skipSpaces();
        const size_t start = m_i;
        value = 0;
        while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9') {
            value = value * 10 + uint64_t(m_s[m_i] - '0');
            ++m_i;
        }
        return m_i > start && m_i - start <= 19;
    }
    // Skips one whitespace-separated field.
    bool skipField() {
        skipSpaces();
        const size_t start = m_i;
        while (m_i < m_s.size() && m_s[m_i] != ' ' && m_s[m_i] != '\t') {
            ++m_i;
        }
        return m_i > start;
    }

private:
    std::string_view m_s;
    size_t m_i = 0;
};

// "0100007F:1F90": the address words are the kernel's raw (network order) 32-bit values
// printed as native integers, the port is in host order.
bool parseEndpoint(Cursor& c, bool v6, SocketAddress& out) {
    c.skipSpaces();
    uint8_t bytes[16];
    const size_t words = v6 ? 4 : 1;
    for (size_t w = 0; w < words; ++w) {
        uint32_t native;
        if (!c.hex(8, native)) {
            return false;
        }
        std::memcpy(bytes + 4 * w, &native, 4);
    }
    uint32_t port;
    if (!c.expect(':') || !c.hex(4, port)) {
        return false;
    }
    out.address = v6 ? IpAddress::fromV6(bytes) : IpAddress::fromV4(bytes);
    out.port = uint16_t(port);
    return true;
}

bool parseLine(std::string_view line, bool v6, uint8_t protocol, SocketRecord& r) {
    Cursor c(line);
    // "  12: LOCAL REMOTE ST TX:RX TR:WHEN RETRNSMT UID TIMEOUT INODE ..."
    uint64_t slot;
    if (!c.decimal(slot) || !c.expect(':')) {
        return false;
    }
    if (!parseEndpoint(c, v6, r.local) || !parseEndpoint(c, v6, r.remote)) {
        return false;
    }
    c.skipSpaces();
    uint32_t state;
    if (!c.hex(2, state)) {
        return false;
    }
    uint64_t uid, timeout, inode;
    if (!c.skipField() || !c.skipField() || !c.skipField() || !c.decimal(uid) ||
        !c.decimal(timeout) || !c.decimal(inode) || uid > UINT32_MAX) {
        return false;
    }
    r.protocol = protocol;
    r.state = socketStateFromKernel(protocol, state);
    r.uid = uint32_t(uid);
    r.inode = inode;
    return true;
}

}  // namespace

size_t parseProcNetTable(std::string_view text, bool v6, uint8_t protocol,
                         std::vector<SocketRecord>& out) {
    size_t added = 0;
    size_t pos = text.find('\n');  // the first line is the header
    while (pos != std::string_view::npos && pos + 1 < text.size()) {
        const size_t start = pos + 1;
        pos = text.find('\n', start);
        const std::string_view line =
            text.substr(start, pos == std::string_view::npos ? text.size() - start : pos - start);
        SocketRecord r;
        if (parseLine(line, v6, protocol, r)) {
            out.push_back(std::move(r));
            ++added;
        }
    }
    return added;
}

Status readProcNetTable(int family, uint8_t protocol, std::vector<SocketRecord>& out,
                        const std::string& procRoot) {
    const bool v6 = family == AF_INET6;
    const std::string path = procRoot + "/net/" + (protocol == 6 ? "tcp" : "udp") + (v6 ? "6" : "");
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            return {};  // e.g. IPv6 disabled: an empty table
        }
        //: %2 is the operating system's reason.
        return makeError(
            ErrorCode::Io,
            phrase(FS_PHRASE("Core", "Cannot read %1 (%2); the socket table is unavailable."),
                   {verbatim(path), systemReason(errno)}));
    }
    std::string text;
    readToEnd(fd, text, 256 * 1024, SIZE_MAX);
    ::close(fd);
    parseProcNetTable(text, v6, protocol, out);
    return {};
}

}  // namespace flowscope::linuxproc
