#include "core/enrich/name_learner.h"

#include <algorithm>
#include <vector>

#include "core/enrich/dns_learning.h"
#include "core/enrich/dns_message.h"
#include "core/enrich/http_host.h"
#include "core/enrich/name_oldest_out_map.h"
#include "core/enrich/name_parse_status.h"
#include "core/enrich/tls_client_hello.h"

namespace flowscope {

namespace {

using enrich_internal::OldestOutMap;

constexpr uint16_t kDnsPort = 53;
constexpr uint16_t kMdnsPort = 5353;

// One direction of a TCP connection: client → server.
struct DirectedKey {
    IpAddress src;
    IpAddress dst;
    uint16_t srcPort = 0;
    uint16_t dstPort = 0;
    friend bool operator==(const DirectedKey&, const DirectedKey&) = default;
};

struct DirectedKeyHash {
    size_t operator()(const DirectedKey& k) const {
        size_t h = k.src.hash() * 0x9e3779b97f4a7c15ull ^ k.dst.hash();
        return h ^ (size_t{k.srcPort} << 16 | k.dstPort) * 0xff51afd7ed558ccdull;
    }
};

enum class PendingKind : uint8_t { Tls, Http };

struct Pending {
    PendingKind kind = PendingKind::Tls;
    std::vector<uint8_t> bytes;
    int64_t firstNs = 0;
    int segments = 1;
};

int priority(NameSource s) {
    switch (s) {
        case NameSource::DnsAnswer:
            return 3;
        case NameSource::TlsSni:
        case NameSource::HttpHost:
            return 2;
        case NameSource::DnsPtr:
            return 1;
    }
    return 0;
}

}  // namespace

struct NameLearner::State {
    explicit State(const NameLearnerConfig& c)
        : config(c),
          addresses(c.maxAddresses),
          named(c.maxNamedConnections),
          pending(c.maxPendingConnections) {}

    NameLearnerConfig config;
    OldestOutMap<IpAddress, AddressName, IpAddressHash> addresses;
    OldestOutMap<DirectedKey, bool, DirectedKeyHash> named;
    OldestOutMap<DirectedKey, Pending, DirectedKeyHash> pending;
    NameLearnerCounters counters;
    DnsMessage message;

    void learn(const IpAddress& address, AddressName entry) {
        if (const AddressName* old = addresses.find(address);
            old != nullptr && priority(old->source) > priority(entry.source)) {
            return;
        }
        counters.addressesEvicted += addresses.put(address, std::move(entry));
    }

    void handleDns(std::span<const uint8_t> bytes, bool mayContinue, int64_t ts);
    void handleDnsOverTcp(std::span<const uint8_t> payload, bool mayContinue, int64_t ts);
    std::optional<ConnectionName> handleTcp(const DecodedPacket& p,
                                            std::span<const uint8_t> payload, bool mayContinue,
                                            int64_t ts);
    std::optional<ConnectionName> finish(const DirectedKey& key, PendingKind kind,
                                         std::span<const uint8_t> bytes, bool mayContinue,
                                         int segments, int64_t firstNs, int64_t ts);
};

void NameLearner::State::handleDns(std::span<const uint8_t> bytes, bool mayContinue, int64_t ts) {
    const ParseStatus s = parseDnsMessage(bytes, message);
    if (s == ParseStatus::Truncated && mayContinue) {
        ++counters.dnsTruncated;
        return;
    }
    if (s != ParseStatus::Ok) {
        ++counters.dnsMalformed;
        return;
    }
    if (!message.response) {
        return;
    }
    ++counters.dnsResponses;
    for (DnsLearning& l : learnFromDnsResponse(message)) {
        ++counters.dnsLearnings;
        AddressName entry;
        entry.name = std::move(l.name);
        entry.canonical = std::move(l.canonical);
        entry.source = l.reverse ? NameSource::DnsPtr : NameSource::DnsAnswer;
        entry.ttl = l.ttl;
        entry.seenNs = ts;
        learn(l.address, std::move(entry));
    }
}

// DNS over TCP: a two-byte length, then the message. Only a message that starts a segment is
// read; one spread over several segments counts as truncated (not reassembled).
void NameLearner::State::handleDnsOverTcp(std::span<const uint8_t> payload, bool mayContinue,
                                          int64_t ts) {
    if (payload.size() < 2) {
        ++counters.dnsTruncated;
        return;
    }
    const size_t length = (size_t{payload[0]} << 8) | payload[1];
    if (payload.size() - 2 < length) {
        ++counters.dnsTruncated;
        return;
    }
    handleDns(payload.subspan(2, length), mayContinue && payload.size() - 2 == length, ts);
}

std::optional<ConnectionName> NameLearner::State::finish(const DirectedKey& key, PendingKind kind,
                                                         std::span<const uint8_t> bytes,
                                                         bool mayContinue, int segments,
                                                         int64_t firstNs, int64_t ts) {
    std::string name;
    const bool tls = kind == PendingKind::Tls;
    const ParseStatus s = tls ? parseTlsClientHelloSni(bytes, name) : parseHttpHost(bytes, name);
    if (s == ParseStatus::Other) {
        pending.erase(key);
        return std::nullopt;
    }
    if (s == ParseStatus::Truncated) {
        // A whole segment that ends inside the message: its next segment follows.
        if (!mayContinue && bytes.size() < config.maxPendingBytes) {
            pending.put(key, Pending{kind, {bytes.begin(), bytes.end()}, firstNs, segments});
            return std::nullopt;
        }
        ++(tls ? counters.tlsTruncated : counters.httpTruncated);
        pending.erase(key);
        named.put(key, true);
        return std::nullopt;
    }
    pending.erase(key);
    named.put(key, true);
    if (tls) {
        ++counters.clientHellos;
        if (segments > 1) {
            ++counters.tlsReassembled;
        }
    } else {
        ++counters.httpRequests;
    }
    if (s == ParseStatus::Malformed) {
        ++(tls ? counters.tlsMalformed : counters.httpMalformed);
        return std::nullopt;
    }
    if (s != ParseStatus::Ok) {
        return std::nullopt;  // Absent
    }
    ++(tls ? counters.sniNames : counters.httpHosts);
    const NameSource source = tls ? NameSource::TlsSni : NameSource::HttpHost;
    learn(key.dst, AddressName{name, {}, source, 0, ts});
    return ConnectionName{std::move(name), source, key.src, key.srcPort, key.dst, key.dstPort};
}

std::optional<ConnectionName> NameLearner::State::handleTcp(const DecodedPacket& p,
                                                            std::span<const uint8_t> payload,
                                                            bool mayContinue, int64_t ts) {
    const DirectedKey key{p.src, p.dst, p.srcPort, p.dstPort};
    if (!pending.empty()) {
        pending.dropOldestWhile([&](const DirectedKey&, const Pending& old) {
            if (ts - old.firstNs <= config.pendingTimeoutNs) {
                return false;
            }
            ++(old.kind == PendingKind::Tls ? counters.tlsTruncated : counters.httpTruncated);
            return true;
        });
        if (Pending* waiting = pending.find(key)) {
            const bool restart = waiting->kind == PendingKind::Tls
                                     ? looksLikeTlsClientHello(payload)
                                     : looksLikeHttpRequest(payload);
            if (restart) {
                pending.erase(key);  // a retransmission of the first segment: start again
            } else {
                const PendingKind kind = waiting->kind;
                const int segments = waiting->segments + 1;
                const int64_t firstNs = waiting->firstNs;
                std::vector<uint8_t> joined = std::move(waiting->bytes);
                joined.insert(joined.end(), payload.begin(), payload.end());
                return finish(key, kind, joined, mayContinue, segments, firstNs, ts);
            }
        }
    }
    const bool tls = looksLikeTlsClientHello(payload);
    if (!tls && !looksLikeHttpRequest(payload)) {
        return std::nullopt;
    }
    if (named.find(key) != nullptr) {
        return std::nullopt;  // not the first ClientHello / request of this connection
    }
    return finish(key, tls ? PendingKind::Tls : PendingKind::Http, payload, mayContinue, 1, ts, ts);
}

NameLearner::NameLearner(NameLearnerConfig config) : m_state(std::make_unique<State>(config)) {}

NameLearner::~NameLearner() = default;

std::optional<ConnectionName> NameLearner::observe(const DecodedPacket& packet,
                                                   std::span<const uint8_t> captured,
                                                   uint32_t wireLength, int64_t timestampNs) {
    State& s = *m_state;
    if (!packet.hasPorts || (packet.ipProtocol != kProtoUdp && packet.ipProtocol != kProtoTcp)) {
        return std::nullopt;
    }
    if (packet.ipProtocol == kProtoTcp && (packet.tcpFlags & (kTcpSyn | kTcpAck)) == kTcpSyn) {
        // A new connection on this address/port pair: its first ClientHello is yet to come.
        if (!s.named.empty() || !s.pending.empty()) {
            const DirectedKey key{packet.src, packet.dst, packet.srcPort, packet.dstPort};
            s.named.erase(key);
            s.pending.erase(key);
        }
    }
    const size_t offset = packet.payloadOffset;
    if (packet.payloadLength == 0 || offset > captured.size()) {
        return std::nullopt;
    }
    const size_t length = std::min<size_t>(packet.payloadLength, captured.size() - offset);
    const std::span<const uint8_t> payload = captured.subspan(offset, length);
    // More payload may exist than was captured: the capture stopped at the payload's end
    // before the frame's, or this is the first fragment of a fragmented IP packet.
    const bool mayContinue = (offset + length == captured.size() && captured.size() < wireLength) ||
                             packet.fragment == FragmentKind::First;
    if (packet.ipProtocol == kProtoUdp) {
        if (packet.srcPort == kDnsPort || (s.config.learnMdns && packet.srcPort == kMdnsPort)) {
            s.handleDns(payload, mayContinue, timestampNs);
        }
        return std::nullopt;
    }
    if (packet.srcPort == kDnsPort) {
        s.handleDnsOverTcp(payload, mayContinue, timestampNs);
        return std::nullopt;
    }
    return s.handleTcp(packet, payload, mayContinue, timestampNs);
}

bool NameLearner::mayLearnFrom(const DecodedPacket& packet, std::span<const uint8_t> captured) {
    // The same tests as observe(), in the same order, up to where it would read or change state.
    if (!packet.hasPorts || (packet.ipProtocol != kProtoUdp && packet.ipProtocol != kProtoTcp)) {
        return false;
    }
    if (packet.ipProtocol == kProtoTcp && (packet.tcpFlags & (kTcpSyn | kTcpAck)) == kTcpSyn) {
        return true;
    }
    const size_t offset = packet.payloadOffset;
    if (packet.payloadLength == 0 || offset > captured.size()) {
        return false;
    }
    if (packet.srcPort == kDnsPort || packet.srcPort == kMdnsPort) {
        return true;  // UDP (mDNS if configured) and DNS over TCP
    }
    if (packet.ipProtocol == kProtoUdp) {
        return false;
    }
    const size_t length = std::min<size_t>(packet.payloadLength, captured.size() - offset);
    const std::span<const uint8_t> payload = captured.subspan(offset, length);
    return looksLikeTlsClientHello(payload) || looksLikeHttpRequest(payload);
}

bool NameLearner::hasPending() const {
    return !m_state->pending.empty();
}

std::optional<std::string> NameLearner::nameForAddress(const IpAddress& address) const {
    const AddressName* entry = m_state->addresses.find(address);
    if (entry == nullptr) {
        return std::nullopt;
    }
    return entry->name;
}

std::optional<AddressName> NameLearner::lookup(const IpAddress& address) const {
    const AddressName* entry = m_state->addresses.find(address);
    if (entry == nullptr) {
        return std::nullopt;
    }
    return *entry;
}

size_t NameLearner::addressCount() const {
    return m_state->addresses.size();
}

const NameLearnerCounters& NameLearner::counters() const {
    return m_state->counters;
}

const char* nameSourceName(NameSource source) {
    switch (source) {
        case NameSource::DnsAnswer:
            return "dns";
        case NameSource::TlsSni:
            return "sni";
        case NameSource::HttpHost:
            return "http";
        case NameSource::DnsPtr:
            return "ptr";
    }
    return "dns";
}

}  // namespace flowscope
