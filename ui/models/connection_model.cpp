#include "ui/models/connection_model.h"

namespace flowscope::ui {

ConnectionModel::ConnectionModel(QObject* parent)
    : QAbstractTableModel(parent), m_geoTimer(new QTimer(this)) {
    m_geoTimer->setSingleShot(true);
    m_geoTimer->setInterval(0);
    connect(m_geoTimer, &QTimer::timeout, this, &ConnectionModel::drainGeo);
}

void ConnectionModel::setRatesShown(bool shown) {
    if (shown == m_ratesShown) {
        return;
    }
    m_ratesShown = shown;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, ColRateIn), index(int(m_rows.size()) - 1, ColRateOut));
    }
    emit headerDataChanged(Qt::Horizontal, ColRateIn, ColRateOut);
}

int ConnectionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConnectionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void ConnectionModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_lastChanged.clear();
    m_lastStopped.clear();
    m_activeRows.clear();
    m_marks.clear();
    m_applications.reset();
    m_hostnames.reset();
    m_nameOfAddress.clear();
    m_renamed.clear();
    m_geoPending.clear();
    m_geoPendingNext = 0;
    m_geoTimer->stop();
    endResetModel();
}

}  // namespace flowscope::ui
