// IPFIX over TCP (RFC 7011 section 10.4) without ever blocking the caller: messages wait in a
// bounded backlog and are written with non-blocking sends whenever pump() runs (every tick).
// A collector that is down or restarts is reconnected with backoff; each new connection starts
// with the templates. Messages that find the backlog full are dropped and counted. A collector
// name with several addresses (IPv6 and IPv4, or several hosts) is tried address after address
// before backing off; the one that answered is tried first the next time.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "core/base/phrase.h"
#include "core/export/ipfix_types.h"
#include "core/export/socket_io.h"

namespace flowscope::ipfix {

class TcpTransport {
public:
    struct Outcome {  // reported per message: sent whole, or lost
        bool sent;
        MessageLoad load;  // empty for a failed connection
        size_t bytes;
    };
    using Report = std::function<void(Outcome, const Phrase& error)>;
    // Builds the first message of a connection (templates, and `templateRecords` data records
    // that describe them) whose header carries `sequence`.
    using Templates = std::function<std::vector<uint8_t>(uint32_t sequence)>;

    using Address = net::SocketAddress;
    // `addresses` in the order to try them (getaddrinfo's); at least one.
    TcpTransport(std::vector<Address> addresses, size_t backlogBytes, Templates templates,
                 size_t templateRecords, Report report);
    ~TcpTransport();
    TcpTransport(const TcpTransport&) = delete;
    TcpTransport& operator=(const TcpTransport&) = delete;

    // Queues one message (dropped and reported when the backlog is full), then pumps.
    void send(std::vector<uint8_t> message, uint32_t sequence, MessageLoad load);
    // Connects when due and writes what the socket takes now.
    void pump();
    // At the end: pumps until the backlog is empty or `limit` has passed; what is left is
    // reported lost.
    void drain(std::chrono::milliseconds limit);
    bool connected() const { return m_fd != net::kNoSocket && !m_connecting; }
    size_t backlogBytes() const { return m_queuedBytes; }

private:
    struct Pending {
        std::vector<uint8_t> bytes;
        uint32_t sequence;
        MessageLoad load;
        bool templates;  // inserted at connection start; not counted in the backlog
    };
    void startConnect();
    bool finishConnect();
    bool peerClosed() const;
    void disconnect(Phrase why);
    // A connection attempt failed: the next address at once while some of this round are
    // untried, else disconnect() with what each said.
    void connectFailed(Phrase why);
    void write();

    std::vector<Address> m_addresses;
    size_t m_current = 0;        // the address tried now (or connected to)
    size_t m_failedInRound = 0;  // addresses that failed since the last backoff
    Phrase m_roundErrors;        // what they said
    size_t m_backlogLimit;
    Templates m_templates;
    size_t m_templateRecords;
    Report m_report;
    net::Socket m_fd = net::kNoSocket;
    bool m_connecting = false;
    std::chrono::steady_clock::time_point m_nextAttempt{};
    std::chrono::milliseconds m_backoff{250};
    std::deque<Pending> m_pending;
    size_t m_offset = 0;  // bytes of the front message already written
    size_t m_queuedBytes = 0;
    uint32_t m_nextSequence = 0;  // sequence after the newest queued message, for templates
    // The data records of the connections' first messages written so far: the caller's
    // sequence numbers do not count them, so each message's header is raised by this much.
    uint32_t m_sequenceOffset = 0;
};

}  // namespace flowscope::ipfix
