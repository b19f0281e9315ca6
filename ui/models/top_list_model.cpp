#include "ui/models/top_list_model.h"

#include <algorithm>

#include "ui/format.h"
#include "ui/icons/icon_provider.h"
#include "ui/models/connection_model.h"

namespace flowscope::ui {

TopListModel::TopListModel(QObject* parent) : QAbstractTableModel(parent) {}

void TopListModel::setFavorites(FavoritesStore* store, FavoritesStore::Kind kind) {
    if (m_favorites) {
        disconnect(m_favorites, nullptr, this, nullptr);
    }
    m_favorites = store;
    m_kind = kind;
    if (m_favorites) {
        connect(m_favorites, &FavoritesStore::changed, this, [this] {
            ++m_starsVersion;
            rearrange();
        });
    }
    ++m_starsVersion;
    rearrange();
}

void TopListModel::setStarredOnly(bool starredOnly) {
    if (m_starredOnly != starredOnly) {
        m_starredOnly = starredOnly;
        rearrange();
    }
}

void TopListModel::setRowLimit(int rows) {
    m_rowLimit = rows;
    rearrange();
}

bool TopListModel::isStarred(const Entry& entry) const {
    return m_favorites && m_favorites->contains(m_kind, entry.favoriteKey);
}

void TopListModel::setEntries(QVector<Entry> entries, uint64_t total) {
    m_given = entries;
    m_givenTotal = total;
    show(std::move(entries), total);
}

void TopListModel::show(QVector<Entry> entries, uint64_t total) {
    if (m_favorites) {
        std::stable_partition(entries.begin(), entries.end(),
                              [this](const Entry& e) { return isStarred(e); });
        if (m_starredOnly) {
            entries.erase(std::find_if(entries.begin(), entries.end(),
                                       [this](const Entry& e) { return !isStarred(e); }),
                          entries.end());
        }
    }
    if (m_rowLimit > 0 && entries.size() > m_rowLimit) {
        entries.resize(m_rowLimit);
    }
    if (total == 0) {
        for (const Entry& e : entries) {
            total += e.bytes;
        }
    }
    const int oldRows = int(m_entries.size());
    const int newRows = int(entries.size());
    const bool totalChanged = total != m_total;
    // Which rows are starred is not part of Entry; re-announce all rows when the store
    // changed (a rare, user-driven event).
    const bool starsChanged = m_starsVersion != m_appliedStarsVersion;
    m_appliedStarsVersion = m_starsVersion;
    if (newRows < oldRows) {
        beginRemoveRows({}, newRows, oldRows - 1);
        m_entries.resize(newRows);
        endRemoveRows();
    }
    // Rows kept: find the first and last that changed, for one dataChanged.
    const int common = std::min(oldRows, newRows);
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < common; ++row) {
        // A star given or taken changes the row's text even when the entry stays the same.
        if (totalChanged || starsChanged || !(m_entries[row] == entries[row])) {
            if (firstChanged < 0) {
                firstChanged = row;
            }
            lastChanged = row;
            m_entries[row] = entries[row];
        }
    }
    m_total = total;
    if (firstChanged >= 0) {
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    }
    if (newRows > oldRows) {
        beginInsertRows({}, oldRows, newRows - 1);
        for (int row = oldRows; row < newRows; ++row) {
            m_entries.append(std::move(entries[row]));
        }
        endInsertRows();
    }
}

void TopListModel::clear() {
    m_given.clear();
    m_givenTotal = 0;
    if (m_entries.isEmpty()) {
        return;
    }
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    endResetModel();
}

int TopListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TopListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

double TopListModel::shareOf(const Entry& e) const {
    return m_total > 0 ? std::min(1.0, double(e.bytes) / double(m_total)) : 0.0;
}

void TopListModel::setIconProvider(IconProvider* provider) {
    if (m_icons) {
        disconnect(m_icons, nullptr, this, nullptr);
    }
    m_icons = provider;
    if (m_icons) {
        connect(m_icons, &IconProvider::iconReady, this, [this](const QString& path) {
            for (int row = 0; row < m_entries.size(); ++row) {
                if (m_entries[row].programIcon && m_entries[row].iconPath == path) {
                    emit dataChanged(index(row, ColName), index(row, ColName),
                                     {Qt::DecorationRole});
                }
            }
        });
    }
}

QVariant TopListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& e = m_entries.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case ColName:
                    return isStarred(e) ? FavoritesStore::starPrefix() + e.name : e.name;
                case ColBytes:
                    return formatBytes(e.bytes);
                case ColShare:
                    return formatPercent(shareOf(e));
                default:
                    return {};
            }
        case Qt::ToolTipRole: {
            QString tip = tr("%1\n%2 in, %3 out")
                              .arg(e.name, formatBytes(e.bytesIn), formatBytes(e.bytesOut));
            if (!e.detail.isEmpty()) {
                tip += QLatin1Char('\n') + e.detail;
            }
            return tip;
        }
        case Qt::DecorationRole:
            if (index.column() != ColName) {
                return {};
            }
            if (e.programIcon) {
                return m_icons ? m_icons->icon(e.iconPath) : IconProvider::genericIcon();
            }
            if (!e.countryCode.isEmpty()) {
                return flagIcon(e.countryCode);
            }
            return {};
        case Qt::AccessibleDescriptionRole:
            if (index.column() != ColName) {
                return {};
            }
            return e.programIcon ? programIconDescription(e.name) : flagDescription(e.countryCode);
        case AppIdRole:
            return uint(e.appId);
        case Qt::TextAlignmentRole:
            if (index.column() == ColName) {
                return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
            }
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case ShareRole:
            return shareOf(e);
        case RawRole:
            switch (index.column()) {
                case ColName:
                    return e.name;
                case ColBytes:
                    return qulonglong(e.bytes);
                default:
                    return shareOf(e);
            }
        case KeyRole:
            return e.key;
        case StarredRole:
            return isStarred(e);
        case FavoriteKeyRole:
            return e.favoriteKey;
        case ProtocolRole:
            return e.protocol;
        case PortRole:
            return e.port;
        default:
            return {};
    }
}

QVariant TopListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case ColName:
            return tr("Name");
        case ColBytes:
            return tr("Bytes");
        case ColShare:
            return tr("Share");
        default:
            return {};
    }
}

}  // namespace flowscope::ui
