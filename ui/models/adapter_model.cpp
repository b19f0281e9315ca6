#include "ui/models/adapter_model.h"

#include <QFont>
#include <QStringList>
#include <algorithm>

namespace flowscope::ui {

namespace {

QString flagsText(const AdapterInfo& a) {
    QStringList flags;
    flags << (a.up ? AdapterModel::tr("up") : AdapterModel::tr("down"));
    if (a.running) {
        flags << AdapterModel::tr("running");
    }
    if (a.loopback) {
        flags << AdapterModel::tr("loopback");
    }
    if (a.wireless) {
        flags << AdapterModel::tr("wireless");
    }
    return flags.join(QStringLiteral(", "));
}

QString addressesText(const AdapterInfo& a) {
    QStringList list;
    for (const AdapterAddress& address : a.addresses) {
        QString text = QString::fromStdString(address.address.toString());
        if (address.prefixLength >= 0) {
            text += QLatin1Char('/') + QString::number(address.prefixLength);
        }
        list << text;
    }
    return list.join(QStringLiteral("\n"));
}

}  // namespace

AdapterModel::AdapterModel(QObject* parent) : QAbstractTableModel(parent) {}

void AdapterModel::setAdapters(const std::vector<AdapterInfo>& adapters,
                               const QString& defaultName) {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_defaultName = defaultName;
    for (const AdapterInfo& info : adapters) {
        Row row;
        row.info = info;
        row.name = QString::fromStdString(info.name);
        m_rowOf.insert(row.name, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void AdapterModel::addReading(std::vector<AdapterCounters> counters) {
    if (m_rows.empty()) {
        return;
    }
    // libpcap's "any" pseudo-adapter captures on all of them: its activity is their sum.
    const std::string any = "any";
    const bool systemHasAny = std::any_of(counters.cbegin(), counters.cend(),
                                          [&](const AdapterCounters& c) { return c.name == any; });
    if (!systemHasAny && rowOf(QString::fromStdString(any)) >= 0) {
        AdapterCounters sum;
        sum.name = any;
        for (const AdapterCounters& c : counters) {
            sum.rxBytes += c.rxBytes;
            sum.txBytes += c.txBytes;
        }
        counters.push_back(sum);
    }
    for (const AdapterCounters& c : counters) {
        const int row = rowOf(QString::fromStdString(c.name));
        if (row >= 0) {
            record(m_rows[size_t(row)], c.rxBytes + c.txBytes);
        }
    }
    emit dataChanged(index(0, ColActivity), index(rowCount() - 1, ColActivity),
                     {HistoryRole, Qt::ToolTipRole});
}

void AdapterModel::record(Row& row, uint64_t bytes) {
    if (row.hasCounters) {
        // Counters may be 32-bit and wrap, or reset when the adapter restarts.
        row.history.append(bytes >= row.lastBytes ? double(bytes - row.lastBytes) : 0.0);
        if (row.history.size() > kHistory) {
            row.history.remove(0, row.history.size() - kHistory);
        }
    }
    row.hasCounters = true;
    row.lastBytes = bytes;
}

QString AdapterModel::name(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].name : QString();
}

int AdapterModel::rowOf(const QString& name) const {
    return m_rowOf.value(name, -1);
}

QList<double> AdapterModel::history(const QString& name) const {
    const int row = rowOf(name);
    return row >= 0 ? m_rows[size_t(row)].history : QList<double>();
}

int AdapterModel::activitySamples() const {
    int fewest = -1;
    for (const Row& row : m_rows) {
        if (row.hasCounters) {
            const int count = int(row.history.size());
            fewest = fewest < 0 ? count : std::min(fewest, count);
        }
    }
    return fewest;
}

int AdapterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdapterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdapterModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return displayText(row, index.column());
        case Qt::ToolTipRole:
            return toolTip(row, index.column());
        case Qt::FontRole:
            if (index.column() == ColAdapter && row.name == m_defaultName) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case NameRole:
            return row.name;
        case HistoryRole:
            return index.column() == ColActivity ? QVariant::fromValue(row.history) : QVariant();
        default:
            return {};
    }
}

QVariant AdapterModel::displayText(const Row& row, int column) const {
    switch (column) {
        case ColAdapter:
            return row.info.description.empty() ? row.name
                                                : row.name + QLatin1Char('\n') +
                                                      QString::fromStdString(row.info.description);
        case ColAddresses:
            return addressesText(row.info);
        case ColStatus:
            return flagsText(row.info);
        default:
            return {};  // the activity is drawn by the sparkline delegate
    }
}

QVariant AdapterModel::toolTip(const Row& row, int column) const {
    switch (column) {
        case ColAdapter:
            return row.info.description.empty() ? row.name
                                                : row.name + QStringLiteral(" — ") +
                                                      QString::fromStdString(row.info.description);
        case ColActivity:
            return row.hasCounters ? tr("Traffic on %1 in the last minute").arg(row.name)
                                   : tr("%1 reports no traffic counters").arg(row.name);
        default:
            return {};
    }
}

QVariant AdapterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case ColAdapter:
            return tr("Adapter");
        case ColAddresses:
            return tr("Addresses");
        case ColStatus:
            return tr("Status");
        case ColActivity:
            return tr("Activity");
        default:
            return {};
    }
}

}  // namespace flowscope::ui
