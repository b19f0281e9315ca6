// ConnectionModel: applying the engine's per-tick diff (the table's hot path at 100,000 rows).
#include <algorithm>
#include <bit>

#include "ui/models/connection_model.h"

namespace flowscope::ui {

namespace {

// Runs of consecutive numbers in a sorted vector, as [first, last] pairs.
template <typename Fn>
void forEachRun(const QVector<int>& sorted, Fn&& fn) {
    qsizetype i = 0;
    while (i < sorted.size()) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1) {
            ++j;
        }
        fn(sorted[i], sorted[j]);
        i = j + 1;
    }
}

}  // namespace

// Lookups, row writes and the bookkeeping of one tick touch each changed row once; quiet rows
// (active last tick, not in this diff) are not written at all: their rates read as 0 because
// their activeTick is old. Sorted row lists come from a bitmap instead of sorting.
void ConnectionModel::applyDiff(const EngineDiff& diff, int64_t intervalNs) {
    const double seconds = intervalNs > 0 ? static_cast<double>(intervalNs) / 1e9 : 0.0;
    ++m_tick;
    m_geoBudget = kGeoLookupsPerSlice;
    if (!diff.removed.empty()) {
        removeFlows(diff.removed);
    }
    updateFlows(diff.changed, seconds);
    emitChanged();
    emitRenamed();
    if (!diff.added.empty()) {
        addFlows(diff.added, seconds);
    }
    if (pendingGeoLookups() > 0 && !m_geoTimer->isActive()) {
        m_geoTimer->start();
    }
    emit diffApplied();
}

void ConnectionModel::setRates(Row& row, double seconds) const {
    const Flow& f = row.flow;
    const uint64_t in = f.counters.bytesIn - std::min(f.bytesInAtTick, f.counters.bytesIn);
    const uint64_t out = f.counters.bytesOut - std::min(f.bytesOutAtTick, f.counters.bytesOut);
    row.rateIn = seconds > 0 ? static_cast<double>(in) / seconds : 0.0;
    row.rateOut = seconds > 0 ? static_cast<double>(out) / seconds : 0.0;
    if (in > 0 || out > 0) {
        row.activeTick = m_tick;
    }
}

void ConnectionModel::removeFlows(const std::vector<Flow>& flows) {
    QVector<int> removed;
    removed.reserve(static_cast<qsizetype>(flows.size()));
    for (const Flow& flow : flows) {
        const int row = rowOfFlow(flow.id);
        if (row >= 0) {
            removed.append(row);
        }
    }
    std::sort(removed.begin(), removed.end());
    removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
    if (removed.isEmpty()) {
        return;
    }
    QVector<std::pair<int, int>> runs;
    forEachRun(removed, [&runs](int first, int last) { runs.append({first, last}); });
    if (runs.size() > kMaxRemovalRuns) {
        removeScattered(removed);
        return;
    }
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        for (int row = it->first; row <= it->second; ++row) {
            m_rowOf.erase(m_rows[row].flow.id);
        }
        m_rows.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    renumberFrom(removed.first());
    // Renumber the rows that were active last tick.
    QVector<int> active;
    active.reserve(m_activeRows.size());
    for (int row : std::as_const(m_activeRows)) {
        const auto pos = std::lower_bound(removed.cbegin(), removed.cend(), row);
        if (pos == removed.cend() || *pos != row) {
            active.append(row - static_cast<int>(pos - removed.cbegin()));
        }
    }
    m_activeRows = std::move(active);
}

// Many scattered rows (expiry in a live capture): removing them range by range would move the
// rows after each range again and again (O(rows × ranges)). Instead one layout change moves
// them after the others (the others keep their order), and one range at the end is removed.
void ConnectionModel::removeScattered(const QVector<int>& removed) {
    const int count = static_cast<int>(m_rows.size());
    const int kept = count - static_cast<int>(removed.size());
    m_newRowOf.resize(static_cast<size_t>(count));
    int nextKept = 0;
    int nextRemoved = kept;
    auto gone = removed.cbegin();
    for (int row = 0; row < count; ++row) {
        if (gone != removed.cend() && *gone == row) {
            m_newRowOf[static_cast<size_t>(row)] = nextRemoved++;
            ++gone;
        } else {
            m_newRowOf[static_cast<size_t>(row)] = nextKept++;
        }
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    QVector<Row> removedRows;
    removedRows.reserve(removed.size());
    for (int row : removed) {
        removedRows.append(m_rows[row]);
    }
    Row* rows = m_rows.data();
    int out = removed.first();
    for (int row = removed.first(); row < count; ++row) {
        if (m_newRowOf[static_cast<size_t>(row)] < kept) {
            rows[out++] = rows[row];
        }
    }
    std::copy(removedRows.cbegin(), removedRows.cend(), rows + kept);
    renumberFrom(removed.first());
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from) {
        to.append(createIndex(m_newRowOf[static_cast<size_t>(index.row())], index.column()));
    }
    changePersistentIndexList(from, to);
    QVector<int> active;
    active.reserve(m_activeRows.size());
    for (int row : std::as_const(m_activeRows)) {
        const int moved = m_newRowOf[static_cast<size_t>(row)];
        if (moved < kept) {
            active.append(moved);
        }
    }
    m_activeRows = std::move(active);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    m_newRowOf.clear();

    beginRemoveRows({}, kept, count - 1);
    for (int row = kept; row < count; ++row) {
        m_rowOf.erase(m_rows[row].flow.id);
    }
    m_rows.resize(kept);
    endRemoveRows();
}

void ConnectionModel::renumberFrom(int firstRow) {
    constexpr int kAhead = 8;
    const int count = static_cast<int>(m_rows.size());
    for (int row = firstRow; row < count; ++row) {
        if (row + kAhead < count) {
            m_rowOf.prefetch(m_rows[row + kAhead].flow.id);
        }
        m_rowOf.set(m_rows[row].flow.id, row);
    }
}

void ConnectionModel::updateFlows(const std::vector<Flow>& flows, double seconds) {
    // 1. Flow id -> row, the next lookups prefetched while this one waits for memory.
    constexpr size_t kAhead = 8;
    const size_t count = flows.size();
    m_scratch.resize(count);
    for (size_t i = 0; i < std::min(count, kAhead); ++i) {
        m_rowOf.prefetch(flows[i].id);
    }
    for (size_t i = 0; i < count; ++i) {
        if (i + kAhead < count) {
            m_rowOf.prefetch(flows[i + kAhead].id);
        }
        m_scratch[i] = rowOfFlow(flows[i].id);
    }
    // 2. Write the rows, prefetching the rows a few flows ahead for writing.
    m_marks.resize((static_cast<size_t>(m_rows.size()) + 63) / 64, 0);
    Row* rows = m_rows.data();
    auto prefetchRow = [rows](int row) {
        const char* p = reinterpret_cast<const char*>(rows + row);
        for (size_t offset = 0; offset < sizeof(Row); offset += 64) {
            __builtin_prefetch(p + offset, 1);
        }
    };
    for (size_t i = 0; i < std::min(count, kAhead); ++i) {
        if (m_scratch[i] >= 0) {
            prefetchRow(m_scratch[i]);
        }
    }
    for (size_t i = 0; i < count; ++i) {
        if (i + kAhead < count && m_scratch[i + kAhead] >= 0) {
            prefetchRow(m_scratch[i + kAhead]);
        }
        const int row = m_scratch[i];
        if (row < 0) {
            continue;
        }
        Row& r = rows[row];
        if (r.flow.appId != flows[i].appId || r.flow.nameId != flows[i].nameId) {
            m_renamed.append(row);  // owner found later, or a name learned
            noteName(flows[i]);
        }
        r.flow = flows[i];
        setRates(r, seconds);
        m_marks[static_cast<size_t>(row) / 64] |= uint64_t{1} << (row % 64);
    }
    // 3. Rows that were active last tick and are not in this diff went quiet.
    m_lastStopped.clear();
    for (int row : std::as_const(m_activeRows)) {
        if (row < m_rows.size() && !(m_marks[static_cast<size_t>(row) / 64] >> (row % 64) & 1)) {
            m_lastStopped.append(row);
        }
    }
    // 4. The changed rows in ascending order (clearing the bitmap), and the active ones.
    m_lastChanged.clear();
    m_activeRows.clear();
    for (size_t word = 0; word < m_marks.size(); ++word) {
        for (uint64_t bits = m_marks[word]; bits != 0; bits &= bits - 1) {
            const int row = static_cast<int>(word * 64) + std::countr_zero(bits);
            m_lastChanged.append(row);
            if (rows[row].activeTick == m_tick) {
                m_activeRows.append(row);
            }
        }
        m_marks[word] = 0;
    }
}

void ConnectionModel::emitChanged() {
    // Changed and quiet rows together, as ranges; gaps shorter than kCoalesceGap rows are
    // announced too (a view repaints the visible part of a range, whatever its length), so
    // 20% of 100,000 rows changing makes a few hundred signals instead of ~16,000.
    const QVector<int>& a = m_lastChanged;
    const QVector<int>& b = m_lastStopped;
    qsizetype i = 0;
    qsizetype j = 0;
    int first = -1;
    int last = -1;
    auto flush = [&] {
        if (first >= 0) {
            emit dataChanged(index(first, ColBytesIn), index(last, ColLastSeen));
        }
    };
    while (i < a.size() || j < b.size()) {
        const int row = j >= b.size() || (i < a.size() && a[i] < b[j]) ? a[i++] : b[j++];
        if (first >= 0 && row - last <= kCoalesceGap) {
            last = row;
            continue;
        }
        flush();
        first = last = row;
    }
    flush();
}

void ConnectionModel::emitRenamed() {
    if (m_renamed.isEmpty()) {
        return;
    }
    std::sort(m_renamed.begin(), m_renamed.end());
    forEachRun(m_renamed, [this](int first, int last) {
        emit dataChanged(index(first, ColApplication), index(last, ColHost));
    });
    m_renamed.clear();
}

void ConnectionModel::addFlows(const std::vector<Flow>& flows, double seconds) {
    // New ids only (an id already known is updated with the next change); ids are entered
    // first so that a repeated id in the same batch is added once.
    const int first = static_cast<int>(m_rows.size());
    m_scratch.clear();
    m_rowOf.reserve(first + static_cast<int>(flows.size()));
    for (size_t i = 0; i < flows.size(); ++i) {
        if (m_rowOf.find(flows[i].id) < 0) {
            m_rowOf.set(flows[i].id, first + static_cast<int>(m_scratch.size()));
            m_scratch.push_back(static_cast<int>(i));
        }
    }
    if (m_scratch.empty()) {
        return;
    }
    beginInsertRows({}, first, first + static_cast<int>(m_scratch.size()) - 1);
    m_rows.reserve(first + static_cast<qsizetype>(m_scratch.size()));
    for (int i : m_scratch) {
        Row r;
        r.flow = flows[static_cast<size_t>(i)];
        annotateGeo(r);
        noteName(r.flow);
        setRates(r, seconds);
        if (r.activeTick == m_tick) {
            m_activeRows.append(static_cast<int>(m_rows.size()));
        }
        m_rows.append(r);
    }
    endInsertRows();
}

}  // namespace flowscope::ui
