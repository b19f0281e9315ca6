// ConnectionProxy: following ConnectionModel — appended rows, removals, its layout change, and
// the per-tick re-sort of the changed rows — and committing a new visible order.
#include <algorithm>
#include <bit>
#include <utility>

#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"

namespace flowscope::ui {

namespace {

using Model = ConnectionModel;

}  // namespace

void ConnectionProxy::commit(Order&& order) {
    if (!order.changesKnown) {
        for (int row : std::as_const(order.rows)) {
            if (m_proxyRowOf[row] < 0) {
                order.added.append(row);
            }
        }
        if (m_visible.size() + order.added.size() > order.rows.size()) {
            QVector<char> kept(m_proxyRowOf.size(), 0);
            for (int row : std::as_const(order.rows)) {
                kept[row] = 1;
            }
            for (int row : std::as_const(m_visible)) {
                if (!kept[row]) {
                    order.dropped.append(row);
                }
            }
        }
    }
    // 1. Rows that become visible: inserted at the end first.
    if (!order.added.isEmpty()) {
        const int first = static_cast<int>(m_visible.size());
        beginInsertRows({}, first, first + static_cast<int>(order.added.size()) - 1);
        for (int row : std::as_const(order.added)) {
            m_proxyRowOf[row] = static_cast<int>(m_visible.size());
            m_visible.append(row);
        }
        m_visibleKeys.resize(m_visible.size());  // set with the new order below
        endInsertRows();
    }
    // 2. One layout change to the new order, the rows to drop moved after it.
    const qsizetype shown = order.rows.size();
    QVector<int> layout = std::move(order.rows);
    QVector<quint64> keys = std::move(order.keys);
    layout += order.dropped;
    keys.resize(layout.size());
    // (Not QList's operator==: with an empty, unallocated side it calls memcmp(nullptr, ...).)
    if (!std::equal(layout.cbegin(), layout.cend(), m_visible.cbegin(), m_visible.cend())) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        const QVector<int> old = std::exchange(m_visible, std::move(layout));
        m_visibleKeys = std::move(keys);
        remap();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex& index : from) {
            to.append(createIndex(m_proxyRowOf[old[index.row()]], index.column()));
        }
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_visibleKeys = std::move(keys);
    }
    // 3. The dropped rows, now one range at the end.
    if (m_visible.size() > shown) {
        beginRemoveRows({}, static_cast<int>(shown), static_cast<int>(m_visible.size()) - 1);
        for (qsizetype i = shown; i < m_visible.size(); ++i) {
            m_proxyRowOf[m_visible[i]] = -1;
        }
        m_visible.resize(shown);
        m_visibleKeys.resize(shown);
        endRemoveRows();
    }
}

// --- source signals ---

void ConnectionProxy::onSourceRowsInserted(const QModelIndex& parent, int first, int last) {
    if (parent.isValid()) {
        return;
    }
    if (first != m_proxyRowOf.size()) {  // not an append: start over
        beginResetModel();
        resetOrder();
        endResetModel();
        return;
    }
    m_proxyRowOf.resize(last + 1, -1);
    QVector<int> accepted;
    for (int row = first; row <= last; ++row) {
        if (accepts(row)) {
            accepted.append(row);
        }
    }
    if (accepted.isEmpty()) {
        return;
    }
    const int proxyFirst = static_cast<int>(m_visible.size());
    beginInsertRows({}, proxyFirst, proxyFirst + static_cast<int>(accepted.size()) - 1);
    for (int row : std::as_const(accepted)) {
        m_proxyRowOf[row] = static_cast<int>(m_visible.size());
        m_visible.append(row);
        m_visibleKeys.append(sortKey(row));
    }
    endInsertRows();
    // Sorted into place on the tick's diffApplied (unsorted: already in source order).
    if (m_sortColumn >= 0) {
        m_pendingNew += accepted;
    }
}

void ConnectionProxy::onSourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last) {
    if (parent.isValid()) {
        return;
    }
    QVector<int> proxyRows;
    for (int row = first; row <= last; ++row) {
        m_staticText.remove(m_model->flowAt(row).id);
        if (m_proxyRowOf[row] >= 0) {
            proxyRows.append(m_proxyRowOf[row]);
        }
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    int runs = 0;
    for (qsizetype i = 0; i < proxyRows.size(); ++i) {
        runs += i == 0 || proxyRows[i] != proxyRows[i - 1] + 1 ? 1 : 0;
    }
    if (runs > kMaxRemovalRuns) {
        // Scattered: moved after the others in one layout change, then removed as one range.
        Order order;
        order.changesKnown = true;
        order.rows.reserve(m_visible.size() - proxyRows.size());
        order.keys.reserve(m_visible.size() - proxyRows.size());
        for (qsizetype i = 0; i < m_visible.size(); ++i) {
            const int row = m_visible[i];
            if (row < first || row > last) {
                order.rows.append(row);
                order.keys.append(m_visibleKeys[i]);
            } else {
                order.dropped.append(row);
            }
        }
        commit(std::move(order));
        return;
    }
    qsizetype end = proxyRows.size();
    while (end > 0) {  // runs of proxy rows, highest first
        qsizetype begin = end - 1;
        while (begin > 0 && proxyRows[begin - 1] == proxyRows[begin] - 1) {
            --begin;
        }
        beginRemoveRows({}, proxyRows[begin], proxyRows[end - 1]);
        m_visible.remove(proxyRows[begin], end - begin);
        m_visibleKeys.remove(proxyRows[begin], end - begin);
        endRemoveRows();
        end = begin;
    }
    if (!proxyRows.isEmpty()) {
        remap();
    }
}

// ConnectionModel's only layout change: scattered removed rows moved after the others (see
// ConnectionModel::removeScattered). The visible order stays; only source row numbers change.
void ConnectionProxy::onSourceLayoutAboutToBeChanged() {
    if (m_model->movedRows().empty()) {
        beginResetModel();  // not expected from ConnectionModel: start over
    }
}

void ConnectionProxy::onSourceLayoutChanged() {
    const std::vector<int>& moved = m_model->movedRows();
    if (moved.empty()) {
        m_staticText.clear();
        resetOrder();
        endResetModel();
        return;
    }
    for (int& row : m_visible) {
        row = moved[static_cast<size_t>(row)];
    }
    for (int& row : m_pendingNew) {
        row = moved[static_cast<size_t>(row)];
    }
    if (m_sortColumn < 0) {
        std::copy(m_visible.cbegin(), m_visible.cend(), m_visibleKeys.begin());  // key = row
    }
    remap();
}

void ConnectionProxy::onSourceRowsRemoved(const QModelIndex& parent, int first, int last) {
    if (parent.isValid()) {
        return;
    }
    const int count = last - first + 1;
    for (int& row : m_visible) {
        if (row > last) {
            row -= count;
        }
    }
    m_proxyRowOf.remove(first, count);
    if (m_sortColumn < 0) {
        std::copy(m_visible.cbegin(), m_visible.cend(), m_visibleKeys.begin());  // key = row
    }
    QVector<int> pending;
    for (int row : std::as_const(m_pendingNew)) {
        if (row < first) {
            pending.append(row);
        } else if (row > last) {
            pending.append(row - count);
        }
    }
    m_pendingNew = std::move(pending);
}

void ConnectionProxy::onSourceDataChanged(const QModelIndex& topLeft,
                                          const QModelIndex& bottomRight) {
    // ConnectionModel changes counters only inside applyDiff(): the changed rows are
    // re-filtered and re-sorted once, on diffApplied (lastChangedRows()), not per range. Icons
    // arriving and geo annotations (columns after ColLastSeen) are passed on as a column range
    // (a view repaints only what it shows).
    if (topLeft.column() > Model::ColLastSeen && !m_visible.isEmpty()) {
        emit dataChanged(index(0, topLeft.column()),
                         index(static_cast<int>(m_visible.size()) - 1, bottomRight.column()));
    }
}

void ConnectionProxy::onDiffApplied() {
    const QVector<int>& changed = m_model->lastChangedRows();
    const QVector<int>& stopped = m_model->lastStoppedRows();
    // A row that only went quiet keeps its counters: it moves only if the sort or a filter
    // looks at rates or activity (the text filter reads the rate columns too).
    const bool quietMatters = m_onlyActive || !m_text.isEmpty() ||
                              m_sortColumn == Model::ColRateIn || m_sortColumn == Model::ColRateOut;
    const bool anyData = !changed.isEmpty() || !stopped.isEmpty();
    if (!changed.isEmpty() || !m_pendingNew.isEmpty() || (quietMatters && !stopped.isEmpty())) {
        markDirtyRows(changed, quietMatters ? stopped : QVector<int>());
        Order next;
        next.changesKnown = true;
        std::vector<KeyedRow> moving = placeDirtyRows(next);
        mergeWithVisible(moving, next);
        commit(std::move(next));
    }
    if (anyData && !m_visible.isEmpty()) {
        emit dataChanged(index(0, Model::ColBytesIn),
                         index(static_cast<int>(m_visible.size()) - 1, Model::ColumnCount - 1));
    }
}

void ConnectionProxy::markDirtyRows(const QVector<int>& changed, const QVector<int>& stopped) {
    m_dirty.assign((static_cast<size_t>(m_proxyRowOf.size()) + 63) / 64, 0);
    auto mark = [this](int row) {
        m_dirty[static_cast<size_t>(row) / 64] |= uint64_t{1} << (row % 64);
    };
    for (int row : changed) {
        mark(row);
    }
    for (int row : stopped) {
        mark(row);
    }
    for (int row : std::as_const(m_pendingNew)) {
        mark(row);
    }
    m_pendingNew.clear();
    m_dirtyRows.clear();
    for (size_t word = 0; word < m_dirty.size(); ++word) {
        for (uint64_t bits = m_dirty[word]; bits != 0; bits &= bits - 1) {
            m_dirtyRows.push_back(static_cast<int>(word * 64) + std::countr_zero(bits));
        }
    }
}

std::vector<KeyedRow> ConnectionProxy::placeDirtyRows(Order& next) const {
    std::vector<KeyedRow> moving;
    moving.reserve(m_dirtyRows.size());
    constexpr size_t kAhead = 6;  // flows prefetched this many rows ahead
    for (size_t i = 0; i < m_dirtyRows.size(); ++i) {
        if (i + kAhead < m_dirtyRows.size()) {
            __builtin_prefetch(&m_model->flowAt(m_dirtyRows[i + kAhead]));
        }
        const int row = m_dirtyRows[i];
        const bool wasShown = m_proxyRowOf[row] >= 0;
        if (accepts(row)) {
            moving.push_back({sortKey(row), row});
            if (!wasShown) {
                next.added.append(row);
            }
        } else if (wasShown) {
            next.dropped.append(row);
        }
    }
    sortEntries(moving);
    return moving;
}

void ConnectionProxy::mergeWithVisible(const std::vector<KeyedRow>& moving, Order& next) const {
    const bool exact = keyIsExact();
    const auto before = [this, exact](quint64 keyA, int rowA, quint64 keyB, int rowB) {
        if (keyA != keyB) {
            return keyA < keyB;
        }
        return exact ? rowA < rowB : lessThan(rowA, rowB);
    };
    const qsizetype total = m_visible.size() - next.dropped.size() + next.added.size();
    next.rows.resize(total);
    next.keys.resize(total);
    int* outRow = next.rows.data();
    quint64* outKey = next.keys.data();
    auto m = moving.cbegin();
    const int* rows = m_visible.constData();
    const quint64* keys = m_visibleKeys.constData();
    for (qsizetype i = 0; i < m_visible.size(); ++i) {
        const int row = rows[i];
        if (m_dirty[static_cast<size_t>(row) / 64] >> (row % 64) & 1) {
            continue;
        }
        while (m != moving.cend() && before(m->key, m->row, keys[i], row)) {
            *outRow++ = m->row;
            *outKey++ = m->key;
            ++m;
        }
        *outRow++ = row;
        *outKey++ = keys[i];
    }
    for (; m != moving.cend(); ++m) {
        *outRow++ = m->row;
        *outKey++ = m->key;
    }
    Q_ASSERT(outRow == next.rows.data() + total);
}

}  // namespace flowscope::ui
