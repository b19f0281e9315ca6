#include "ui/models/connection_proxy.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>
#include <utility>

#include "ui/format.h"
#include "ui/models/connection_model.h"

namespace flowscope::ui {

namespace {

using Model = ConnectionModel;

constexpr QChar kSeparator(0x1f);

}  // namespace

ConnectionProxy::ConnectionProxy(QObject* parent) : QAbstractProxyModel(parent) {}

void ConnectionProxy::setSourceModel(QAbstractItemModel* source) {
    beginResetModel();
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    QAbstractProxyModel::setSourceModel(source);
    m_model = qobject_cast<ConnectionModel*>(source);
    m_staticText.clear();
    m_pendingNew.clear();
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                &ConnectionProxy::onSourceRowsInserted);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &ConnectionProxy::onSourceRowsAboutToBeRemoved);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                &ConnectionProxy::onSourceRowsRemoved);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                &ConnectionProxy::onSourceDataChanged);
        connect(m_model, &ConnectionModel::diffApplied, this, &ConnectionProxy::onDiffApplied);
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { beginResetModel(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_staticText.clear();
            m_pendingNew.clear();
            refreshKeys();
            m_visible = sortedAccepted();
            remap();
            endResetModel();
        });
    }
    refreshKeys();
    m_visible = sortedAccepted();
    remap();
    endResetModel();
}

// --- filters ---

void ConnectionProxy::setTextFilter(const QString& text) {
    if (text != m_text) {
        m_text = text;
        rebuild();
    }
}

void ConnectionProxy::setProtocolFilter(int ipProtocol) {
    if (ipProtocol != m_protocol) {
        m_protocol = ipProtocol;
        rebuild();
    }
}

void ConnectionProxy::setDirectionFilter(DirectionFilter direction) {
    if (direction != m_direction) {
        m_direction = direction;
        rebuild();
    }
}

void ConnectionProxy::setPortFilter(int port) {
    if (port != m_port) {
        m_port = port;
        rebuild();
    }
}

bool ConnectionProxy::setAddressFilter(const QString& addressOrCidr) {
    const QString text = addressOrCidr.trimmed();
    if (text.isEmpty()) {
        if (m_prefix) {
            m_prefix.reset();
            m_prefixLength = -1;
            rebuild();
        }
        return true;
    }
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const std::string address = (slash < 0 ? text : text.left(slash)).toStdString();
    const std::optional<IpAddress> parsed = IpAddress::parse(address);
    if (!parsed) {
        return false;
    }
    const int maxLength = parsed->isV4() ? 32 : 128;
    int length = maxLength;
    if (slash >= 0) {
        bool ok = false;
        length = text.mid(slash + 1).toInt(&ok);
        if (!ok || length < 0 || length > maxLength) {
            return false;
        }
    }
    if (m_prefix != parsed || m_prefixLength != length) {
        m_prefix = parsed;
        m_prefixLength = length;
        rebuild();
    }
    return true;
}

void ConnectionProxy::setOnlyActive(bool onlyActive) {
    if (onlyActive != m_onlyActive) {
        m_onlyActive = onlyActive;
        rebuild();
    }
}

void ConnectionProxy::clearFilters() {
    m_text.clear();
    m_protocol = -1;
    m_direction = DirectionFilter::Any;
    m_port = -1;
    m_prefix.reset();
    m_prefixLength = -1;
    m_onlyActive = false;
    rebuild();
}

const QString& ConnectionProxy::staticText(int sourceRow) const {
    const Flow& flow = m_model->flowAt(sourceRow);
    auto it = m_staticText.find(flow.id);
    if (it == m_staticText.end()) {
        const int columns[] = {Model::ColProtocol, Model::ColLocal, Model::ColRemote,
                               Model::ColService, Model::ColFirstSeen};
        QString text;
        for (int column : columns) {
            text += m_model->data(m_model->index(sourceRow, column)).toString();
            text += kSeparator;
        }
        it = m_staticText.insert(flow.id, text);
    }
    return it.value();
}

bool ConnectionProxy::accepts(int sourceRow) const {
    const Flow& flow = m_model->flowAt(sourceRow);
    if (m_protocol >= 0 && flow.key.protocol != m_protocol) {
        return false;
    }
    if (m_direction == DirectionFilter::OutboundOnly &&
        !(flow.counters.bytesOut > flow.counters.bytesIn)) {
        return false;
    }
    if (m_direction == DirectionFilter::InboundOnly &&
        !(flow.counters.bytesIn > flow.counters.bytesOut)) {
        return false;
    }
    if (m_port >= 0 &&
        (!flow.key.hasPorts || (flow.local().port != m_port && flow.remote().port != m_port))) {
        return false;
    }
    if (m_prefix && !flow.local().address.inPrefix(*m_prefix, m_prefixLength) &&
        !flow.remote().address.inPrefix(*m_prefix, m_prefixLength)) {
        return false;
    }
    if (m_onlyActive && !m_model->isActive(sourceRow)) {
        return false;
    }
    if (!m_text.isEmpty()) {
        if (staticText(sourceRow).contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
        for (int column = Model::ColBytesIn; column < Model::ColumnCount; ++column) {
            if (column == Model::ColFirstSeen) {
                continue;  // in the static text
            }
            const QString cell = m_model->data(m_model->index(sourceRow, column)).toString();
            if (cell.contains(m_text, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    }
    return true;
}

void ConnectionProxy::remap() {
    m_proxyRowOf.fill(-1, m_model ? m_model->rowCount() : 0);
    for (qsizetype i = 0; i < m_visible.size(); ++i) {
        m_proxyRowOf[m_visible[i]] = static_cast<int>(i);
    }
}

void ConnectionProxy::rebuild() {
    if (!m_model) {
        return;
    }
    m_pendingNew.clear();
    refreshKeys();
    commit(sortedAccepted());
}

void ConnectionProxy::commit(const QVector<int>& order) {
    // 1. Rows that become visible: inserted at the end first.
    QVector<int> toAdd;
    for (int row : order) {
        if (m_proxyRowOf[row] < 0) {
            toAdd.append(row);
        }
    }
    if (!toAdd.isEmpty()) {
        const int first = static_cast<int>(m_visible.size());
        beginInsertRows({}, first, first + static_cast<int>(toAdd.size()) - 1);
        for (int row : std::as_const(toAdd)) {
            m_proxyRowOf[row] = static_cast<int>(m_visible.size());
            m_visible.append(row);
        }
        endInsertRows();
    }
    // 2. One layout change to the new order, the rows to drop moved after it.
    QVector<int> layout = order;
    if (m_visible.size() > order.size()) {  // some rows are dropped: they go last
        QVector<char> kept(m_proxyRowOf.size(), 0);
        for (int row : order) {
            kept[row] = 1;
        }
        for (int row : std::as_const(m_visible)) {
            if (!kept[row]) {
                layout.append(row);
            }
        }
    }
    if (layout != m_visible) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        const QVector<int> old = std::exchange(m_visible, std::move(layout));
        remap();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex& index : from) {
            to.append(createIndex(m_proxyRowOf[old[index.row()]], index.column()));
        }
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    // 3. The dropped rows, now one range at the end.
    if (m_visible.size() > order.size()) {
        beginRemoveRows({}, static_cast<int>(order.size()), static_cast<int>(m_visible.size()) - 1);
        for (qsizetype i = order.size(); i < m_visible.size(); ++i) {
            m_proxyRowOf[m_visible[i]] = -1;
        }
        m_visible.resize(order.size());
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
        m_pendingNew.clear();
        refreshKeys();
        m_visible = sortedAccepted();
        remap();
        endResetModel();
        return;
    }
    m_proxyRowOf.resize(last + 1, -1);
    m_keyOf.resize(last + 1);
    for (int row = first; row <= last; ++row) {
        m_keyOf[row] = sortKey(row);
    }
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
    qsizetype end = proxyRows.size();
    while (end > 0) {  // runs of proxy rows, highest first
        qsizetype begin = end - 1;
        while (begin > 0 && proxyRows[begin - 1] == proxyRows[begin] - 1) {
            --begin;
        }
        beginRemoveRows({}, proxyRows[begin], proxyRows[end - 1]);
        m_visible.remove(proxyRows[begin], end - begin);
        endRemoveRows();
        end = begin;
    }
    if (!proxyRows.isEmpty()) {
        remap();
    }
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
    m_keyOf.remove(first, count);
    if (m_sortColumn < 0) {
        refreshKeys();  // the key is the source row
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
    // ConnectionModel only changes data inside applyDiff(): the changed rows are re-filtered
    // and re-sorted once, on diffApplied (lastChangedRows()), not per range.
    Q_UNUSED(topLeft);
    Q_UNUSED(bottomRight);
}

void ConnectionProxy::onDiffApplied() {
    const QVector<int>& changed = m_model->lastChangedRows();
    if (changed.isEmpty() && m_pendingNew.isEmpty()) {
        return;
    }
    struct Entry {
        quint64 key;
        int row;
    };
    // Keys first, ties by the full comparison: the merge reads contiguous memory only.
    const auto before = [this](const Entry& a, const Entry& b) {
        return a.key != b.key ? a.key < b.key : lessThan(a.row, b.row);
    };
    QVector<char> dirty(m_proxyRowOf.size(), 0);
    QVector<Entry> moving;
    moving.reserve(changed.size() + m_pendingNew.size());
    for (int row : changed) {
        dirty[row] = 1;
        m_keyOf[row] = sortKey(row);
        if (accepts(row)) {
            moving.append({m_keyOf[row], row});
        }
    }
    for (int row : std::as_const(m_pendingNew)) {
        dirty[row] = 1;
        moving.append({m_keyOf[row], row});
    }
    m_pendingNew.clear();
    std::sort(moving.begin(), moving.end(), before);
    QVector<Entry> keep;
    keep.reserve(m_visible.size());
    for (int row : std::as_const(m_visible)) {
        if (!dirty[row]) {
            keep.append({m_keyOf[row], row});
        }
    }
    QVector<int> order(keep.size() + moving.size());
    auto k = keep.cbegin();
    auto m = moving.cbegin();
    int* out = order.data();
    while (k != keep.cend() && m != moving.cend()) {
        *out++ = before(*m, *k) ? (m++)->row : (k++)->row;
    }
    for (; k != keep.cend(); ++k) {
        *out++ = k->row;
    }
    for (; m != moving.cend(); ++m) {
        *out++ = m->row;
    }
    commit(order);
    if (!changed.isEmpty() && !m_visible.isEmpty()) {
        emit dataChanged(index(0, Model::ColBytesIn),
                         index(static_cast<int>(m_visible.size()) - 1, Model::ColLastSeen));
    }
}

// --- QAbstractProxyModel ---

QModelIndex ConnectionProxy::mapToSource(const QModelIndex& proxyIndex) const {
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= m_visible.size()) {
        return {};
    }
    return m_model->index(m_visible[proxyIndex.row()], proxyIndex.column());
}

QModelIndex ConnectionProxy::mapFromSource(const QModelIndex& sourceIndex) const {
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRowOf.size()) {
        return {};
    }
    const int row = m_proxyRowOf[sourceIndex.row()];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex ConnectionProxy::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 ||
        column >= Model::ColumnCount) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex ConnectionProxy::parent(const QModelIndex& child) const {
    Q_UNUSED(child);
    return {};
}

int ConnectionProxy::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int ConnectionProxy::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_model ? 0 : Model::ColumnCount;
}

bool ConnectionProxy::hasChildren(const QModelIndex& parent) const {
    return !parent.isValid() && !m_visible.isEmpty();
}

QVariant ConnectionProxy::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && m_model) {
        return m_model->headerData(section, orientation, role);
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

}  // namespace flowscope::ui
