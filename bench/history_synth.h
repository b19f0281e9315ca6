// Synthetic history for benchmarks, tests and screenshots: a desktop's day (quiet nights,
// busy afternoons) of a dozen programs talking to a few dozen hosts, written minute by minute
// through HistoryWriter exactly as the recorder writes it. Deterministic for a given seed.
#pragma once

#include <cstdint>

#include "core/store/history_writer.h"

namespace flowscope::history::synth {

struct Options {
    int days = 7;
    int64_t end = 0;           // Unix seconds the history ends at (0 = now)
    int groupsPerMinute = 24;  // (application, host, service) groups with traffic each minute
    int connectionsPerMinute = 3;
    uint32_t seed = 1;
    double scale = 1.0;  // multiplies every byte count
};

struct Written {
    uint64_t minutes = 0;
    uint64_t records = 0;
    uint64_t connections = 0;
    Usage total;
};

// Writes one transaction per minute, as a recording would. Stops at the first error.
Result<Written> fill(HistoryWriter& writer, const Options& options);

}  // namespace flowscope::history::synth
