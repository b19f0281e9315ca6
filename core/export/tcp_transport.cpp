#include "core/export/tcp_transport.h"

#include "core/export/ipfix_encoder.h"
#include "core/export/socket_headers.h"

#include <algorithm>
#include <cstring>
#include <thread>
#include <utility>

namespace flowscope::ipfix {

namespace {

constexpr std::chrono::milliseconds kMaxBackoff{30'000};

}  // namespace

TcpTransport::TcpTransport(std::vector<Address> addresses, size_t backlogBytes, Templates templates,
                           size_t templateRecords, Report report)
    : m_addresses(std::move(addresses)),
      m_backlogLimit(backlogBytes),
      m_templates(std::move(templates)),
      m_templateRecords(templateRecords),
      m_report(std::move(report)) {}

TcpTransport::~TcpTransport() {
    if (m_fd != net::kNoSocket) {
        net::closeSocket(m_fd);
    }
}

void TcpTransport::send(std::vector<uint8_t> message, uint32_t sequence, MessageLoad load) {
    // A templates-only message carries the sequence number of the next data record.
    m_nextSequence = sequence + static_cast<uint32_t>(load.records);
    if (m_queuedBytes + message.size() > m_backlogLimit) {
        m_report({false, load, message.size()},
                 phrase(FS_PHRASE("Core",
                                  "the collector is not taking messages fast enough (backlog "
                                  "of %1 KiB full)"),
                        {number(m_backlogLimit / 1024)}));
    } else {
        m_queuedBytes += message.size();
        m_pending.push_back({std::move(message), sequence, load, false});
    }
    pump();
}

void TcpTransport::startConnect() {
    const Address& to = m_addresses[m_current];
    const auto* address = reinterpret_cast<const sockaddr*>(to.bytes);
    m_fd = net::openSocket(address->sa_family, SOCK_STREAM, 0);
    if (m_fd == net::kNoSocket) {
        connectFailed(net::socketReason(net::lastError()));
        return;
    }
    if (::connect(net::native(m_fd), address, to.length) == 0 ||
        net::connectPending(net::lastError())) {
        m_connecting = true;
        return;
    }
    connectFailed(net::socketReason(net::lastError()));
}

void TcpTransport::connectFailed(Phrase why) {
    if (m_fd != net::kNoSocket) {
        net::closeSocket(m_fd);
        m_fd = net::kNoSocket;
    }
    m_connecting = false;
    ++m_failedInRound;
    //: Two reasons one after the other, as in a list.
    m_roundErrors = m_roundErrors.empty() ? std::move(why)
                                          : phrase(FS_PHRASE("Core", "%1; %2"),
                                                   {std::move(m_roundErrors), std::move(why)});
    m_current = (m_current + 1) % m_addresses.size();
    if (m_failedInRound < m_addresses.size()) {
        m_nextAttempt = {};  // the next address at once
        return;
    }
    // Every address failed: back off, and start the next round where this one started.
    Phrase errors = std::exchange(m_roundErrors, {});
    m_failedInRound = 0;
    disconnect(m_addresses.size() == 1 ? std::move(errors)
                                       //: %1 is a count of two or more; %2 what each address said.
                                       : phrase(FS_PHRASE("Core", "%1 addresses tried: %2"),
                                                {number(m_addresses.size()), std::move(errors)}));
}

// True once the connection is up; then the templates go first.
bool TcpTransport::finishConnect() {
    if (!net::writable(m_fd)) {
        return false;
    }
    const int error = net::connectError(m_fd);
    if (error != 0) {
        connectFailed(net::socketReason(error));
        return false;
    }
    m_connecting = false;
    m_failedInRound = 0;
    m_roundErrors = {};
    m_backoff = std::chrono::milliseconds(250);
    // A message cut by the previous connection is sent again whole on this one.
    m_offset = 0;
    // Templates from the previous connection are stale: drop them, send fresh ones.
    std::erase_if(m_pending, [](const Pending& p) { return p.templates; });
    const uint32_t sequence = m_pending.empty() ? m_nextSequence : m_pending.front().sequence;
    m_pending.push_front({m_templates(sequence + m_sequenceOffset), sequence, {}, true});
    return true;
}

// A collector never sends anything over IPFIX/TCP: a readable socket means it closed (or
// reset) the connection. Checked before writing, so that messages are not written into a
// connection the peer has already left.
bool TcpTransport::peerClosed() const {
    return net::peerClosed(m_fd);
}

void TcpTransport::disconnect(Phrase why) {
    if (m_fd != net::kNoSocket) {
        net::closeSocket(m_fd);
    }
    m_fd = net::kNoSocket;
    m_connecting = false;
    m_nextAttempt = std::chrono::steady_clock::now() + m_backoff;
    m_backoff = std::min(kMaxBackoff, m_backoff * 2);
    m_report(
        {false, {}, 0},
        phrase(FS_PHRASE("Core", "the connection to the collector failed (%1)"), {std::move(why)}));
}

void TcpTransport::write() {
    while (!m_pending.empty()) {
        Pending& front = m_pending.front();
        if (m_offset == 0 && !front.templates && front.bytes.size() >= kMessageHeaderBytes) {
            // The message header's sequence number: bytes 8 to 11 (RFC 7011 section 3.1).
            ByteWriter(front.bytes).patch32(8, front.sequence + m_sequenceOffset);
        }
        const long long n =
            net::sendSome(m_fd, front.bytes.data() + m_offset, front.bytes.size() - m_offset);
        if (n < 0) {
            const int error = net::lastError();
            if (!net::wouldBlock(error)) {
                disconnect(net::socketReason(error));
            }
            return;
        }
        m_offset += static_cast<size_t>(n);
        if (m_offset < front.bytes.size()) {
            return;
        }
        if (front.templates) {
            m_sequenceOffset += static_cast<uint32_t>(m_templateRecords);
        } else {
            m_queuedBytes -= front.bytes.size();
            m_report({true, front.load, front.bytes.size()}, Phrase{});
        }
        m_pending.pop_front();
        m_offset = 0;
    }
}

void TcpTransport::pump() {
    // Connecting: one address after another while they fail at once, within this call.
    for (size_t attempts = 0; m_fd == net::kNoSocket || m_connecting;) {
        if (m_fd == net::kNoSocket) {
            if (attempts++ == m_addresses.size() ||
                std::chrono::steady_clock::now() < m_nextAttempt) {
                return;
            }
            startConnect();
        } else if (!finishConnect() && m_fd != net::kNoSocket) {
            return;  // still in progress
        }
    }
    if (peerClosed()) {
        disconnect(phrase(FS_PHRASE("Core", "the collector closed the connection")));
        return;
    }
    write();
}

void TcpTransport::drain(std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (m_queuedBytes > 0 && std::chrono::steady_clock::now() < deadline) {
        pump();
        if (m_queuedBytes > 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    for (const Pending& p : m_pending) {
        if (!p.templates) {
            m_report(
                {false, p.load, p.bytes.size()},
                phrase(FS_PHRASE("Core", "the collector did not take the last messages in time")));
        }
    }
    m_pending.clear();
    m_queuedBytes = 0;
    if (m_fd != net::kNoSocket) {
        net::shutdownWrites(m_fd);
    }
}

}  // namespace flowscope::ipfix
