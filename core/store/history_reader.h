// Reads the history database: totals, series and connections over a time range. Opens the
// file read-only, so a reader runs beside a recording writer (WAL) without blocking it.
// Ranges are cut into the coarsest exact pieces: whole local days from the day table, whole
// hours from the hour table, the rest from minutes. Where the finer rows were already pruned
// (minutes after 7 days, hours after 90 by default), a coarser bucket counts when its start
// lies in the range.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "core/base/result.h"
#include "core/store/history_types.h"

namespace flowscope::history {

class HistoryReader {
public:
    // Errors (one sentence each): no such file, not a Flowscope history database, damaged,
    // written by a newer Flowscope, cannot be read.
    static Result<std::unique_ptr<HistoryReader>> open(const std::filesystem::path& path);
    ~HistoryReader();

    // Totals per group, largest (bytes) first; at most `limit` rows (0 = all).
    Result<std::vector<TotalRow>> totals(TimeRange range, Dimension by,
                                         const std::optional<Filter>& filter = {},
                                         size_t limit = 0) const;
    // Totals per time bucket (day or hour: `report --by day|hour`); minute buckets too.
    Result<std::vector<std::pair<int64_t, Usage>>> perBucket(
        TimeRange range, Granularity granularity, const std::optional<Filter>& filter = {}) const;
    // The top `topN` groups over time, the rest as "other".
    Result<Series> series(TimeRange range, Dimension by, Granularity granularity, size_t topN,
                          const std::optional<Filter>& filter = {}) const;
    // Connections that were open during the range (first seen < until, last seen >= since),
    // newest first, at most `limit`.
    Result<std::vector<ConnectionRow>> connections(TimeRange range, size_t limit,
                                                   const std::optional<Filter>& filter = {}) const;
    Result<HistoryInfo> info() const;

    // The finest granularity still kept for a range starting at `since` and a sensible one for
    // its length: minutes up to 6 hours, hours up to 7 days, days beyond.
    static Granularity granularityFor(TimeRange range);

    struct Impl;

private:
    explicit HistoryReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace flowscope::history
