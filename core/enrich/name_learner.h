// Learns the names the machine actually asked for, from the traffic itself: address → name
// from DNS answers (A, AAAA through CNAME chains; PTR answers as a weaker fallback), and the
// name of each TCP connection from its TLS ClientHello SNI or HTTP/1.x Host. The engine
// thread calls observe() for every decoded packet; nothing here blocks or allocates per
// packet unless the packet carries a name. Not thread-safe: one thread owns a learner.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "core/base/ip_address.h"
#include "core/packet/decoded_packet.h"

namespace flowscope {

enum class NameSource : uint8_t {
    DnsAnswer,  // an A/AAAA answer to a question the machine asked
    TlsSni,     // the server_name of a TLS ClientHello
    HttpHost,   // the Host of an HTTP/1.x request
    DnsPtr,     // a PTR answer seen in the traffic (a reverse lookup someone made)
};

// "dns", "sni", "http" or "ptr".
const char* nameSourceName(NameSource source);

struct AddressName {
    std::string name;
    std::string canonical;  // DNS: the CNAME chain's canonical name, if not `name`
    NameSource source = NameSource::DnsAnswer;
    uint32_t ttl = 0;    // DNS: seconds, as answered (not enforced: see nameForAddress)
    int64_t seenNs = 0;  // packet time of the answer / ClientHello / request
};

// The name of the connection a packet belongs to, reported once, when it is first seen.
struct ConnectionName {
    std::string name;
    NameSource source = NameSource::TlsSni;  // TlsSni or HttpHost
    IpAddress client;                        // the sender of the ClientHello / request
    uint16_t clientPort = 0;
    IpAddress server;
    uint16_t serverPort = 0;
};

struct NameLearnerConfig {
    size_t maxAddresses = 100'000;         // address table: the entry updated longest ago goes
    size_t maxNamedConnections = 65'536;   // connections already named (first name only)
    size_t maxPendingConnections = 1'024;  // ClientHellos / requests awaiting their next segment
    size_t maxPendingBytes = 16 * 1024;    // per pending connection
    int64_t pendingTimeoutNs = 10'000'000'000;  // a next segment later than this is not awaited
    bool learnMdns = true;                      // also UDP 5353 (mDNS responses)
};

struct NameLearnerCounters {
    uint64_t dnsResponses = 0;  // DNS responses parsed (answers complete)
    uint64_t dnsTruncated = 0;  // DNS messages whose captured bytes ended before the answers
                                // did (frame cut by the snapshot/copy length, a first IP
                                // fragment, DNS over TCP spread over segments)
    uint64_t dnsMalformed = 0;
    uint64_t dnsLearnings = 0;  // address → name learnings taken from DNS answers
    uint64_t clientHellos = 0;  // ClientHellos read (with or without a server_name)
    uint64_t sniNames = 0;
    uint64_t tlsReassembled = 0;  // ClientHellos read from two or more TCP segments
    uint64_t tlsTruncated = 0;    // ClientHellos whose bytes ended before the server_name
                                  // (frame cut short, next segment lost or too late)
    uint64_t tlsMalformed = 0;
    uint64_t httpRequests = 0;  // HTTP/1.x request heads read (with or without a host)
    uint64_t httpHosts = 0;
    uint64_t httpTruncated = 0;
    uint64_t httpMalformed = 0;
    uint64_t addressesEvicted = 0;  // address entries dropped by the maxAddresses cap
};

class NameLearner {
public:
    explicit NameLearner(NameLearnerConfig config = {});
    ~NameLearner();
    NameLearner(const NameLearner&) = delete;
    NameLearner& operator=(const NameLearner&) = delete;

    // Looks at one decoded packet. `captured` is the captured bytes the packet was decoded
    // from (payloadOffset/payloadLength index into it) and `wireLength` its length on the
    // wire: when fewer bytes were captured, a parser that runs out says "truncated" rather
    // than "malformed". DNS responses (UDP/TCP source port 53, mDNS 5353) update the address
    // table. For TCP, a ClientHello or HTTP request that is the first one seen on its
    // connection (since its SYN) returns the connection's name; a ClientHello split over
    // several segments is joined from the segments that follow it in the same direction
    // (assumed in order: sequence numbers are not checked). A TLS/HTTP name also becomes the
    // server address's name unless a DNS answer named it.
    std::optional<ConnectionName> observe(const DecodedPacket& packet,
                                          std::span<const uint8_t> captured, uint32_t wireLength,
                                          int64_t timestampNs);

    // Whether observe() can do anything with this packet while no ClientHello or request
    // awaits its next segment (hasPending() false): a DNS or mDNS response, a SYN, or a TCP
    // payload that starts like a ClientHello or an HTTP request. Any thread may ask: the
    // capture thread does, while the frame's bytes are in its cache, so that the engine thread
    // need not read the payload of every other packet only to find nothing in it.
    static bool mayLearnFrom(const DecodedPacket& packet, std::span<const uint8_t> captured);
    bool hasPending() const;

    // The name learned for `address`: a DNS answer's, else an SNI/Host, else a PTR answer's;
    // among equals the most recent. TTLs are kept, not enforced: the name the machine used
    // stays the best label for its connections after the answer has expired.
    std::optional<std::string> nameForAddress(const IpAddress& address) const;
    std::optional<AddressName> lookup(const IpAddress& address) const;
    size_t addressCount() const;
    const NameLearnerCounters& counters() const;

    struct State;

private:
    std::unique_ptr<State> m_state;
};

}  // namespace flowscope
