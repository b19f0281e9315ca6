// bench_notifier [FLOWS]: the notifier's cost per tick (core/alerts Rules::evaluate, which the
// "notifier" sink runs on its own thread once per snapshot) at FLOWS flows (default 100,000).
//
// Each tick's diff holds what a busy live capture produces at that size: 1 % of the flows new,
// 20 % changed, 1 % ended; 2,000 applications, one new each tick. Measured, median of 30 ticks:
//   baseline  one pass over the tick that any sink must make to look at it: every new and
//             changed flow's remote address hashed and its counters summed
//   default   the rules as installed (new programs only: the application table each tick)
//   full      every rule on: a 1,000,000-prefix blocklist, 10 rate and 10 cap rules (half of
//             them per program), 100 favorite hosts, 20 services and 20 programs
// Prints ms per tick and the ratios to the baseline. The engine's tick is 1,000 ms; the notifier
// runs beside it on its own thread, so this is the budget it must stay far below.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "core/alerts/blocklists.h"
#include "core/alerts/rules.h"

using namespace flowscope;

namespace {

using Clock = std::chrono::steady_clock;
constexpr int64_t kSecond = 1'000'000'000;
constexpr int kTicks = 30;
constexpr uint32_t kApps = 2000;

IpAddress remoteOf(uint64_t i) {
    return IpAddress::fromV4(uint32_t(0x0b000000u + (i * 2654435761u) % 0xe0000000u));
}

Flow makeFlow(uint64_t id, std::mt19937_64& rng) {
    Flow f;
    f.id = id;
    f.key.protocol = rng() % 4 == 0 ? 17 : 6;
    f.key.hasPorts = true;
    f.key.a = {IpAddress::fromV4(0x0a000002u), uint16_t(32768 + id % 28000)};
    f.key.b = {remoteOf(id), uint16_t(rng() % 2 ? 443 : 1 + rng() % 1024)};
    f.appId = uint32_t(1 + rng() % kApps);
    f.counters.bytesIn = rng() % 100000;
    f.counters.bytesOut = rng() % 10000;
    return f;
}

struct Tick {
    EngineSnapshot snapshot;
    EngineDiff diff;
};

std::vector<Tick> makeTicks(size_t flows, std::mt19937_64& rng) {
    std::vector<Tick> ticks(kTicks);
    for (int t = 0; t < kTicks; ++t) {
        auto apps = std::make_shared<std::vector<Application>>();
        for (uint32_t a = 1; a <= kApps + uint32_t(t); ++a) {
            Application app;
            app.id = a;
            app.path = "/usr/lib/bench/program-" + std::to_string(a);
            app.name = "program-" + std::to_string(a);
            apps->push_back(std::move(app));
        }
        Tick& tick = ticks[size_t(t)];
        EngineSnapshot& s = tick.snapshot;
        s.sequence = uint64_t(t + 1);
        s.timeNs = (t + 1) * kSecond;
        s.tickNs = s.intervalNs = kSecond;
        s.state = EngineState::Running;
        s.flowCount = flows;
        s.applications = apps;
        s.intervalTraffic.bytesIn = 50'000'000;
        s.capture.received = 100'000 * uint64_t(t + 1);
        for (uint32_t a = 1; a <= EngineSnapshot::kTopN; ++a) {
            ApplicationStat stat;
            stat.appId = a;
            stat.interval.bytesIn = 1'000'000 / a;
            s.topApplications.push_back(stat);
        }
        const uint64_t base = uint64_t(t) * flows;
        for (size_t i = 0; i < flows / 100; ++i) {
            tick.diff.added.push_back(makeFlow(base + i, rng));
            tick.diff.removed.push_back(makeFlow(base + flows / 2 + i, rng));
        }
        for (size_t i = 0; i < flows / 5; ++i) {
            tick.diff.changed.push_back(makeFlow(base + flows / 100 + i, rng));
        }
    }
    return ticks;
}

std::shared_ptr<const Blocklists> makeBlocklist(std::mt19937_64& rng) {
    NamedBlocklist list{"bench", {}};
    list.entries.reserve(1'000'000);
    for (uint32_t i = 0; i < 1'000'000; ++i) {
        const bool host = rng() % 10 < 8;
        const uint32_t a = uint32_t(rng()) & (host ? ~0u : 0xffffff00u);
        list.entries.push_back({IpAddress::fromV4(a), uint8_t(host ? 32 : 24), i + 1});
    }
    return std::make_shared<const Blocklists>(std::vector<NamedBlocklist>{std::move(list)});
}

RulesConfig fullConfig(std::mt19937_64& rng) {
    RulesConfig c;
    c.blocklists = makeBlocklist(rng);
    for (int i = 0; i < 10; ++i) {
        const std::string program =
            i % 2 ? "/usr/lib/bench/program-" + std::to_string(i + 1) : std::string();
        c.rates.push_back({program, 500'000'000, 10});
        c.caps.push_back({program, uint64_t(1) << 50, CapRule::Period::Month});
    }
    for (uint64_t i = 0; i < 100; ++i) {
        c.favorites.hosts.push_back(remoteOf(i * 7919));
    }
    for (uint16_t p = 0; p < 20; ++p) {
        c.favorites.services.push_back({6, uint16_t(2000 + p)});
        c.favorites.programs.push_back("/usr/lib/bench/program-" + std::to_string(3000 + p));
    }
    c.localDate = [](int64_t) { return CalendarDate{2026, 12, 3}; };
    return c;
}

template <class F>
double medianMs(const std::vector<Tick>& ticks, F&& perTick) {
    std::vector<double> ms;
    for (const auto& tick : ticks) {
        const auto t = Clock::now();
        perTick(tick);
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double rulesMs(const std::vector<Tick>& ticks, RulesConfig config, size_t* alerts) {
    Rules rules(std::move(config));
    *alerts = 0;
    return medianMs(ticks, [&](const Tick& tick) {
        *alerts += rules.evaluate(tick.snapshot, tick.diff).size();
    });
}

}  // namespace

int main(int argc, char** argv) {
    const size_t flows = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100'000;
    std::mt19937_64 rng(15);
    const std::vector<Tick> ticks = makeTicks(flows, rng);
    uint64_t sink = 0;
    const double baseline = medianMs(ticks, [&](const Tick& tick) {
        IpAddressHash hash;
        for (const auto* list : {&tick.diff.added, &tick.diff.changed}) {
            for (const auto& f : *list) {
                sink += hash(f.remote().address) + f.counters.bytes();
            }
        }
    });
    size_t defaultAlerts = 0, fullAlerts = 0;
    const double standard = rulesMs(ticks, RulesConfig{}, &defaultAlerts);
    const double full = rulesMs(ticks, fullConfig(rng), &fullAlerts);
    std::printf(
        "notifier per tick at %zu flows (%zu new, %zu changed, %zu ended per tick), "
        "median of %d ticks\n",
        flows, ticks[0].diff.added.size(), ticks[0].diff.changed.size(),
        ticks[0].diff.removed.size(), kTicks);
    std::printf("  baseline (one pass over the tick)  %8.3f ms            (checksum %llu)\n",
                baseline, static_cast<unsigned long long>(sink % 1000));
    std::printf("  default rules (new programs)       %8.3f ms  %6.2fx   %zu alerts\n", standard,
                standard / baseline, defaultAlerts);
    std::printf("  every rule, 1,000,000 prefixes     %8.3f ms  %6.2fx   %zu alerts\n", full,
                full / baseline, fullAlerts);
    std::printf("  share of the 1,000 ms tick (every rule): %.2f %%\n", full / 10.0);
    return 0;
}
