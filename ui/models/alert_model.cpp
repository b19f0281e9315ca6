#include "ui/models/alert_model.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "ui/alerts/alert_text.h"

namespace flowscope::ui {

AlertModel::AlertModel(QObject* parent, int maxRows)
    : QAbstractTableModel(parent), m_maxRows(std::max(1, maxRows)) {}

int AlertModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertModel::ruleTitle(flowscope::AlertRule rule) {
    switch (rule) {
        case AlertRule::NewProgram:
            return tr("New program");
        case AlertRule::Blocklist:
            return tr("Blocklisted address");
        case AlertRule::TrafficRate:
            return tr("Traffic rate");
        case AlertRule::Favorite:
            return tr("Favorite active");
        case AlertRule::DataCap:
            return tr("Data cap");
        case AlertRule::CaptureTrouble:
            return tr("Capture trouble");
        default:  // a rule added later: its stable name until it gets a title here
            return QString::fromLatin1(alertRuleName(rule));
    }
}

namespace {

QString timeText(int64_t timeNs) {
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeNs / 1'000'000).toLocalTime();
    return QLocale().toString(time, QLocale::ShortFormat);
}

QString detailsText(const AlertEntry& entry) {
    const QString title = alertTitle(entry.alert);
    const QString body = alertBody(entry.alert);
    return body.isEmpty() ? title : AlertModel::tr("%1 — %2").arg(title, body);
}

}  // namespace

QVariant AlertModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AlertEntry& row = m_rows[size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case ColumnTime:
                    return timeText(row.alert.timeNs);
                case ColumnRule:
                    return row.muted ? tr("%1 (muted)").arg(ruleTitle(row.alert.rule))
                                     : ruleTitle(row.alert.rule);
                case ColumnDetails:
                    return detailsText(row);
                default:
                    return {};
            }
        case Qt::ToolTipRole: {
            QString tip = alertBody(row.alert);
            if (row.muted) {
                tip += QLatin1Char('\n') + tr("Not delivered: notifications were muted.");
            }
            return tip;
        }
        case Qt::FontRole:
            if (!row.read) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ForegroundRole:
            if (row.muted) {
                return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            }
            return {};
        case TimeNsRole:
            return qint64(row.alert.timeNs);
        case RuleNameRole:
            return QString::fromLatin1(alertRuleName(row.alert.rule));
        case ReadRole:
            return row.read;
        case MutedRole:
            return row.muted;
        default:
            return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case ColumnTime:
            return tr("Time");
        case ColumnRule:
            return tr("Rule");
        case ColumnDetails:
            return tr("Details");
        default:
            return {};
    }
}

void AlertModel::prepend(const AlertEntry& entry) {
    if (int(m_rows.size()) >= m_maxRows) {
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows({}, last, last);
        m_unread -= m_rows.back().read ? 0 : 1;
        m_rows.pop_back();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_rows.push_front(entry);
    m_unread += entry.read ? 0 : 1;
    endInsertRows();
}

void AlertModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_unread = 0;
    endResetModel();
}

void AlertModel::markAllRead() {
    if (m_unread == 0) {
        return;
    }
    for (auto& row : m_rows) {
        row.read = true;
    }
    m_unread = 0;
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                     {Qt::FontRole, ReadRole});
}

int AlertModel::unread() const {
    return m_unread;
}

}  // namespace flowscope::ui
