// ConnectionModel: what the table shows beyond the flow itself — its application, the remote
// end's host name, country and AS. Geo lookups happen once per remote address (when a row is
// added or a resolver arrives), never per tick.
#include <QFile>
#include <QLocale>
#include <QStringList>
#include <algorithm>

#include "core/enrich/geo_resolver.h"
#include "ui/country_names.h"
#include "ui/icons/icon_provider.h"
#include "ui/models/connection_model.h"

namespace flowscope::ui {

namespace {

const std::string kNoName;

}  // namespace

void ConnectionModel::setTables(std::shared_ptr<const std::vector<Application>> applications,
                                std::shared_ptr<const std::vector<HostName>> hostnames) {
    m_applications = std::move(applications);
    m_hostnames = std::move(hostnames);
}

void ConnectionModel::setIconProvider(IconProvider* provider) {
    if (m_icons) {
        disconnect(m_icons, nullptr, this, nullptr);
    }
    m_icons = provider;
    if (m_icons) {
        // An icon arrived: repaint the application column (views repaint visible rows only).
        connect(m_icons, &IconProvider::iconReady, this, [this] {
            if (!m_rows.isEmpty()) {
                emit dataChanged(index(0, ColApplication),
                                 index(int(m_rows.size()) - 1, ColApplication),
                                 {Qt::DecorationRole});
            }
        });
    }
}

void ConnectionModel::setGeoResolver(std::shared_ptr<GeoResolver> resolver) {
    m_geoResolver = std::move(resolver);
    m_geo.clear();
    m_geoOf.clear();
    m_geoPending.clear();
    m_geoPendingNext = 0;
    m_geoBudget = kGeoLookupsPerSlice;
    for (Row& row : m_rows) {
        annotateGeo(row);
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, ColCountry), index(int(m_rows.size()) - 1, ColAs));
    }
    emit annotationsChanged();
    if (pendingGeoLookups() > 0) {
        m_geoTimer->start();
    }
}

void ConnectionModel::annotateGeo(Row& row) {
    row.geo = geoIndex(row.flow.remote().address);
    if (row.geo == kGeoPending) {
        row.geo = -1;
        m_geoPending.push_back(row.flow.id);
    }
}

// Between ticks: the next slice of rows whose addresses were not looked up yet.
void ConnectionModel::drainGeo() {
    m_geoBudget = kGeoLookupsPerSlice;
    int first = -1;
    int last = -1;
    while (m_geoPendingNext < m_geoPending.size()) {
        const int row = rowOfFlow(m_geoPending[m_geoPendingNext]);
        if (row >= 0) {
            const int geo = geoIndex(m_rows[row].flow.remote().address);
            if (geo == kGeoPending) {
                break;  // this slice's budget is spent
            }
            m_rows[row].geo = geo;
            first = first < 0 ? row : std::min(first, row);
            last = std::max(last, row);
        }
        ++m_geoPendingNext;
    }
    if (m_geoPendingNext == m_geoPending.size()) {
        m_geoPending.clear();
        m_geoPendingNext = 0;
    } else {
        m_geoTimer->start();
    }
    if (first >= 0) {
        emit dataChanged(index(first, ColCountry), index(last, ColAs));
    }
    // Re-sorting / re-filtering by country or AS once the queue is empty, not per slice.
    if (m_geoPending.empty()) {
        emit annotationsChanged();
    }
}

int ConnectionModel::geoIndex(const IpAddress& address) {
    if (!m_geoResolver) {
        return -1;
    }
    const auto found = m_geoOf.find(address);
    if (found != m_geoOf.end()) {
        return found->second;
    }
    if (m_geoBudget <= 0) {
        return kGeoPending;
    }
    --m_geoBudget;
    const GeoRecord record = m_geoResolver->lookup(address);
    int geo = -1;
    if (!record.empty()) {
        GeoInfo info;
        info.countryCode = QString::fromStdString(record.countryCode);
        info.countryName =
            countryDisplayName(info.countryCode, QString::fromStdString(record.countryName));
        info.asNumber = record.asNumber;
        info.asOrganization = QString::fromStdString(record.asOrganization);
        if (record.hasAs()) {
            info.asText = QStringLiteral("AS%1").arg(record.asNumber);
            if (!info.asOrganization.isEmpty()) {
                info.asText += QLatin1Char(' ') + info.asOrganization;
            }
        }
        geo = static_cast<int>(m_geo.size());
        m_geo.append(std::move(info));
    }
    m_geoOf.emplace(address, geo);
    return geo;
}

const GeoInfo* ConnectionModel::geoOf(const IpAddress& address) {
    m_geoBudget = std::max(m_geoBudget, 1);  // one address asked for: always answered
    const int geo = geoIndex(address);
    return geo >= 0 ? &m_geo[geo] : nullptr;
}

void ConnectionModel::noteName(const Flow& flow) {
    if (flow.nameId != 0) {
        m_nameOfAddress[flow.remote().address] = flow.nameId;
    }
}

QString ConnectionModel::hostNameForAddress(const IpAddress& address) const {
    const auto found = m_nameOfAddress.find(address);
    if (found == m_nameOfAddress.end()) {
        return {};
    }
    const HostName* name = hostName(found->second);
    return name ? QString::fromStdString(name->name) : QString();
}

const Application* ConnectionModel::application(uint32_t appId) const {
    if (appId == 0 || !m_applications || appId > m_applications->size()) {
        return nullptr;
    }
    return &(*m_applications)[appId - 1];
}

const HostName* ConnectionModel::hostName(uint32_t nameId) const {
    if (nameId == 0 || !m_hostnames || nameId > m_hostnames->size()) {
        return nullptr;
    }
    return &(*m_hostnames)[nameId - 1];
}

const std::string& ConnectionModel::applicationSortName(int row) const {
    const Application* app = applicationAt(row);
    return app ? app->name : kNoName;
}

const std::string& ConnectionModel::hostSortName(int row) const {
    const HostName* name = hostNameAt(row);
    return name ? name->name : kNoName;
}

QString ConnectionModel::applicationText(const Application* application) {
    if (!application) {
        return QStringLiteral("—");
    }
    if (application->ownerHidden) {
        return tr("hidden (user %1)").arg(QString::fromStdString(application->user));
    }
    if (!application->name.empty()) {
        return QString::fromStdString(application->name);
    }
    return QString::fromStdString(application->path);
}

QString applicationToolTip(const Application& app) {
    if (app.ownerHidden) {
        return ConnectionModel::tr(
                   "A socket of user %1: run Flowscope with more privileges to see its program.")
            .arg(QString::fromStdString(app.user));
    }
    QStringList pids;
    for (uint32_t pid : app.pids) {
        pids.append(QString::number(pid));
    }
    QString tip = QString::fromStdString(app.name);
    tip += ConnectionModel::tr("\npid %1").arg(pids.join(QStringLiteral(", ")));
    if (!app.path.empty()) {
        tip += ConnectionModel::tr("\npath %1").arg(QString::fromStdString(app.path));
    }
    tip += ConnectionModel::tr("\nuser %1").arg(QString::fromStdString(app.user));
    return tip;
}

QIcon flagIcon(const QString& countryCode) {
    static QHash<QString, QIcon> cache;
    if (countryCode.isEmpty()) {
        return {};
    }
    auto found = cache.find(countryCode);
    if (found == cache.end()) {
        const QString path = QStringLiteral(":/flags/%1.png").arg(countryCode.toLower());
        found = cache.insert(countryCode, QFile::exists(path) ? QIcon(path) : QIcon());
    }
    return found.value();
}

QString flagDescription(const QString& countryCode) {
    if (countryCode.isEmpty()) {
        return {};
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(countryCode);
    const QString english =
        territory == QLocale::AnyTerritory ? countryCode : QLocale::territoryToString(territory);
    //: What a country's flag in a table says to a screen reader; %1 the country's name.
    return ConnectionModel::tr("Flag of %1").arg(countryDisplayName(countryCode, english));
}

QString programIconDescription(const QString& program) {
    if (program.isEmpty()) {
        return {};
    }
    //: What a program's icon in a table says to a screen reader; %1 the program's name.
    return ConnectionModel::tr("Program icon of %1").arg(program);
}

}  // namespace flowscope::ui
