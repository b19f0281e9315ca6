#include "core/export/ipfix_exporter.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>

#include "core/base/winsock.h"
#include "core/export/ipfix_encoder.h"
#include "core/export/socket_headers.h"
#include "core/export/socket_io.h"

namespace flowscope::ipfix {

namespace {

int64_t wallSeconds() {
    return static_cast<int64_t>(std::time(nullptr));
}

int64_t wallMilliseconds() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// What leads every message with templates: the options templates and the type records of
// Flowscope's own elements first (RFC 5610 section 4: before the templates that use them, so
// that a collector can name them), then the record templates. Returns the data records.
size_t templatesPart(MessageEncoder& encoder, uint32_t pen) {
    encoder.optionsTemplates();
    const size_t records = encoder.elementTypes(pen);
    encoder.templates(pen);
    return records;
}

// TCP: the first message of every connection (kElementTypeRecords data records).
std::vector<uint8_t> templatesMessage(uint32_t sequence, uint32_t domain, uint32_t pen) {
    std::vector<uint8_t> message;
    MessageEncoder encoder(message);
    encoder.begin({static_cast<uint32_t>(wallSeconds()), sequence, domain});
    templatesPart(encoder, pen);
    encoder.finish();
    return message;
}

}  // namespace

Result<std::unique_ptr<IpfixExporter>> IpfixExporter::open(ExporterOptions options) {
    const bool tcp = options.transport == Transport::Tcp;
    startWinsock();  // if it cannot start, getaddrinfo() says so below
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
            std::memcpy(to.bytes, a->ai_addr, a->ai_addrlen);
            to.length = static_cast<int>(a->ai_addrlen);
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
            kElementTypeRecords,
            [self](TcpTransport::Outcome outcome, const Phrase& error) {
                self->report(outcome.sent, outcome.load, outcome.bytes, error);
            });
        return exporter;
    }
    net::Socket fd = net::kNoSocket;
    Phrase why;
    for (addrinfo* a = found; a != nullptr && fd == net::kNoSocket; a = a->ai_next) {
        fd = net::openSocket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd == net::kNoSocket) {
            why = net::socketReason(net::lastError());
        } else if (::connect(net::native(fd), a->ai_addr, static_cast<int>(a->ai_addrlen)) != 0) {
            why = net::socketReason(net::lastError());
            net::closeSocket(fd);
            fd = net::kNoSocket;
        }
    }
    freeaddrinfo(found);
    if (fd == net::kNoSocket) {
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "No UDP socket to the collector %1 could be "
                                          "opened (%2)."),
                                {verbatim(options.host + ":" + port), std::move(why)}));
    }
    return std::unique_ptr<IpfixExporter>(new IpfixExporter(std::move(options), fd, nullptr));
}

IpfixExporter::IpfixExporter(ExporterOptions options, net::Socket socket,
                             std::unique_ptr<TcpTransport> tcp)
    : m_options(std::move(options)),
      m_socket(socket),
      m_tcp(std::move(tcp)),
      m_builder(m_options.records) {
    if (m_options.exportingProcessId == 0) {
        m_options.exportingProcessId = net::processId();
    }
}

IpfixExporter::~IpfixExporter() {
    if (m_socket != net::kNoSocket) {
        net::closeSocket(m_socket);
    }
}

void IpfixExporter::report(bool sent, const MessageLoad& load, size_t bytes, const Phrase& error,
                           bool sentence) {
    std::lock_guard lock(m_mutex);
    if (sent) {
        ++m_stats.messagesSent;
        m_stats.recordsSent += load.flowRecords;
        m_stats.octetsSent += bytes;
        return;
    }
    if (load.records > 0) {
        ++m_stats.messagesLost;
        m_stats.recordsLost += load.flowRecords;
        m_stats.packetsLost += load.packets;
        m_stats.octetsLost += load.octets;
        if (load.flowRecords > 0) {
            m_stats.lastLossMs = wallMilliseconds();
            if (m_stats.firstLossMs == 0) {
                m_stats.firstLossMs = m_stats.lastLossMs;
            }
        }
    } else {
        ++m_stats.connectionFailures;
    }
    if (sentence) {
        m_stats.lastError = error;
        return;
    }
    //: %1 is the collector (host:port), %2 what went wrong, a clause.
    m_stats.lastError =
        phrase(FS_PHRASE("Core", "IPFIX messages could not be sent to %1: %2."),
               {verbatim(m_options.host + ":" + std::to_string(m_options.port)), error});
}

void IpfixExporter::finish() {
    // The final totals; over UDP with the templates, for a collector that started late.
    sendOptions(!m_tcp);
    if (m_tcp) {
        m_tcp->drain(m_options.finishTimeout);
    }
}

ExportTotals IpfixExporter::totals() const {
    std::lock_guard lock(m_mutex);
    ExportTotals t;
    t.exportingProcessId = m_options.exportingProcessId;
    t.observationDomain = m_options.observationDomain;
    t.messagesSent = m_stats.messagesSent;
    t.recordsSent = m_stats.recordsSent;
    t.octetsSent = m_stats.octetsSent;
    t.recordsLost = m_stats.recordsLost;
    t.packetsLost = m_stats.packetsLost;
    t.octetsLost = m_stats.octetsLost;
    t.firstLossMs = m_stats.firstLossMs;
    t.lastLossMs = m_stats.lastLossMs;
    return t;
}

void IpfixExporter::sendOptions(bool withTemplates) {
    std::vector<uint8_t> message;
    MessageEncoder encoder(message);
    encoder.begin({static_cast<uint32_t>(wallSeconds()), m_sequence, m_options.observationDomain});
    MessageLoad load;
    if (withTemplates) {
        load.records += templatesPart(encoder, m_options.enterpriseNumber);
    }
    load.records += encoder.totals(totals());
    encoder.finish();
    m_optionsAt = wallSeconds();
    sendMessage(message, load);
    if (withTemplates) {
        std::lock_guard lock(m_mutex);
        ++m_stats.templatesSent;
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
        if (m_optionsAt == 0 || wallSeconds() - m_optionsAt >= m_options.templateRefreshSeconds) {
            sendOptions(false);
        }
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
// goes alone), each data set holding consecutive records of one address family. Over UDP the
// templates, when due, lead a message with the options records.
void IpfixExporter::send(const std::vector<FlowRecord>& records) {
    size_t next = 0;
    do {
        std::vector<uint8_t> message;
        MessageEncoder encoder(message);
        encoder.begin(
            {static_cast<uint32_t>(wallSeconds()), m_sequence, m_options.observationDomain});
        MessageLoad load;
        const bool withTemplates = templatesDue();
        if (withTemplates) {
            load.records += templatesPart(encoder, m_options.enterpriseNumber);
            load.records += encoder.totals(totals());
        }
        while (next < records.size()) {
            const uint16_t templateId = templateIdOf(records[next]);
            // Set header, record, up to 3 bytes of padding.
            const size_t need = kSetHeaderBytes + encodedRecordSize(records[next]) + 3;
            if (load.flowRecords > 0 && encoder.size() + need > m_options.maxMessageBytes) {
                break;
            }
            encoder.beginDataSet(templateId);
            while (next < records.size() && templateIdOf(records[next]) == templateId) {
                const FlowRecord& r = records[next];
                if (load.flowRecords > 0 &&
                    encoder.size() + encodedRecordSize(r) + 3 > m_options.maxMessageBytes) {
                    break;
                }
                encoder.record(r);
                ++next;
                ++load.flowRecords;
                load.packets += r.packets;
                load.octets += r.octets;
            }
            encoder.endDataSet();
        }
        load.records += load.flowRecords;
        if (!encoder.finish()) {
            // Cannot happen with strings cut to kMaxStringBytes; counted if it ever does.
            std::lock_guard lock(m_mutex);
            ++m_stats.messagesLost;
            m_stats.recordsLost += load.flowRecords;
            m_stats.packetsLost += load.packets;
            m_stats.octetsLost += load.octets;
            continue;
        }
        if (withTemplates) {
            m_templatesSent = true;
            m_templatesAt = wallSeconds();
            m_messagesSinceTemplates = 0;
        }
        ++m_messagesSinceTemplates;
        sendMessage(message, load);
        if (withTemplates) {
            std::lock_guard lock(m_mutex);
            ++m_stats.templatesSent;
        }
    } while (next < records.size());
}

void IpfixExporter::sendMessage(const std::vector<uint8_t>& message, const MessageLoad& load) {
    // Sequence numbers count data records sent (options records too, RFC 7011 section 3.1),
    // whether or not they arrive: a collector sees the loss as a gap.
    const uint32_t sequence = m_sequence;
    m_sequence += static_cast<uint32_t>(load.records);
    if (m_tcp) {
        m_tcp->send(message, sequence, load);
        return;
    }
    const long long sent = net::sendSome(m_socket, message.data(), message.size());
    if (sent == static_cast<long long>(message.size())) {
        report(true, load, message.size(), Phrase{});
        return;
    }
    const int error = net::lastError();
    //: %1 is the operating system's reason or "sent in part"; %2 the collector (host:port).
    const Phrase why = phrase(
        FS_PHRASE("Core",
                  "An IPFIX message could not be sent to the collector (%1); is it listening "
                  "on %2?"),
        {sent < 0 ? net::socketReason(error) : phrase(FS_PHRASE("Core", "sent in part")),
         verbatim(m_options.host + ":" + std::to_string(m_options.port))});
    report(false, load, message.size(), why, true);
}

ExporterStats IpfixExporter::stats() const {
    std::lock_guard lock(m_mutex);
    return m_stats;
}

}  // namespace flowscope::ipfix
