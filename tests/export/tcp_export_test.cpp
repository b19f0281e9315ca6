// IPFIX over TCP: a real capture's records through a TCP collector on loopback (sums equal
// the flow table's, templates at the start of the connection), a collector restarted in the
// middle (reconnect, templates again, nothing lost), and a collector that is down (the sink
// never blocks; connection failures and dropped messages are counted).
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/export/ipfix_decoder.h"
#include "core/export/ipfix_exporter.h"
#include "tests/export/export_test_util.h"

namespace flowscope::ipfix {
namespace {

using namespace std::chrono_literals;

// A TCP collector on 127.0.0.1: accepts connections one after another and cuts each stream
// into messages by their length field. stop() closes everything; start() listens again on
// the same port.
class TcpCollector {
public:
    TcpCollector() { start(); }
    ~TcpCollector() { stop(); }
    void start() {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(port);
        ASSERT_EQ(::bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len);
        port = ntohs(a.sin_port);
        ASSERT_EQ(::listen(m_listen, 4), 0);
        m_stop = false;
        m_thread = std::thread([this] { run(); });
    }
    void stop() {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
        if (m_listen >= 0) {
            ::close(m_listen);
            m_listen = -1;
        }
    }
    // Messages per connection, in order.
    std::vector<std::vector<std::vector<uint8_t>>> connections() {
        std::lock_guard lock(m_mutex);
        return m_connections;
    }
    size_t messages() {
        std::lock_guard lock(m_mutex);
        size_t n = 0;
        for (const auto& c : m_connections) {
            n += c.size();
        }
        return n;
    }
    uint16_t port = 0;

private:
    void run() {
        int conn = -1;
        std::vector<uint8_t> stream;
        while (!m_stop) {
            pollfd p{conn >= 0 ? conn : m_listen, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) {
                continue;
            }
            if (conn < 0) {
                conn = ::accept(m_listen, nullptr, nullptr);
                std::lock_guard lock(m_mutex);
                m_connections.emplace_back();
                stream.clear();
                continue;
            }
            uint8_t buffer[65536];
            const ssize_t n = ::recv(conn, buffer, sizeof buffer, 0);
            if (n <= 0) {
                ::close(conn);
                conn = -1;
                continue;
            }
            stream.insert(stream.end(), buffer, buffer + n);
            while (stream.size() >= 4) {
                const size_t length = (size_t{stream[2]} << 8) | stream[3];
                if (length < 16 || stream.size() < length) {
                    break;
                }
                std::lock_guard lock(m_mutex);
                m_connections.back().emplace_back(stream.begin(), stream.begin() + length);
                stream.erase(stream.begin(), stream.begin() + length);
            }
        }
        if (conn >= 0) {
            ::close(conn);
        }
    }
    int m_listen = -1;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    std::mutex m_mutex;
    std::vector<std::vector<std::vector<uint8_t>>> m_connections;
};

ExporterOptions tcpOptions(uint16_t port) {
    ExporterOptions o;
    o.transport = Transport::Tcp;
    o.port = port;
    return o;
}

template <class Done>
bool waitFor(Done done, std::chrono::milliseconds limit = 10s) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(10ms);
    }
    return true;
}

TEST(IpfixTcp, ARealCaptureArrivesWholeOverOneConnection) {
    TcpCollector collector;
    ExporterOptions options = tcpOptions(collector.port);
    options.records.activeTimeoutNs = 1'000'000'000;
    options.records.linkHeaderBytes = 14;
    auto exporter = IpfixExporter::open(options);
    ASSERT_TRUE(exporter) << exporter.error().message;
    std::shared_ptr<IpfixExporter> sink = std::move(exporter.value());
    auto keeper = std::make_shared<test::FlowKeeper>();
    EngineConfig config;
    config.filePath = std::string(FLOWSCOPE_TEST_DATA) + "/pcap/ndpi-zoom.pcap";
    config.filePublishIntervalMs = 0;
    {
        Engine engine(config);
        engine.addSink(sink, {100'000, 60s});
        engine.addSink(keeper, {100'000, 60s});
        ASSERT_TRUE(engine.start());
        engine.wait();
    }
    const ExporterStats stats = sink->stats();
    EXPECT_EQ(stats.recordsLost, 0u) << english(stats.lastError);
    ASSERT_TRUE(waitFor([&] { return collector.messages() == stats.messagesSent + 1; }))
        << collector.messages() << " of " << stats.messagesSent << " + templates";
    const auto connections = collector.connections();
    ASSERT_EQ(connections.size(), 1u);
    Decoder decoder;
    std::map<test::Key, test::Sum> exported;
    uint32_t sequence = 0;
    uint64_t flowRecords = 0;
    ExportTotals totals;
    for (size_t i = 0; i < connections[0].size(); ++i) {
        const auto& m = connections[0][i];
        auto decoded = decoder.decode(m.data(), m.size());
        ASSERT_TRUE(decoded) << decoded.error().message;
        // Templates (2) and options templates (3) once, first.
        EXPECT_EQ(decoded->templatesSeen, i == 0 ? 5u : 0u);
        // Every data record counts, the element types and statistics too.
        EXPECT_EQ(decoded->sequence, sequence);
        sequence += static_cast<uint32_t>(decoded->records.size());
        for (const DecodedRecord& d : decoded->records) {
            if (!isFlowRecord(d)) {
                readTotals(d, totals);
                continue;
            }
            ++flowRecords;
            const FlowRecord r = toFlowRecord(d, kDocumentationPen);
            test::Sum& s = exported[{r.source.toString(), r.destination.toString(), r.sourcePort,
                                     r.destinationPort, r.protocol}];
            s.octets += r.octets;
            s.packets += r.packets;
        }
    }
    EXPECT_EQ(flowRecords, stats.recordsSent);
    // The last message holds the final statistics: every flow record sent, none lost.
    EXPECT_EQ(totals.recordsSent, stats.recordsSent);
    EXPECT_EQ(totals.recordsLost, 0u);
    const auto counted = test::countedSums(keeper->flows_, 14);
    ASSERT_FALSE(counted.empty());
    EXPECT_TRUE(exported == counted);
}

// Ticks fed by hand: each removes one finished flow, so each produces records at once.
class Feeder {
public:
    explicit Feeder(IpfixExporter& sink) : m_sink(sink) {}
    void removeFlow() {
        Flow f;
        f.id = ++m_id;
        f.key.a = {*IpAddress::parse("10.0.0.2"), static_cast<uint16_t>(40000 + m_id)};
        f.key.b = {*IpAddress::parse("192.0.2.80"), 443};
        f.key.protocol = 6;
        f.key.hasPorts = true;
        f.counters = {1, 1, 100, 200};
        f.firstSeenNs = f.lastSeenNs = 1'764'000'000'000'000'000;
        tick({{}, {}, {f}});
    }
    void tick(EngineDiff diff = {}) {
        auto s = std::make_shared<EngineSnapshot>();
        s->sequence = ++m_sequence;
        s->timeNs = 1'764'000'000'000'000'000 + static_cast<int64_t>(m_sequence);
        s->state = EngineState::Running;
        const auto started = std::chrono::steady_clock::now();
        ASSERT_TRUE(m_sink.consume(s, diff));
        EXPECT_LT(std::chrono::steady_clock::now() - started, 200ms) << "the sink blocked";
    }

private:
    IpfixExporter& m_sink;
    uint64_t m_id = 0;
    uint64_t m_sequence = 0;
};

TEST(IpfixTcp, ARestartedCollectorGetsTemplatesAgainAndNothingIsLost) {
    TcpCollector collector;
    auto exporter = IpfixExporter::open(tcpOptions(collector.port));
    ASSERT_TRUE(exporter);
    Feeder feed(**exporter);
    feed.removeFlow();
    ASSERT_TRUE(waitFor([&] {
        feed.tick();
        return collector.messages() == 3;  // templates, statistics, then the records
    }));
    collector.stop();
    feed.removeFlow();  // finds the connection closed: kept in the backlog
    collector.start();  // same port
    ASSERT_TRUE(waitFor([&] {
        feed.tick();
        return collector.messages() == 5;
    })) << collector.messages();
    const ExporterStats stats = (*exporter)->stats();
    EXPECT_EQ(stats.recordsLost, 0u);
    EXPECT_EQ(stats.recordsSent, 4u);
    EXPECT_GE(stats.connectionFailures, 1u);
    const auto connections = collector.connections();
    ASSERT_EQ(connections.size(), 2u);
    Decoder fresh;  // the second connection is readable on its own: templates first
    std::vector<FlowRecord> records;
    // Sequence numbers go on from the first connection: its templates message (3 element
    // type records), statistics (2) and flow records (2) were 0, 3 and 5; this connection's
    // templates message is 7 and the kept records 10.
    std::vector<uint32_t> sequences;
    for (const auto& m : connections[1]) {
        auto decoded = fresh.decode(m.data(), m.size());
        ASSERT_TRUE(decoded) << decoded.error().message;
        EXPECT_EQ(decoded->setsWithoutTemplate, 0u);
        sequences.push_back(decoded->sequence);
        for (const auto& d : decoded->records) {
            if (isFlowRecord(d)) {
                records.push_back(toFlowRecord(d, kDocumentationPen));
            }
        }
    }
    EXPECT_EQ(sequences, (std::vector<uint32_t>{7, 10}));
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].sourcePort, 40002);

    // Restarted once more with nothing waiting: the new connection's templates-only message
    // carries the sequence number of the next data record.
    collector.stop();
    feed.tick();
    collector.start();
    ASSERT_TRUE(waitFor([&] {
        feed.tick();
        return collector.connections().size() == 3 && collector.messages() == 6;
    }));
    const auto third = collector.connections()[2];
    Decoder again;
    auto templates = again.decode(third[0].data(), third[0].size());
    ASSERT_TRUE(templates);
    EXPECT_EQ(templates->templatesSeen, 5u);
    EXPECT_EQ(templates->sequence, 12u);  // after the second connection's 7 + 3 and 10 + 2
}

TEST(IpfixTcp, ACollectorThatIsDownNeverBlocksAndDropsAreCounted) {
    uint16_t port = 0;
    {
        TcpCollector probe;  // a port that was free a moment ago; nothing listens after
        port = probe.port;
    }
    ExporterOptions options = tcpOptions(port);
    options.backlogBytes = 300;  // about two messages
    options.finishTimeout = 500ms;
    auto exporter = IpfixExporter::open(options);
    ASSERT_TRUE(exporter);
    Feeder feed(**exporter);
    for (int i = 0; i < 10; ++i) {
        feed.removeFlow();
    }
    const ExporterStats stats = (*exporter)->stats();
    EXPECT_GE(stats.connectionFailures, 1u);
    EXPECT_EQ(stats.recordsSent, 0u);
    EXPECT_GE(stats.recordsLost, 14u);  // 8 or more of the 10 two-record messages
    EXPECT_NE(english(stats.lastError).find("backlog"), std::string::npos)
        << english(stats.lastError);
    const auto started = std::chrono::steady_clock::now();
    (*exporter)->finish();  // gives up after finishTimeout, counting the rest as lost
    EXPECT_LT(std::chrono::steady_clock::now() - started, 3s);
    EXPECT_EQ((*exporter)->stats().recordsLost, 20u);
}

}  // namespace
}  // namespace flowscope::ipfix
