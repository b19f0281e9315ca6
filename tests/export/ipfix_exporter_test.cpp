// The exporter sink on a real capture: the engine reads a file with the exporter attached to
// a UDP socket on 127.0.0.1 that the test reads; the decoded records, summed per flow and
// direction, equal the flow table's counts (wire bytes minus the link-layer header), and the
// sequence numbers count data records without a gap.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#include <tuple>

#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/export/ipfix_decoder.h"
#include "core/export/ipfix_exporter.h"
#include "tests/export/export_test_util.h"

namespace flowscope::ipfix {
namespace {

using test::countedSums;
using test::FlowKeeper;
using test::Key;
using test::Sum;

// A UDP collector on loopback that keeps every datagram, read on its own thread so that the
// socket buffer never overflows while the engine sends.
class Collector {
public:
    Collector() {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        EXPECT_EQ(::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~Collector() {
        stop();
        ::close(m_fd);
    }
    // Reads until the socket has been quiet for a moment.
    void stop() {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }
    uint16_t port = 0;
    std::vector<std::vector<uint8_t>> datagrams;

private:
    void run() {
        std::vector<uint8_t> buffer(65536);
        for (;;) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 200) <= 0) {
                if (m_stop) {
                    return;
                }
                continue;
            }
            const ssize_t n = ::recv(m_fd, buffer.data(), buffer.size(), 0);
            if (n > 0) {
                datagrams.emplace_back(buffer.begin(), buffer.begin() + n);
            }
        }
    }
    int m_fd = -1;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// `records` receives the number of records exported.
void exportFile(const std::string& file, int64_t activeTimeoutNs, size_t& records) {
    Collector collector;
    EngineConfig config;
    config.source = EngineConfig::Source::File;
    config.filePath = std::string(FLOWSCOPE_TEST_DATA) + "/pcap/" + file;
    config.filePublishIntervalMs = 0;
    ExporterOptions options;
    options.port = collector.port;
    options.records.activeTimeoutNs = activeTimeoutNs;
    // As the CLI does: the link header comes from the engine once it has opened the file.
    options.waitForLinkType = true;
    options.templateRefreshMessages = 5;
    auto exporter = IpfixExporter::open(options);
    ASSERT_TRUE(exporter) << exporter.error().message;
    std::shared_ptr<IpfixExporter> sink = std::move(exporter.value());
    auto keeper = std::make_shared<FlowKeeper>();
    Engine engine(config);
    // Large queues: this test checks sums, so no tick may be dropped on a loaded machine.
    engine.addSink(sink, {100'000, std::chrono::seconds(60)});
    engine.addSink(keeper, {100'000, std::chrono::seconds(60)});
    ASSERT_TRUE(engine.start());
    sink->setLinkType(engine.linkType());
    engine.wait();
    ASSERT_EQ(engine.linkType(), 1u);  // Ethernet: 14 bytes of header per frame
    collector.stop();
    ASSERT_EQ(engine.latest()->sinks.at(0).dropped, 0u);

    const ExporterStats stats = sink->stats();
    EXPECT_EQ(stats.messagesLost, 0u) << english(stats.lastError);
    ASSERT_EQ(collector.datagrams.size(), stats.messagesSent);
    // Templates in the first message and again after every 5 messages; the last message
    // (finish()) has them too, with the final totals.
    const uint64_t flowMessages = stats.messagesSent - 1;
    EXPECT_EQ(stats.templatesSent, (flowMessages + 4) / 5 + 1);

    Decoder decoder;
    std::map<Key, Sum> exported;
    uint32_t expectedSequence = 0;
    records = 0;
    uint64_t octets = 0;
    ExportTotals totals;
    for (size_t i = 0; i < collector.datagrams.size(); ++i) {
        const auto& d = collector.datagrams[i];
        auto m = decoder.decode(d.data(), d.size());
        ASSERT_TRUE(m) << m.error().message;
        EXPECT_EQ(m->sequence, expectedSequence);
        EXPECT_EQ(m->setsWithoutTemplate, 0u);
        expectedSequence += static_cast<uint32_t>(m->records.size());
        if (i + 1 < collector.datagrams.size()) {
            octets += d.size();  // the last message's totals count the ones before it
        }
        for (const DecodedRecord& dr : m->records) {
            if (!isFlowRecord(dr)) {
                readTotals(dr, totals);
                continue;
            }
            const FlowRecord r = toFlowRecord(dr, kDocumentationPen);
            Sum& s = exported[{r.source.toString(), r.destination.toString(), r.sourcePort,
                               r.destinationPort, r.protocol}];
            s.octets += r.octets;
            s.packets += r.packets;
            EXPECT_LE(r.startMs, r.endMs);
            ++records;
        }
    }
    EXPECT_EQ(records, stats.recordsSent);
    // The final statistics records (RFC 7011 4.1, 4.3): what was sent before them, no loss.
    EXPECT_EQ(totals.messagesSent, flowMessages);
    EXPECT_EQ(totals.recordsSent, stats.recordsSent);
    EXPECT_EQ(totals.octetsSent, octets);
    EXPECT_EQ(totals.recordsLost, 0u);
    EXPECT_EQ(totals.firstLossMs, 0);
    EXPECT_EQ(totals.exportingProcessId, static_cast<uint32_t>(::getpid()));
    EXPECT_EQ(totals.observationDomain, options.observationDomain);

    const std::map<Key, Sum> counted = countedSums(keeper->flows_, 14);
    ASSERT_FALSE(counted.empty());
    EXPECT_EQ(exported.size(), counted.size());
    EXPECT_TRUE(exported == counted);
    // The flows still in the table at the end are the keeper's too (same counts).
    engine.table().forEach([&](const Flow& f) {
        const auto it = keeper->flows_.find(f.id);
        ASSERT_NE(it, keeper->flows_.end());
        EXPECT_EQ(it->second.counters.bytes(), f.counters.bytes());
        EXPECT_EQ(it->second.counters.packets(), f.counters.packets());
    });
}

TEST(IpfixExporter, RecordsOfARealCaptureAddUpToTheFlowTable) {
    size_t records = 0;
    exportFile("pcapplusplus-example.pcap", 60'000'000'000, records);
    EXPECT_GT(records, 0u);
}

TEST(IpfixExporter, ShortActiveTimeoutSplitsFlowsAndStillAddsUp) {
    size_t whole = 0;
    size_t split = 0;
    exportFile("ndpi-zoom.pcap", 60'000'000'000, whole);
    exportFile("ndpi-zoom.pcap", 1'000'000'000, split);
    EXPECT_GT(split, whole);
}

TEST(IpfixExporter, ACollectorThatIsDownCostsCountedMessagesOnly) {
    // A port nobody listens on: loopback answers with ICMP port unreachable, so later
    // sends fail with "connection refused".
    int probe = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(probe, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    socklen_t len = sizeof a;
    ::getsockname(probe, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(probe);
    ExporterOptions options;
    options.port = ntohs(a.sin_port);
    auto exporter = IpfixExporter::open(options);
    ASSERT_TRUE(exporter);
    std::shared_ptr<IpfixExporter> sink = std::move(exporter.value());
    EngineConfig config;
    config.filePath = std::string(FLOWSCOPE_TEST_DATA) + "/pcap/ndpi-zoom.pcap";
    config.filePublishIntervalMs = 0;
    Engine engine(config);
    engine.addSink(sink, {100'000, std::chrono::seconds(60)});
    ASSERT_TRUE(engine.start());
    engine.wait();
    EXPECT_EQ(engine.state(), EngineState::Finished);
    EXPECT_FALSE(engine.latest()->sinks.at(0).detached);
    const ExporterStats stats = sink->stats();
    EXPECT_GT(stats.messagesLost, 0u);
    EXPECT_NE(english(stats.lastError).find("is it listening on 127.0.0.1:"), std::string::npos)
        << english(stats.lastError);
}

TEST(IpfixExporter, UdpTemplatesAreSentAgainAfterTheRefreshTime) {
    Collector collector;
    ExporterOptions options;
    options.port = collector.port;
    options.templateRefreshSeconds = 1;
    options.templateRefreshMessages = 1000;
    auto exporter = IpfixExporter::open(options);
    ASSERT_TRUE(exporter);
    uint64_t id = 0;
    const auto tickWithOneEndedFlow = [&] {
        Flow f;
        f.id = ++id;
        f.key.a = {*IpAddress::parse("10.0.0.2"), 40000};
        f.key.b = {*IpAddress::parse("192.0.2.80"), 443};
        f.key.protocol = 6;
        f.counters = {1, 0, 100, 0};
        auto s = std::make_shared<EngineSnapshot>();
        s->sequence = id;
        s->state = EngineState::Running;
        ASSERT_TRUE((*exporter)->consume(s, {{}, {}, {f}}));
    };
    tickWithOneEndedFlow();
    tickWithOneEndedFlow();
    // The refresh time is counted in whole seconds of the wall clock.
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    tickWithOneEndedFlow();
    collector.stop();
    ASSERT_EQ(collector.datagrams.size(), 3u);
    std::vector<size_t> templates;
    for (const auto& d : collector.datagrams) {
        Decoder fresh;
        auto m = fresh.decode(d.data(), d.size());
        ASSERT_TRUE(m) << m.error().message;
        templates.push_back(m->templatesSeen);
    }
    // Two record templates and three options templates.
    EXPECT_EQ(templates, (std::vector<size_t>{5, 0, 5}));
}

TEST(IpfixExporter, AnUnknownCollectorNameIsOneSentence) {
    ExporterOptions options;
    options.host = "no-such-collector.invalid";
    auto exporter = IpfixExporter::open(options);
    ASSERT_FALSE(exporter);
    EXPECT_NE(exporter.error().message.find("could not be resolved"), std::string::npos);
}

}  // namespace
}  // namespace flowscope::ipfix
