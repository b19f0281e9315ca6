#include "core/store/history_pieces.h"

#include <algorithm>

#include "core/store/history_time.h"

namespace flowscope::history {

namespace {

int64_t ceilBucket(int64_t t, Granularity granularity) {
    const int64_t floor = floorBucket(t, granularity);
    return floor == t ? t : nextBucket(t, granularity);
}

void add(std::vector<Piece>& out, Granularity table, int64_t from, int64_t to,
         const Horizons& horizons) {
    if (from >= to) {
        return;
    }
    if (table == Granularity::Minute && from < horizons.minute) {
        table = Granularity::Hour;
    }
    if (table == Granularity::Hour && from < horizons.hour) {
        table = Granularity::Day;
    }
    if (table != Granularity::Minute && to > horizons.unrolled) {
        // The coarse rows hold the rolled minutes only, so the two parts do not overlap.
        const int64_t cut = std::max(from, horizons.unrolled);
        if (from < cut) {
            out.push_back({table, from, cut});
        }
        out.push_back({Granularity::Minute, cut, to});
        return;
    }
    out.push_back({table, from, to});
}

// [from, to) lies within one local day (or is its whole-hour part plus edges).
void addHours(std::vector<Piece>& out, int64_t from, int64_t to, const Horizons& horizons) {
    const int64_t h0 = ceilBucket(from, Granularity::Hour);
    const int64_t h1 = floorHour(to);
    if (h0 >= h1) {
        add(out, Granularity::Minute, from, to, horizons);
        return;
    }
    add(out, Granularity::Minute, from, h0, horizons);
    add(out, Granularity::Hour, h0, h1, horizons);
    add(out, Granularity::Minute, h1, to, horizons);
}

}  // namespace

std::vector<Piece> piecesFor(TimeRange range, const Horizons& horizons) {
    std::vector<Piece> out;
    if (range.since >= range.until) {
        return out;
    }
    const int64_t d0 = ceilBucket(range.since, Granularity::Day);
    const int64_t d1 = floorDay(range.until);
    if (d0 >= d1) {
        addHours(out, range.since, range.until, horizons);
        return out;
    }
    addHours(out, range.since, d0, horizons);
    add(out, Granularity::Day, d0, d1, horizons);
    addHours(out, d1, range.until, horizons);
    return out;
}

const char* tableFor(Granularity granularity) {
    switch (granularity) {
        case Granularity::Minute:
            return "traffic_minute";
        case Granularity::Hour:
            return "traffic_hour";
        case Granularity::Day:
            return "traffic_day";
    }
    return "traffic_day";
}

}  // namespace flowscope::history
