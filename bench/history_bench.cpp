// bench_history [--quick]: the history store's costs, each against a baseline in the same run.
//
// 1. The recorder per tick (RecorderSink::consume on its own thread: grouping, one SQLite
//    transaction, the roll-up when a minute closes, a pruning slice) at 1,000 open
//    connections all with traffic in every tick, 10,000 with 10 % of them with traffic in a
//    tick (a desktop: most connections idle), and 10,000 all with traffic (the worst case);
//    1 % ending per tick; eight connections per remote host, 40 programs. 150 ticks (2.5
//    minutes of 1 s ticks, so minutes close and roll up); median, 95th percentile, worst.
//    Baseline: the same rows written without batching, one transaction per row.
// 2. Reports over 30 days of synthetic desktop history (bench/history_synth.h): totals by
//    application and by host over 30 days, a 30-day series by day, today by hour (the goal:
//    each within 200 ms).
// 3. Database bytes per day at that load.
// --quick: 1 and 7 days instead of 30 (for a smoke run).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "bench/history_synth.h"
#include "core/store/history_reader.h"
#include "core/store/history_time.h"
#include "core/store/recorder_batch.h"
#include "core/store/recorder_sink.h"

using namespace flowscope;
using namespace flowscope::history;

namespace {

using Clock = std::chrono::steady_clock;
constexpr int64_t kSecond = 1'000'000'000;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Stats {
    double median, p95, worst;
};

Stats statsOf(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[v.size() * 95 / 100], v.back()};
}

std::filesystem::path tempFile(const char* name) {
    const auto dir = std::filesystem::temp_directory_path() / "flowscope-bench-history";
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path.string() + suffix);
    }
    return path;
}

// Connection `id`: eight connections per remote host, each host used by one program over one
// service, so a tick's rows are one per host with traffic (a browser's many connections to one
// site make one row).
Flow flowOf(uint64_t id, int64_t nowNs, uint64_t age) {
    const uint32_t host = uint32_t(id / 8);
    Flow f;
    f.id = id;
    f.key.protocol = host % 5 == 0 ? 17 : 6;
    f.key.hasPorts = true;
    f.key.a = {IpAddress::fromV4(0x0a000002u), uint16_t(20000 + id % 40000)};
    f.key.b = {IpAddress::fromV4(0x5db8d800u + host), uint16_t(host % 3 ? 443 : 53)};
    f.appId = 1 + host % 40;
    f.counters = {age * 3, age * 5, age * 300, age * 5000};
    f.firstSeenNs = nowNs - int64_t(age) * kSecond;
    f.lastSeenNs = nowNs;
    return f;
}

std::shared_ptr<const std::vector<Application>> applications() {
    auto apps = std::make_shared<std::vector<Application>>();
    for (uint32_t a = 1; a <= 40; ++a) {
        apps->push_back({a,
                         "/usr/bin/program" + std::to_string(a),
                         "program" + std::to_string(a),
                         "alice",
                         1000,
                         {a + 100},
                         "",
                         false});
    }
    return apps;
}

struct Load {
    size_t active;   // connections open
    size_t percent;  // of them with traffic in a tick
};

// The ticks of a load: 1 % of the connections end per tick and new ones take their place;
// `percent` % of the others see traffic (a connection's counters grow with its age only in
// the ticks it is picked).
std::vector<std::pair<SnapshotPtr, EngineDiff>> ticksOf(const Load& load, int ticks) {
    const auto apps = applications();
    const int64_t start = (floorMinute(std::time(nullptr)) + 5) * kSecond;
    std::vector<uint64_t> ids(load.active), born(load.active, 0);
    for (size_t i = 0; i < load.active; ++i) {
        ids[i] = i;
    }
    uint64_t nextId = load.active;
    std::vector<std::pair<SnapshotPtr, EngineDiff>> out;
    for (int t = 1; t <= ticks; ++t) {
        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->sequence = uint64_t(t);
        snapshot->timeNs = start + t * kSecond;
        snapshot->state = EngineState::Running;
        snapshot->applications = apps;
        EngineDiff diff;
        for (size_t i = 0; i < load.active; ++i) {
            const uint64_t age = uint64_t(t) - born[i];
            if (i % 100 == size_t(t) % 100) {
                diff.removed.push_back(flowOf(ids[i], snapshot->timeNs, age));
                ids[i] = nextId++;
                born[i] = uint64_t(t);
                diff.added.push_back(flowOf(ids[i], snapshot->timeNs, 1));
            } else if ((i * 7 + size_t(t) * 13) % 100 < load.percent) {
                diff.changed.push_back(flowOf(ids[i], snapshot->timeNs, age));
            }
        }
        out.emplace_back(snapshot, std::move(diff));
    }
    return out;
}

// The recorder's consume() per tick, ms.
Stats recorderTicks(const Load& load, int ticks) {
    auto sink = RecorderSink::open({tempFile("recorder.sqlite"), {}, nullptr, nullptr, {}});
    if (!sink) {
        std::fprintf(stderr, "%s\n", sink.error().message.c_str());
        std::exit(1);
    }
    std::vector<double> times;
    for (const auto& [snapshot, diff] : ticksOf(load, ticks)) {
        const auto begin = Clock::now();
        if (Status s = (*sink)->consume(snapshot, diff); !s) {
            std::fprintf(stderr, "%s\n", s.error().message.c_str());
            std::exit(1);
        }
        times.push_back(msSince(begin));
    }
    return statsOf(times);
}

// Baseline: the same rows (RecorderBatch groups them as the recorder does), written one
// transaction per row. Returns ms per tick and the rows per tick.
std::pair<Stats, size_t> unbatchedTicks(const Load& load, int ticks) {
    auto writer = HistoryWriter::open(tempFile("unbatched.sqlite"), {});
    RecorderBatch grouping({});
    std::vector<double> times;
    size_t rows = 0;
    for (const auto& [snapshot, diff] : ticksOf(load, ticks)) {
        const auto begin = Clock::now();
        const TickBatch batch = grouping.build(*snapshot, diff, false);
        for (const MinuteRecord& r : batch.traffic) {
            TickBatch one;
            one.now = batch.now;
            one.traffic.push_back(r);
            (void)(*writer)->write(one);
        }
        for (const ConnectionRecord& c : batch.connections) {
            TickBatch one;
            one.now = batch.now;
            one.connections.push_back(c);
            (void)(*writer)->write(one);
        }
        times.push_back(msSince(begin));
        rows = std::max(rows, batch.traffic.size() + batch.connections.size());
    }
    return {statsOf(times), rows};
}

double timeQuery(const std::function<bool()>& query, int runs = 5) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto begin = Clock::now();
        if (!query()) {
            std::fprintf(stderr, "query failed\n");
            std::exit(1);
        }
        times.push_back(msSince(begin));
    }
    return statsOf(times).median;
}

void reports(int days) {
    const auto path = tempFile("month.sqlite");
    RetentionOptions keep;
    keep.maxBytes = 0;
    auto writer = HistoryWriter::open(path, keep);
    const auto fillStart = Clock::now();
    // The first week, then the rest: the file's size after each gives the growth per day once
    // minutes start to expire (default retention: minutes 7 days, hours 90, days for ever).
    const int64_t end = floorMinute(std::time(nullptr));
    const int firstDays = std::min(days, 7);
    std::error_code ec;
    synth::Written written;
    double weekBytes = 0;
    for (const auto& [span, until] : {std::pair{firstDays, end - int64_t(days - firstDays) * 86400},
                                      std::pair{days - firstDays, end}}) {
        if (span <= 0) {
            continue;
        }
        auto part = synth::fill(**writer, {span, until, 24, 3, uint32_t(span), 1.0});
        if (!part) {
            std::fprintf(stderr, "%s\n", part.error().message.c_str());
            std::exit(1);
        }
        written.records += part->records;
        written.connections += part->connections;
        if (weekBytes == 0) {
            weekBytes = double(std::filesystem::file_size(path, ec));
        }
    }
    writer.value().reset();
    const double fillS = msSince(fillStart) / 1000;
    auto reader = HistoryReader::open(path);
    const int64_t now = floorMinute(std::time(nullptr));
    const TimeRange all{now - int64_t(days) * 86400, now};
    const double byApp =
        timeQuery([&] { return (*reader)->totals(all, Dimension::Application).ok(); });
    const double byHost = timeQuery([&] { return (*reader)->totals(all, Dimension::Host).ok(); });
    const double series = timeQuery(
        [&] { return (*reader)->series(all, Dimension::Application, Granularity::Day, 8).ok(); });
    const double today = timeQuery([&] {
        return (*reader)
            ->series({floorDay(now), now}, Dimension::Application, Granularity::Hour, 8)
            .ok();
    });
    const double bytes = double(std::filesystem::file_size(path, ec));
    std::printf(
        "\n%d days of synthetic history (24 groups and 3 connections a minute): %llu "
        "minute rows, %llu connections, written in %.1f s\n",
        days, (unsigned long long)written.records, (unsigned long long)written.connections, fillS);
    std::printf("  totals by application, %d days   %8.1f ms\n", days, byApp);
    std::printf("  totals by host, %d days          %8.1f ms\n", days, byHost);
    std::printf("  series by day (top 8), %d days   %8.1f ms\n", days, series);
    std::printf("  today by hour (top 8)           %8.1f ms\n", today);
    std::printf("  database: %.1f MB after %d days, %.1f MB after %d", weekBytes / 1e6, firstDays,
                bytes / 1e6, days);
    if (days > firstDays) {
        std::printf(" (%.0f KB per day once minutes expire)",
                    (bytes - weekBytes) / 1024 / (days - firstDays));
    }
    std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int ticks = quick ? 70 : 150;
    std::printf("recorder per tick (ms on the recorder's thread; %d ticks)\n", ticks);
    std::printf("  %-8s %-8s %6s %8s %8s %8s %11s %7s\n", "active", "traffic", "rows", "median",
                "p95", "worst", "unbatched", "ratio");
    for (const Load& load : {Load{1000, 100}, Load{10000, 10}, Load{10000, 100}}) {
        const Stats s = recorderTicks(load, ticks);
        const auto [base, rows] = unbatchedTicks(load, ticks);
        std::printf("  %-8zu %6zu %% %6zu %8.2f %8.2f %8.2f %11.2f %6.1fx\n", load.active,
                    load.percent, rows, s.median, s.p95, s.worst, base.median,
                    base.median / s.median);
    }
    reports(quick ? 7 : 30);
    return 0;
}
