#include "ui/models/connection_proxy.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>
#include <utility>

#include "core/alerts/rules.h"
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
        connect(m_model, &ConnectionModel::annotationsChanged, this, [this] {
            if (m_sortColumn == Model::ColCountry || m_sortColumn == Model::ColAs ||
                !m_country.isEmpty() || m_asNumber != 0 || !m_text.isEmpty()) {
                rebuild();
            }
        });
        // Rates switched on or off (a new capture): rate order and text matches may change.
        connect(m_model, &QAbstractItemModel::headerDataChanged, this, [this] {
            if (m_sortColumn == Model::ColRateIn || m_sortColumn == Model::ColRateOut ||
                !m_text.isEmpty()) {
                rebuild();
            }
        });
        connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &ConnectionProxy::onSourceLayoutAboutToBeChanged);
        connect(m_model, &QAbstractItemModel::layoutChanged, this,
                &ConnectionProxy::onSourceLayoutChanged);
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { beginResetModel(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_staticText.clear();
            resetOrder();
            endResetModel();
        });
    }
    resetOrder();
    endResetModel();
}

void ConnectionProxy::resetOrder() {
    m_pendingNew.clear();
    Order order = sortedAccepted();
    m_visible = std::move(order.rows);
    m_visibleKeys = std::move(order.keys);
    remap();
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

void ConnectionProxy::setApplicationFilter(uint32_t appId) {
    if (appId != m_appId) {
        m_appId = appId;
        rebuild();
    }
}

void ConnectionProxy::setCountryFilter(const QString& countryCode) {
    const QString code = countryCode.trimmed().toUpper();
    if (code != m_country) {
        m_country = code;
        rebuild();
    }
}

void ConnectionProxy::setAsFilter(uint32_t asNumber) {
    if (asNumber != m_asNumber) {
        m_asNumber = asNumber;
        rebuild();
    }
}

void ConnectionProxy::setDomainFilter(const QString& domain) {
    QString text = domain.trimmed().toLower();
    while (text.startsWith(QLatin1Char('.'))) {
        text.remove(0, 1);
    }
    const std::string value = text.toStdString();
    if (value != m_domain) {
        m_domain = value;
        rebuild();
    }
}

void ConnectionProxy::setStarredFilter(std::shared_ptr<const StarredSet> starred) {
    m_starred = std::move(starred);
    m_starredApps.clear();
    rebuild();
}

bool ConnectionProxy::isStarred(const Flow& flow) const {
    if (m_starred->hosts.count(flow.remote().address) > 0 ||
        m_starred->services.count(ServiceKey{flow.key.protocol, flow.servicePort()}) > 0) {
        return true;
    }
    if (flow.appId == 0 || m_starred->programs.empty()) {
        return false;
    }
    if (flow.appId >= m_starredApps.size()) {
        m_starredApps.resize(flow.appId + 1, -1);
    }
    int8_t& known = m_starredApps[flow.appId];
    if (known < 0) {
        const Application* app = m_model->application(flow.appId);
        known = app && m_starred->programs.count(programOf(*app)) > 0 ? 1 : 0;
    }
    return known == 1;
}

void ConnectionProxy::clearFilters() {
    m_starred.reset();
    m_starredApps.clear();
    m_appId = 0;
    m_country.clear();
    m_asNumber = 0;
    m_domain.clear();
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
    if (m_appId != 0 && flow.appId != m_appId) {
        return false;
    }
    if (m_starred && !isStarred(flow)) {
        return false;
    }
    if (!m_country.isEmpty() || m_asNumber != 0) {
        const GeoInfo* geo = m_model->geoAt(sourceRow);
        if (!geo || (!m_country.isEmpty() && geo->countryCode != m_country) ||
            (m_asNumber != 0 && geo->asNumber != m_asNumber)) {
            return false;
        }
    }
    if (!m_domain.empty()) {
        const std::string& name = m_model->hostSortName(sourceRow);
        if (name.size() < m_domain.size()) {
            return false;
        }
        const size_t start = name.size() - m_domain.size();
        bool same = true;
        for (size_t i = 0; i < m_domain.size() && same; ++i) {
            const char c = name[start + i];
            same = (c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) == m_domain[i];
        }
        if (!same || (start > 0 && name[start - 1] != '.')) {
            return false;
        }
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
    commit(sortedAccepted());
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
