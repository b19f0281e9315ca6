// The IPFIX exporter: a snapshot sink (named "ipfix") that turns each tick into flow records
// (flow_records.h) and sends them to a collector as IPFIX messages (RFC 7011). Over UDP
// (the default) the templates go at the start and again after a time and a number of
// messages (collectors that start late or restart learn them again); over TCP at the start
// of every connection, with reconnects and a bounded backlog (tcp_transport.h). It runs on its own
// sink thread: the engine never waits for it. A collector that is down costs only lost messages,
// counted in stats(); the capture goes on.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/base/phrase.h"
#include "core/base/result.h"
#include "core/engine/snapshot_sink.h"
#include "core/export/flow_records.h"
#include "core/export/tcp_transport.h"

namespace flowscope::ipfix {

enum class Transport { Udp, Tcp };

struct ExporterOptions {
    Transport transport = Transport::Udp;
    std::string host = "127.0.0.1";  // collector: an IPv4 or IPv6 address, or a name
    uint16_t port = 4739;            // IANA's IPFIX port
    uint32_t observationDomain = 1;
    // Sent in the exporting-process statistics (RFC 7011 4.3); 0 means this process's id.
    uint32_t exportingProcessId = 0;
    // Enterprise number of Flowscope's own elements (pid, executable path, host name). The
    // default is RFC 5612's documentation number: a placeholder, not a registered number.
    uint32_t enterpriseNumber = kDocumentationPen;
    RecordOptions records;
    int64_t templateRefreshSeconds = 600;   // resend templates after this much wall time
    uint32_t templateRefreshMessages = 20;  // ... or after this many messages
    size_t maxMessageBytes = 1400;          // one UDP datagram, below a typical path MTU
    // TCP: messages waiting for the collector, at most; beyond, new messages are dropped.
    size_t backlogBytes = 4 * 1024 * 1024;
    // TCP: how long the final flush waits for the collector to take the backlog.
    std::chrono::milliseconds finishTimeout{5000};
    // The link type is known only once the engine has opened its source: when set, the
    // first tick waits (on the sink's thread) until setLinkType() gives it.
    bool waitForLinkType = false;
};

struct ExporterStats {
    uint64_t messagesSent = 0;
    uint64_t recordsSent = 0;    // flow records (options records are not counted)
    uint64_t octetsSent = 0;     // the sent messages' lengths
    uint64_t templatesSent = 0;  // UDP messages that carried the templates (TCP: per connection)
    uint64_t messagesLost = 0;   // send() failed (collector down, no route, buffer full)
    uint64_t recordsLost = 0;
    uint64_t packetsLost = 0;  // the packets and octets the lost flow records counted
    uint64_t octetsLost = 0;
    int64_t firstLossMs = 0;  // when a flow record was lost first and last (epoch ms; 0: never)
    int64_t lastLossMs = 0;
    uint64_t connectionFailures = 0;  // TCP: connects that failed and connections lost
    Phrase lastError;                 // the last send error, as one sentence
};

class IpfixExporter : public SnapshotSink {
public:
    // Resolves the collector and opens the socket. Errors: the host does not resolve, no
    // socket could be opened.
    static Result<std::unique_ptr<IpfixExporter>> open(ExporterOptions options);
    ~IpfixExporter() override;

    std::string name() const override { return "ipfix"; }
    Status consume(const SnapshotPtr& snapshot, const EngineDiff& diff) override;
    // Sends the final statistics; TCP: waits (up to finishTimeout) until the collector has
    // taken the backlog.
    void finish() override;

    ExporterStats stats() const;  // thread-safe
    // The source's LINKTYPE_*: sets records.linkHeaderBytes (see linkHeaderBytes()) and lets
    // a waiting first tick go on. Thread-safe; call after Engine::start().
    void setLinkType(uint32_t linkType);

private:
    IpfixExporter(ExporterOptions options, net::Socket socket, std::unique_ptr<TcpTransport> tcp);
    // `error` is a clause about the collector, or (`sentence`) the whole sentence to keep.
    void report(bool sent, const MessageLoad& load, size_t bytes, const Phrase& error,
                bool sentence = false);
    void send(const std::vector<FlowRecord>& records);
    // A message with the statistics records; over UDP (`withTemplates`) the templates, options
    // templates and element type records lead it.
    void sendOptions(bool withTemplates);
    void sendMessage(const std::vector<uint8_t>& message, const MessageLoad& load);
    bool templatesDue() const;
    ExportTotals totals() const;

    ExporterOptions m_options;
    net::Socket m_socket = net::kNoSocket;  // UDP
    std::unique_ptr<TcpTransport> m_tcp;    // TCP
    FlowRecordBuilder m_builder;
    uint32_t m_sequence = 0;    // data records sent so far (RFC 7011: modulo 2^32)
    int64_t m_templatesAt = 0;  // wall-clock seconds of the last template message
    uint32_t m_messagesSinceTemplates = 0;
    int64_t m_optionsAt = 0;  // TCP: wall-clock seconds of the last options message
    bool m_templatesSent = false;
    mutable std::mutex m_mutex;
    std::condition_variable m_linkTypeSet;
    std::optional<uint32_t> m_linkType;  // guarded by m_mutex
    ExporterStats m_stats;               // guarded by m_mutex
};

}  // namespace flowscope::ipfix
