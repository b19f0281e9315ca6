// flowscope-test-tick-probe INTERFACE MAX_FLOWS: captures live on INTERFACE with the
// engine as flowscope-cli does (processes identified, names learned) but a flow cap of
// MAX_FLOWS, and prints one JSON line per tick as it is published, with its wall-clock time:
//   {"sequence": 3, "ms": 3001.2, "flows_now": 2000, "flows": 51234, "evicted": 49234,
//    "packets": 51234, "dropped": 0, "removed": 1200}
// "ready" is printed once capturing; when stdin ends (the test closes it) the engine is
// stopped and the final snapshot's line ends with "final": true. For
// tests/live/flow_cap_flood_test.py.
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "core/engine/engine.h"
#include "core/engine/engine_config.h"

using namespace flowscope;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s INTERFACE MAX_FLOWS\n", argv[0]);
        return 2;
    }
    EngineConfig config;
    config.source = EngineConfig::Source::Live;
    config.live.interface = argv[1];
    config.flows.maxFlows = std::strtoull(argv[2], nullptr, 10);
    const auto start = std::chrono::steady_clock::now();
    Engine engine(config);
    engine.setTickCallback([start](const SnapshotPtr& s, EngineDiff&& diff) {
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        const bool final = s->state != EngineState::Running && s->state != EngineState::Paused;
        std::printf(
            "{\"sequence\": %llu, \"ms\": %.1f, \"flows_now\": %zu, \"flows\": %llu, "
            "\"evicted\": %llu, \"packets\": %llu, \"dropped\": %llu, \"removed\": %zu%s}\n",
            (unsigned long long)s->sequence, ms, s->flowCount, (unsigned long long)s->totals.flows,
            (unsigned long long)s->totals.evictedFlows, (unsigned long long)s->totals.packets,
            (unsigned long long)s->dropped(), diff.removed.size(),
            final ? ", \"final\": true" : "");
        std::fflush(stdout);
    });
    if (Status started = engine.start(); !started) {
        std::fprintf(stderr, "%s\n", started.error().message.c_str());
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    engine.stop();
    return 0;
}
