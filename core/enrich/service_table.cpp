#include "core/enrich/service_table.h"

#include <charconv>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "core/enrich/resources_path.h"

namespace flowscope {

namespace {

constexpr uint8_t kTcp = 6;
constexpr uint8_t kUdp = 17;
constexpr uint8_t kDccp = 33;
constexpr uint8_t kSctp = 132;

int protocolSlot(std::string_view name) {
    if (name == "tcp") {
        return 0;
    }
    if (name == "udp") {
        return 1;
    }
    if (name == "sctp") {
        return 2;
    }
    if (name == "dccp") {
        return 3;
    }
    return -1;
}

bool wellKnown(uint16_t port) {
    return port < 1024;
}

}  // namespace

int ServiceTable::slotFor(uint8_t ipProtocol) {
    switch (ipProtocol) {
        case kTcp:
            return 0;
        case kUdp:
            return 1;
        case kSctp:
            return 2;
        case kDccp:
            return 3;
        default:
            return -1;
    }
}

Result<ServiceTable> ServiceTable::parse(std::string_view text, std::string_view origin) {
    ServiceTable table;
    std::unordered_map<std::string_view, uint16_t> nameIndex;
    size_t lineNo = 0;
    while (!text.empty()) {
        const size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        ++lineNo;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        auto bad = [&](const char* what) {
            return makeError(ErrorCode::BadFormat,
                             "The service table " + std::string(origin) + " is damaged at line " +
                                 std::to_string(lineNo) + " (" + what +
                                 "); reinstall Flowscope or regenerate it with "
                                 "tools/gen_services.py.");
        };
        const size_t t1 = line.find('\t');
        const size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
        if (t2 == std::string_view::npos || line.find('\t', t2 + 1) != std::string_view::npos) {
            return bad("expected PORT, PROTOCOL and NAME separated by tabs");
        }
        const std::string_view portText = line.substr(0, t1);
        const std::string_view proto = line.substr(t1 + 1, t2 - t1 - 1);
        const std::string_view name = line.substr(t2 + 1);
        unsigned port = 0;
        const auto [end, ec] =
            std::from_chars(portText.data(), portText.data() + portText.size(), port);
        if (ec != std::errc() || end != portText.data() + portText.size() || port == 0 ||
            port > 65535) {
            return bad("the port is not a number from 1 to 65535");
        }
        const int slot = protocolSlot(proto);
        if (slot < 0) {
            return bad("the protocol is not tcp, udp, sctp or dccp");
        }
        if (name.empty() || name.size() > 64) {
            return bad("the service name is empty or too long");
        }
        auto& ports = table.m_ports[size_t(slot)];
        if (ports.empty()) {
            ports.assign(65536, 0);
        }
        if (ports[port] != 0) {
            continue;  // the first name wins, as in services(5)
        }
        auto it = nameIndex.find(name);
        if (it == nameIndex.end()) {
            if (table.m_names.size() >= 65535) {
                return bad("too many distinct names");
            }
            table.m_names.emplace_back(name);
            it = nameIndex.emplace(name, uint16_t(table.m_names.size() - 1)).first;
        }
        ports[port] = it->second;
        ++table.m_entries;
    }
    // nameIndex keys view the input text, which is not kept; the table owns copies.
    return table;
}

Result<ServiceTable> ServiceTable::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::NotFound, "The service table '" + file.string() +
                                                  "' cannot be opened; reinstall Flowscope or "
                                                  "check the path.");
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::string origin(1, '\'');  // not "'" + string: a GCC 12 -O3 -Wrestrict false positive
    origin += file.string();
    origin += '\'';
    return parse(text.str(), origin);
}

Result<ServiceTable> ServiceTable::loadEmbedded() {
    auto path = findResource(kEmbeddedServiceTable);
    if (!path) {
        return path.error();
    }
    return load(path.value());
}

std::string_view ServiceTable::name(uint8_t ipProtocol, uint16_t port) const {
    const int slot = slotFor(ipProtocol);
    if (slot < 0) {
        return {};
    }
    const auto& ports = m_ports[size_t(slot)];
    if (ports.empty()) {
        return {};
    }
    return m_names[ports[port]];
}

std::string_view ServiceTable::serviceFor(uint8_t ipProtocol, uint16_t localPort,
                                          uint16_t remotePort) const {
    const std::string_view local = name(ipProtocol, localPort);
    const std::string_view remote = name(ipProtocol, remotePort);
    if (!local.empty() && !remote.empty()) {
        return wellKnown(localPort) && !wellKnown(remotePort) ? local : remote;
    }
    return remote.empty() ? local : remote;
}

}  // namespace flowscope
