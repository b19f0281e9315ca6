// bench_export [FLOWS]: the IPFIX exporter's cost per tick and per record at FLOWS flows
// (default 100,000): what the "ipfix" sink runs on its own thread once per snapshot.
//
// Each tick's diff holds what a busy live capture produces: 1 % of the flows new, 20 %
// changed, 1 % ended (each ended flow gives two records, one per direction); every flow has a
// program (name, user, path) and a host name. Measured, median of 30 ticks:
//   baseline  one pass over the tick that any sink must make to look at it: every new,
//             changed and ended flow's remote address hashed and its counters summed
//   records   FlowRecordBuilder::consume: following the flows, timeouts, deltas
//   encode    records + encoding them into 1,400-byte IPFIX messages
//   export    IpfixExporter::consume: all of it, plus one UDP send() per message to a
//             socket on 127.0.0.1 (which nobody reads: the kernel drops what overflows)
// Prints ms per tick, ns per record and the ratios to the baseline.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "core/export/flow_records.h"
#include "core/export/ipfix_encoder.h"
#include "core/export/ipfix_exporter.h"

using namespace flowscope;
using namespace flowscope::ipfix;

namespace {

using Clock = std::chrono::steady_clock;
constexpr int64_t kSecond = 1'000'000'000;
constexpr int64_t kStart = 1'764'000'000 * kSecond;
constexpr int kTicks = 30;
constexpr uint32_t kApps = 2000;

Flow makeFlow(uint64_t id, int tick, std::mt19937_64& rng) {
    Flow f;
    f.id = id;
    f.key.protocol = rng() % 4 == 0 ? 17 : 6;
    f.key.hasPorts = true;
    f.key.a = {IpAddress::fromV4(0x0a000002u), uint16_t(32768 + id % 28000)};
    f.key.b = {IpAddress::fromV4(uint32_t(0x0b000000u + (id * 2654435761u) % 0xe0000000u)),
               uint16_t(rng() % 2 ? 443 : 1 + rng() % 1024)};
    f.appId = uint32_t(1 + id % kApps);
    f.nameId = uint32_t(1 + id % kApps);
    f.pid = uint32_t(1000 + id % kApps);
    f.counters = {10 + uint64_t(tick), 20 + uint64_t(tick), 1000 + 100 * uint64_t(tick),
                  20000 + 1000 * uint64_t(tick)};
    f.firstSeenNs = kStart;
    f.lastSeenNs = kStart + tick * kSecond;
    return f;
}

struct Tick {
    SnapshotPtr snapshot;
    EngineDiff diff;
};

std::vector<Tick> makeTicks(size_t flows, std::mt19937_64& rng) {
    auto apps = std::make_shared<std::vector<Application>>();
    auto names = std::make_shared<std::vector<HostName>>();
    for (uint32_t a = 1; a <= kApps; ++a) {
        apps->push_back({a,
                         "/usr/lib/bench/program-" + std::to_string(a),
                         "program-" + std::to_string(a),
                         "alice",
                         1000,
                         {a},
                         "",
                         false});
        names->push_back({"host-" + std::to_string(a) + ".example.org", HostNameSource::Sni});
    }
    std::vector<Tick> ticks(kTicks + 1);
    for (int t = 0; t <= kTicks; ++t) {
        auto s = std::make_shared<EngineSnapshot>();
        s->sequence = uint64_t(t + 1);
        s->timeNs = kStart + t * kSecond;
        s->state = EngineState::Running;
        s->applications = apps;
        s->hostnames = names;
        ticks[size_t(t)].snapshot = s;
        EngineDiff& d = ticks[size_t(t)].diff;
        if (t == 0) {  // warm-up: the table as it is when the measured ticks start
            for (size_t i = 0; i < flows; ++i) {
                d.added.push_back(makeFlow(i, 0, rng));
            }
            continue;
        }
        const uint64_t base = uint64_t(t) * flows / 100;
        for (size_t i = 0; i < flows / 100; ++i) {
            d.added.push_back(makeFlow(flows + base + i, t, rng));
            d.removed.push_back(makeFlow(base + i, t, rng));
        }
        for (size_t i = 0; i < flows / 5; ++i) {
            d.changed.push_back(makeFlow((base + flows / 100 + i * 3) % flows, t, rng));
        }
    }
    return ticks;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Runs `consume` over the ticks (tick 0 unmeasured); returns the median ms per tick.
double measure(const std::vector<Tick>& ticks, const std::function<size_t(const Tick&)>& consume,
               size_t& records) {
    std::vector<double> ms;
    records = 0;
    consume(ticks[0]);
    for (size_t t = 1; t < ticks.size(); ++t) {
        const auto start = Clock::now();
        records += consume(ticks[t]);
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return median(ms);
}

uint16_t sinkPort() {
    static int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    return ntohs(a.sin_port);
}

}  // namespace

int main(int argc, char** argv) {
    const size_t flows = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100'000;
    std::mt19937_64 rng(42);
    const std::vector<Tick> ticks = makeTicks(flows, rng);

    size_t seen = 0;
    const double baseline = measure(
        ticks,
        [](const Tick& tick) {
            uint64_t sum = 0;
            for (const auto* list : {&tick.diff.added, &tick.diff.changed, &tick.diff.removed}) {
                for (const Flow& f : *list) {
                    sum += f.remote().address.hash() + f.counters.bytes() + f.counters.packets();
                }
            }
            std::atomic_signal_fence(std::memory_order_seq_cst);
            return size_t(sum == 42);
        },
        seen);

    FlowRecordBuilder builder({});
    std::vector<FlowRecord> out;
    size_t built = 0;
    const double records = measure(
        ticks,
        [&](const Tick& tick) {
            out.clear();
            builder.consume(*tick.snapshot, tick.diff, out);
            return out.size();
        },
        built);

    FlowRecordBuilder builder2({});
    std::vector<uint8_t> bytes;
    size_t encodedRecords = 0;
    const double encode = measure(
        ticks,
        [&](const Tick& tick) {
            out.clear();
            builder2.consume(*tick.snapshot, tick.diff, out);
            bytes.clear();
            MessageEncoder e(bytes);
            e.begin({0, 0, 1});
            e.beginDataSet(kTemplateV4);
            for (const FlowRecord& r : out) {
                if (e.size() + encodedRecordSize(r) > 1400) {
                    e.endDataSet();
                    e.finish();
                    e.begin({0, 0, 1});
                    e.beginDataSet(kTemplateV4);
                }
                e.record(r);
            }
            e.endDataSet();
            e.finish();
            return out.size();
        },
        encodedRecords);

    ExporterOptions options;
    options.port = sinkPort();
    auto exporter = IpfixExporter::open(options);
    if (!exporter) {
        std::fprintf(stderr, "%s\n", exporter.error().message.c_str());
        return 1;
    }
    size_t exported = 0;
    const double full = measure(
        ticks,
        [&](const Tick& tick) {
            const uint64_t before = (*exporter)->stats().recordsSent;
            (void)(*exporter)->consume(tick.snapshot, tick.diff);
            return size_t((*exporter)->stats().recordsSent - before);
        },
        exported);

    const double perTick = double(built) / kTicks;
    std::printf("bench_export: %zu flows, %d ticks, %.0f records per tick (median ms per tick)\n",
                flows, kTicks, perTick);
    const auto row = [&](const char* name, double ms) {
        std::printf("  %-9s %8.2f ms  %7.0f ns/record  %6.2fx baseline\n", name, ms,
                    ms * 1e6 / perTick, ms / baseline);
    };
    row("baseline", baseline);
    row("records", records);
    row("encode", encode);
    row("export", full);
    std::printf("  messages sent %llu, lost %llu (UDP to 127.0.0.1:%u)\n",
                (unsigned long long)(*exporter)->stats().messagesSent,
                (unsigned long long)(*exporter)->stats().messagesLost, options.port);
    return 0;
}
