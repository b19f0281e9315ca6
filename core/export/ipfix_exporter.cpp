#include "core/export/ipfix_exporter.h"

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>

#include "core/base/system_reason.h"
#include "core/export/ipfix_encoder.h"

namespace flowscope::ipfix {

namespace {

int64_t wallSeconds() {
    return static_cast<int64_t>(std::time(nullptr));
}

}  // namespace

namespace {

std::vector<uint8_t> templatesMessage(uint32_t sequence, uint32_t domain, uint32_t pen) {
    std::vector<uint8_t> message;
    MessageEncoder encoder(message);
    encoder.begin({static_cast<uint32_t>(wallSeconds()), sequence, domain});
    encoder.templates(pen);
    encoder.finish();
    return message;
}

}  // namespace

Result<std::unique_ptr<IpfixExporter>> IpfixExporter::open(ExporterOptions options) {
    const bool tcp = options.transport == Transport::Tcp;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = tcp ? SOCK_STREAM : SOCK_DGRAM;
    addrinfo* found = nullptr;
    const std::string port = std::to_string(options.port);
    const int rc = getaddrinfo(options.host.c_str(), port.c_str(), &hints, &found);
    if (rc != 0) {
        return makeError(ErrorCode::InvalidArgument,
                         phrase(FS_PHRASE("Core",
                                          "The collector \"%1\" could not be resolved "
                                          "(%2); give an address or a known host name."),
                                {verbatim(options.host), verbatim(gai_strerror(rc))}));
    }
    if (tcp) {
        // Connecting happens on the sink's thread, without blocking (the collector may be
        // down now and come up later).
        std::vector<TcpTransport::Address> addresses;
        for (addrinfo* a = found; a != nullptr; a = a->ai_next) {
            TcpTransport::Address to;
            std::memcpy(&to.address, a->ai_addr, a->ai_addrlen);
            to.length = a->ai_addrlen;
            addresses.push_back(to);
        }
        freeaddrinfo(found);
        auto exporter =
            std::unique_ptr<IpfixExporter>(new IpfixExporter(std::move(options), -1, nullptr));
        IpfixExporter* self = exporter.get();
        exporter->m_tcp = std::make_unique<TcpTransport>(
            std::move(addresses), self->m_options.backlogBytes,
            [self](uint32_t sequence) {
                return templatesMessage(sequence, self->m_options.observationDomain,
                                        self->m_options.enterpriseNumber);
            },
            [self](TcpTransport::Outcome outcome, const Phrase& error) {
                self->report(outcome.sent, outcome.records, error);
            });
        return exporter;
    }
    int fd = -1;
    Phrase why;
    for (addrinfo* a = found; a != nullptr && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd >= 0 && ::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            why = systemReason(errno);
            ::close(fd);
            fd = -1;
        } else if (fd < 0) {
            why = systemReason(errno);
        }
    }
    freeaddrinfo(found);
    if (fd < 0) {
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "No UDP socket to the collector %1 could be "
                                          "opened (%2)."),
                                {verbatim(options.host + ":" + port), std::move(why)}));
    }
    return std::unique_ptr<IpfixExporter>(new IpfixExporter(std::move(options), fd, nullptr));
}

IpfixExporter::IpfixExporter(ExporterOptions options, int socket, std::unique_ptr<TcpTransport> tcp)
    : m_options(std::move(options)),
      m_socket(socket),
      m_tcp(std::move(tcp)),
      m_builder(m_options.records) {}

IpfixExporter::~IpfixExporter() {
    if (m_socket >= 0) {
        ::close(m_socket);
    }
}

void IpfixExporter::report(bool sent, size_t records, const Phrase& error) {
    std::lock_guard lock(m_mutex);
    if (sent) {
        ++m_stats.messagesSent;
        m_stats.recordsSent += records;
        return;
    }
    if (records > 0) {
        ++m_stats.messagesLost;
        m_stats.recordsLost += records;
    } else {
        ++m_stats.connectionFailures;
    }
    //: %1 is the collector (host:port), %2 what went wrong, a clause.
    m_stats.lastError =
        phrase(FS_PHRASE("Core", "IPFIX messages could not be sent to %1: %2."),
               {verbatim(m_options.host + ":" + std::to_string(m_options.port)), error});
}

void IpfixExporter::finish() {
    if (m_tcp) {
        m_tcp->drain(m_options.finishTimeout);
    }
}

void IpfixExporter::setLinkType(uint32_t linkType) {
    {
        std::lock_guard lock(m_mutex);
        m_linkType = linkType;
    }
    m_linkTypeSet.notify_all();
}

Status IpfixExporter::consume(const SnapshotPtr& snapshot, const EngineDiff& diff) {
    if (m_options.waitForLinkType) {
        std::unique_lock lock(m_mutex);
        if (!m_linkTypeSet.wait_for(lock, std::chrono::seconds(30),
                                    [this] { return m_linkType.has_value(); })) {
            return makeError(ErrorCode::Internal,
                             "the link type of the capture never arrived (setLinkType).");
        }
        m_builder.setLinkHeaderBytes(linkHeaderBytes(*m_linkType));
        m_options.waitForLinkType = false;
    }
    std::vector<FlowRecord> records;
    m_builder.consume(*snapshot, diff, records);
    if (m_tcp) {
        if (!records.empty()) {
            send(records);
        }
        m_tcp->pump();
        return {};
    }
    if (!records.empty() || !m_templatesSent) {
        send(records);
    }
    return {};
}

bool IpfixExporter::templatesDue() const {
    if (m_tcp) {
        return false;  // the transport sends them at the start of each connection
    }
    return !m_templatesSent || m_messagesSinceTemplates >= m_options.templateRefreshMessages ||
           wallSeconds() - m_templatesAt >= m_options.templateRefreshSeconds;
}

// Packs the records into messages of at most maxMessageBytes (a record larger than that
// goes alone), each data set holding consecutive records of one address family.
void IpfixExporter::send(const std::vector<FlowRecord>& records) {
    size_t next = 0;
    do {
        std::vector<uint8_t> message;
        MessageEncoder encoder(message);
        encoder.begin(
            {static_cast<uint32_t>(wallSeconds()), m_sequence, m_options.observationDomain});
        const bool withTemplates = templatesDue();
        if (withTemplates) {
            encoder.templates(m_options.enterpriseNumber);
        }
        size_t count = 0;
        while (next < records.size()) {
            const uint16_t templateId = templateIdOf(records[next]);
            // Set header, record, up to 3 bytes of padding.
            const size_t need = kSetHeaderBytes + encodedRecordSize(records[next]) + 3;
            if (count > 0 && encoder.size() + need > m_options.maxMessageBytes) {
                break;
            }
            encoder.beginDataSet(templateId);
            while (next < records.size() && templateIdOf(records[next]) == templateId) {
                const size_t size = encodedRecordSize(records[next]);
                if (count > 0 && encoder.size() + size + 3 > m_options.maxMessageBytes) {
                    break;
                }
                encoder.record(records[next]);
                ++next;
                ++count;
            }
            encoder.endDataSet();
        }
        if (!encoder.finish()) {
            // Cannot happen with strings cut to kMaxStringBytes; counted if it ever does.
            std::lock_guard lock(m_mutex);
            ++m_stats.messagesLost;
            m_stats.recordsLost += count;
            continue;
        }
        if (withTemplates) {
            m_templatesSent = true;
            m_templatesAt = wallSeconds();
            m_messagesSinceTemplates = 0;
        }
        ++m_messagesSinceTemplates;
        sendMessage(message, count);
        if (withTemplates) {
            std::lock_guard lock(m_mutex);
            ++m_stats.templatesSent;
        }
    } while (next < records.size());
}

void IpfixExporter::sendMessage(const std::vector<uint8_t>& message, size_t records) {
    // Sequence numbers count records sent, whether or not they arrive: a collector sees the
    // loss as a gap.
    const uint32_t sequence = m_sequence;
    m_sequence += static_cast<uint32_t>(records);
    if (m_tcp) {
        m_tcp->send(message, sequence, records);
        return;
    }
    const ssize_t sent = ::send(m_socket, message.data(), message.size(), MSG_DONTWAIT);
    const int error = errno;
    std::lock_guard lock(m_mutex);
    if (sent == static_cast<ssize_t>(message.size())) {
        ++m_stats.messagesSent;
        m_stats.recordsSent += records;
        return;
    }
    ++m_stats.messagesLost;
    m_stats.recordsLost += records;
    //: %1 is the operating system's reason or "sent in part"; %2 the collector (host:port).
    m_stats.lastError = phrase(
        FS_PHRASE("Core",
                  "An IPFIX message could not be sent to the collector (%1); is it listening "
                  "on %2?"),
        {sent < 0 ? systemReason(error) : phrase(FS_PHRASE("Core", "sent in part")),
         verbatim(m_options.host + ":" + std::to_string(m_options.port))});
}

ExporterStats IpfixExporter::stats() const {
    std::lock_guard lock(m_mutex);
    return m_stats;
}

}  // namespace flowscope::ipfix
