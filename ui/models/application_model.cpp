#include "ui/models/application_model.h"

#include "core/alerts/rules.h"

#include <QStringList>
#include <algorithm>

#include "ui/format.h"
#include "ui/icons/icon_provider.h"
#include "ui/models/connection_model.h"

namespace flowscope::ui {

ApplicationModel::ApplicationModel(QObject* parent) : QAbstractTableModel(parent) {}

void ApplicationModel::setIconProvider(IconProvider* provider) {
    if (m_icons) {
        disconnect(m_icons, nullptr, this, nullptr);
    }
    m_icons = provider;
    if (m_icons) {
        connect(m_icons, &IconProvider::iconReady, this, [this](const QString& path) {
            for (int row = 0; row < m_entries.size(); ++row) {
                if (QString::fromStdString(m_entries[row].app.path) == path) {
                    emit dataChanged(index(row, ColName), index(row, ColName),
                                     {Qt::DecorationRole});
                }
            }
        });
    }
}

void ApplicationModel::applySnapshot(const EngineSnapshot& snapshot) {
    QVector<Entry> next;
    const double seconds =
        snapshot.intervalNs > 0 ? static_cast<double>(snapshot.intervalNs) / 1e9 : 0.0;
    if (snapshot.applications) {
        const auto& apps = *snapshot.applications;
        for (const ApplicationStat& stat : snapshot.topApplications) {
            if (stat.appId == 0 || stat.appId > apps.size()) {
                continue;
            }
            Entry e;
            e.appId = stat.appId;
            e.app = apps[stat.appId - 1];
            e.counters = stat.counters;
            e.rateIn = seconds > 0 ? static_cast<double>(stat.interval.bytesIn) / seconds : 0;
            e.rateOut = seconds > 0 ? static_cast<double>(stat.interval.bytesOut) / seconds : 0;
            e.connections = stat.connections;
            next.append(std::move(e));
        }
    }
    // Same applications in the same order: values in place. Otherwise rows are matched by id:
    // removed ones taken out, new ones appended, and the rest updated.
    QVector<Entry> ordered;
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        const uint32_t id = m_entries[row].appId;
        const bool kept =
            std::any_of(next.cbegin(), next.cend(), [id](const Entry& e) { return e.appId == id; });
        if (!kept) {
            beginRemoveRows({}, int(row), int(row));
            m_entries.remove(row);
            endRemoveRows();
        }
    }
    for (Entry& e : next) {
        const int row = rowOfApp(e.appId);
        if (row >= 0) {
            e.activity = std::move(m_entries[row].activity);
        }
        e.activity.append(e.rateIn + e.rateOut);
        if (e.activity.size() > kActivityTicks) {
            e.activity.remove(0, e.activity.size() - kActivityTicks);
        }
        if (row >= 0) {
            m_entries[row] = std::move(e);
        } else {
            ordered.append(std::move(e));
        }
    }
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
    }
    if (!ordered.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(ordered.size()) - 1);
        m_entries.append(ordered);
        endInsertRows();
    }
}

void ApplicationModel::clear() {
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int ApplicationModel::rowOfApp(uint32_t appId) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].appId == appId) {
            return row;
        }
    }
    return -1;
}

int ApplicationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ApplicationModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplicationModel::todayKey(const std::string& path, const std::string& name,
                                   const std::string& user) {
    return QString::fromStdString(path) + QLatin1Char('\n') + QString::fromStdString(name) +
           QLatin1Char('\n') + QString::fromStdString(user);
}

void ApplicationModel::setTodayTotals(const std::vector<history::TotalRow>& rows) {
    QHash<QString, history::Usage> today;
    for (const history::TotalRow& row : rows) {
        // Application rows: the label is the program's name, the detail its path.
        today[todayKey(row.detail, row.label, row.user)] += row.usage;
    }
    m_today = std::move(today);
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0, ColToday), index(int(m_entries.size()) - 1, ColToday));
    }
}

void ApplicationModel::clearTodayTotals() {
    setTodayTotals({});
}

const history::Usage* ApplicationModel::todayOf(const Entry& e) const {
    const auto found = m_today.constFind(todayKey(e.app.path, e.app.name, e.app.user));
    return found == m_today.constEnd() ? nullptr : &found.value();
}

QVariant ApplicationModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount) {
        return {};
    }
    const Entry& e = m_entries[index.row()];
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return displayData(e, column);
        case RawRole:
            return rawData(e, column);
        case Qt::DecorationRole:
            return decorationData(e, column);
        case Qt::AccessibleDescriptionRole:
            return column == ColName ? programIconDescription(displayData(e, column).toString())
                                     : QVariant();
        case Qt::ToolTipRole:
            return toolTipData(e, column);
        case Qt::TextAlignmentRole:
            return int((column >= ColRateIn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        case AppIdRole:
            return uint(e.appId);
        case PathRole:
            return QString::fromStdString(e.app.path);
        case ProgramRole:
            return QString::fromStdString(programOf(e.app));
        case ActivityRole:
            return QVariant::fromValue(e.activity);
        default:
            return {};
    }
}

QVariant ApplicationModel::displayData(const Entry& e, int column) const {
    switch (column) {
        case ColName:
            return ConnectionModel::applicationText(&e.app);
        case ColPids: {
            QStringList pids;
            for (uint32_t pid : e.app.pids) {
                pids.append(QString::number(pid));
            }
            return pids.join(QStringLiteral(", "));
        }
        case ColUser:
            return QString::fromStdString(e.app.user);
        case ColActivity:
            return {};  // drawn by the sparkline delegate from ActivityRole
        case ColRateIn:
            return formatRate(e.rateIn, RateUnit::Bytes);
        case ColRateOut:
            return formatRate(e.rateOut, RateUnit::Bytes);
        case ColTotalIn:
            return formatBytes(e.counters.bytesIn);
        case ColTotalOut:
            return formatBytes(e.counters.bytesOut);
        case ColToday: {
            const history::Usage* today = todayOf(e);
            return today ? formatBytes(today->bytes()) : QString();
        }
        case ColConnections:
            return formatCount(e.connections);
        default:
            return {};
    }
}

QVariant ApplicationModel::rawData(const Entry& e, int column) const {
    switch (column) {
        case ColName:
            return ConnectionModel::applicationText(&e.app);
        case ColPids:
            return e.app.pids.empty() ? qulonglong(0) : qulonglong(e.app.pids.front());
        case ColUser:
            return QString::fromStdString(e.app.user);
        case ColActivity:  // sorts by the newest reading
            return e.activity.isEmpty() ? 0.0 : e.activity.last();
        case ColRateIn:
            return e.rateIn;
        case ColRateOut:
            return e.rateOut;
        case ColTotalIn:
            return qulonglong(e.counters.bytesIn);
        case ColTotalOut:
            return qulonglong(e.counters.bytesOut);
        case ColToday: {
            const history::Usage* today = todayOf(e);
            return qulonglong(today ? today->bytes() : 0);
        }
        case ColConnections:
            return qulonglong(e.connections);
        default:
            return {};
    }
}

QVariant ApplicationModel::decorationData(const Entry& e, int column) const {
    if (column == ColName && m_icons) {
        return m_icons->icon(e.app.ownerHidden ? QString() : QString::fromStdString(e.app.path));
    }
    return {};
}

QVariant ApplicationModel::toolTipData(const Entry& e, int column) const {
    if (column == ColToday) {
        const history::Usage* today = todayOf(e);
        if (!today) {
            return tr("Nothing of this application is in the history for today yet.");
        }
        return tr("Today since midnight (history): %1 in, %2 out")
            .arg(formatBytes(today->bytesIn), formatBytes(today->bytesOut));
    }
    if (column == ColActivity) {
        return tr("Rate in + out over the last minute, the newest at the right");
    }
    return applicationToolTip(e.app);
}

QVariant ApplicationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
            return int((section >= ColRateIn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case ColName:
            return tr("Application");
        case ColPids:
            return tr("PIDs");
        case ColUser:
            return tr("User");
        case ColActivity:
            return tr("Activity");
        case ColRateIn:
            return tr("Rate in");
        case ColRateOut:
            return tr("Rate out");
        case ColTotalIn:
            return tr("Total in");
        case ColTotalOut:
            return tr("Total out");
        case ColToday:
            return tr("Today");
        case ColConnections:
            return tr("Connections");
        default:
            return {};
    }
}

}  // namespace flowscope::ui
