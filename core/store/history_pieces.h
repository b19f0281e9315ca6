// How a time range is read exactly (history_reader.cpp): whole local days from the day table,
// whole hours from the hour table, the edges from minutes. A piece whose finer table was
// pruned there (before its horizon) is read from the next coarser table instead, where a
// bucket counts when its start lies in the piece. Minutes not rolled up yet are read from the
// minute table whatever the piece.
#pragma once

#include <cstdint>
#include <vector>

#include "core/store/history_types.h"

namespace flowscope::history {

struct Piece {
    Granularity table = Granularity::Minute;
    int64_t from = 0;  // bucket starts in [from, to)
    int64_t to = 0;
};

// Horizons: each table is complete for buckets starting at or after its value.
struct Horizons {
    int64_t minute = 0;
    int64_t hour = 0;
    // The first minute not yet rolled up into hours and days (the current one while
    // recording, or those a killed recorder left): from here on only the minute table has it.
    int64_t unrolled = INT64_MAX;
};

std::vector<Piece> piecesFor(TimeRange range, const Horizons& horizons);
const char* tableFor(Granularity granularity);  // "traffic_minute", ...

}  // namespace flowscope::history
