#include "ui/models/favorites_proxy.h"

namespace flowscope::ui {

FavoritesProxy::FavoritesProxy(QObject* parent) : QSortFilterProxyModel(parent) {}

void FavoritesProxy::setFavorites(FavoritesStore* store, FavoritesStore::Kind kind, int keyRole,
                                  int starColumn) {
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    m_kind = kind;
    m_keyRole = keyRole;
    m_starColumn = starColumn;
    if (m_store) {
        // Stars change the order, the filter and the text: sort and filter again.
        connect(m_store, &FavoritesStore::changed, this, [this] {
            invalidate();
            if (rowCount() > 0) {
                emit dataChanged(index(0, m_starColumn), index(rowCount() - 1, m_starColumn),
                                 {Qt::DisplayRole});
            }
        });
    }
    invalidate();
}

void FavoritesProxy::setStarredOnly(bool starredOnly) {
    if (m_starredOnly != starredOnly) {
        m_starredOnly = starredOnly;
        invalidateFilter();
    }
}

bool FavoritesProxy::sourceStarred(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_store || !sourceModel()) {
        return false;
    }
    const QModelIndex key = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_store->contains(m_kind, key.data(m_keyRole).toString());
}

bool FavoritesProxy::isStarred(const QModelIndex& proxyIndex) const {
    const QModelIndex source = mapToSource(proxyIndex);
    return source.isValid() && sourceStarred(source.row(), source.parent());
}

QVariant FavoritesProxy::data(const QModelIndex& index, int role) const {
    QVariant value = QSortFilterProxyModel::data(index, role);
    if (role == Qt::DisplayRole && index.column() == m_starColumn && isStarred(index)) {
        return FavoritesStore::starPrefix() + value.toString();
    }
    return value;
}

// Starred rows first whichever way the column sorts (descending order asks lessThan the other
// way round).
bool FavoritesProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const bool l = sourceStarred(left.row(), left.parent());
    const bool r = sourceStarred(right.row(), right.parent());
    if (l != r) {
        return sortOrder() == Qt::AscendingOrder ? l : r;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool FavoritesProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_starredOnly && !sourceStarred(sourceRow, sourceParent)) {
        return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

}  // namespace flowscope::ui
