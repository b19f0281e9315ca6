#include "ui/pages/overview_page.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

#include "core/alerts/rules.h"
#include "ui/engine_bridge.h"
#include "ui/format.h"
#include "ui/models/connection_model.h"
#include "ui/models/top_list_model.h"
#include "ui/settings/favorites_store.h"
#include "ui/settings/rule_settings.h"
#include "ui/settings/settings.h"
#include "ui/widgets/share_bar_delegate.h"
#include "ui/widgets/star_support.h"
#include "ui/widgets/traffic_chart.h"

namespace flowscope::ui {

OverviewPage::OverviewPage(EngineBridge* bridge, QWidget* parent)
    : QWidget(parent),
      m_bridge(bridge),
      m_chart(new TrafficChart(this)),
      m_unit(new QComboBox(this)),
      m_totalsLayout(new QGridLayout),
      m_listsLayout(new QHBoxLayout),
      m_hosts(new TopListModel(this)),
      m_services(new TopListModel(this)),
      m_applications(new TopListModel(this)),
      m_starredOnly(newStarredOnlyCheck(this)) {
    setObjectName("overviewPage");
    auto* layout = new QVBoxLayout(this);
    createTotals();
    layout->addLayout(m_totalsLayout);
    layout->addLayout(createChartHeader());
    layout->addWidget(m_chart, 3);
    createTopLists();
    layout->addWidget(m_starredOnly, 0, Qt::AlignRight);
    layout->addLayout(m_listsLayout, 2);
    connectTopLists();
    connectFavorites();
    setTabOrder(m_unit, m_chart);  // Tab as the page reads: the unit stands above the chart
    if (m_bridge) {
        m_applications->setIconProvider(m_bridge->icons());
        connect(m_bridge, &EngineBridge::snapshotApplied, this, &OverviewPage::applySnapshot);
        // Countries and AS arrive with the geo databases (opened on a worker at start-up).
        connect(m_bridge->connections(), &ConnectionModel::annotationsChanged, this, [this] {
            if (const SnapshotPtr latest = m_bridge->latest()) {
                updateTopLists(*latest);
            }
        });
        connect(m_bridge, &EngineBridge::captureStarted, this, &OverviewPage::resetView);
    }
    resetView();
}

void OverviewPage::createTotals() {
    m_totalsLayout->setHorizontalSpacing(18);
    m_bytesIn = addTotal(0, tr("Bytes in"), "totalBytesIn", tr("IP traffic received"));
    m_bytesOut = addTotal(1, tr("Bytes out"), "totalBytesOut", tr("IP traffic sent"));
    m_packets = addTotal(2, tr("Packets"), "totalPackets", tr("Every frame captured"));
    m_packetRate =
        addTotal(3, tr("Packets/s"), "packetsPerSecond", tr("Packets in the last second"));
    m_flows = addTotal(4, tr("Flows"), "totalFlows", tr("Connections seen so far"));
    m_dropped = addTotal(5, tr("Dropped"), "totalDropped",
                         tr("Frames lost by the kernel, the adapter or Flowscope's queue"));
    m_duration = addTotal(6, tr("Duration"), "totalDuration", tr("Capture time covered"));
}

QHBoxLayout* OverviewPage::createChartHeader() {
    auto* chartHeader = new QHBoxLayout;
    auto* chartTitle = new QLabel(tr("<b>Traffic</b>"), this);
    chartHeader->addWidget(chartTitle);
    chartHeader->addStretch(1);
    chartHeader->addWidget(new QLabel(tr("Unit:"), this));
    m_unit->setObjectName("unitSelector");
    m_unit->addItem(tr("bytes/s"), int(RateUnit::Bytes));
    m_unit->addItem(tr("bits/s"), int(RateUnit::Bits));
    m_unit->addItem(tr("packets/s"), int(RateUnit::Packets));
    const int savedUnit = settings::overviewUnit.value();
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(savedUnit)));
    m_chart->setUnit(RateUnit(m_unit->currentData().toInt()));
    chartHeader->addWidget(m_unit);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        const int unit = m_unit->currentData().toInt();
        settings::overviewUnit.setValue(unit);
        m_chart->setUnit(RateUnit(unit));
    });
    return chartHeader;
}

void OverviewPage::createTopLists() {
    m_listsLayout->setSpacing(12);
    m_applicationsView = addTopList(m_applications, tr("Top applications"), "topApplications");
    m_applicationsView->setToolTip(tr("Click an application to inspect its connections"));
    m_hostsView = addTopList(m_hosts, tr("Top hosts"), "topHosts");
    m_servicesView = addTopList(m_services, tr("Top services"), "topServices");
}

void OverviewPage::connectTopLists() {
    // A click, or Enter on the current row (keyboard users), inspects the entry.
    for (auto signal : {&QAbstractItemView::clicked, &QAbstractItemView::activated}) {
        connect(m_hostsView, signal, this, [this](const QModelIndex& index) {
            if (index.isValid()) {
                emit hostActivated(m_hosts->entry(index.row()).key);
            }
        });
        connect(m_applicationsView, signal, this, [this](const QModelIndex& index) {
            if (index.isValid()) {
                emit applicationActivated(m_applications->entry(index.row()).appId);
            }
        });
        connect(m_servicesView, signal, this, [this](const QModelIndex& index) {
            if (index.isValid()) {
                const auto& e = m_services->entry(index.row());
                emit serviceActivated(e.protocol, e.port);
            }
        });
    }
}

// Starred entries first in each list, a "Starred only" toggle for all three, and Star /
// Unstar on right-click or Ctrl+D.
void OverviewPage::connectFavorites() {
    FavoritesStore* store = FavoritesStore::shared();
    const struct {
        TopListModel* model;
        QTableView* view;
        FavoritesStore::Kind kind;
        const char* label;
    } lists[] = {
        {m_hosts, m_hostsView, FavoritesStore::Kind::Host, QT_TR_NOOP("host %1")},
        {m_services, m_servicesView, FavoritesStore::Kind::Service, QT_TR_NOOP("service %1")},
        {m_applications, m_applicationsView, FavoritesStore::Kind::Program,
         QT_TR_NOOP("application %1")},
    };
    for (const auto& list : lists) {
        list.model->setRowLimit(kTopRows);
        list.model->setFavorites(store, list.kind);
        TopListModel* model = list.model;
        const auto kind = list.kind;
        const QString label = tr(list.label);
        installStarMenu(list.view, store, [model, kind, label](const QModelIndex& index) {
            QVector<FavoriteRef> refs;
            const auto& e = model->entry(index.row());
            if (!e.favoriteKey.isEmpty()) {
                const QString shown =
                    kind == FavoritesStore::Kind::Program ? e.name : e.favoriteKey;
                refs.append({kind, e.favoriteKey, label.arg(shown)});
            }
            return refs;
        });
        connect(m_starredOnly, &QCheckBox::toggled, model, &TopListModel::setStarredOnly);
    }
}

QLabel* OverviewPage::addTotal(int column, const QString& title, const QString& objectName,
                               const QString& toolTip) {
    auto* caption = new QLabel(title, this);
    QPalette captionPalette = caption->palette();
    captionPalette.setColor(QPalette::WindowText, captionPalette.color(QPalette::PlaceholderText));
    caption->setPalette(captionPalette);
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setToolTip(toolTip);
    caption->setToolTip(toolTip);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totalsLayout->addWidget(caption, 0, column);
    m_totalsLayout->addWidget(value, 1, column);
    m_totalsLayout->setColumnStretch(column, 1);
    return value;
}

QTableView* OverviewPage::addTopList(TopListModel* model, const QString& title,
                                     const QString& objectName) {
    auto* box = new QGroupBox(title, this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(4, 4, 4, 4);
    auto* view = new QTableView(box);
    view->setObjectName(objectName);
    view->setAccessibleName(title);
    view->setTabKeyNavigation(false);  // Tab leaves the table; arrows move inside it
    view->setModel(model);
    view->setItemDelegateForColumn(TopListModel::ColShare,
                                   new ShareBarDelegate(TopListModel::ShareRole, view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setCursor(Qt::PointingHandCursor);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    auto* header = view->horizontalHeader();
    header->setSectionResizeMode(TopListModel::ColName, QHeaderView::Stretch);
    header->setSectionResizeMode(TopListModel::ColBytes, QHeaderView::Fixed);
    header->resizeSection(TopListModel::ColBytes,
                          view->fontMetrics().horizontalAdvance(QStringLiteral("999.9 MB")) + 24);
    header->setSectionResizeMode(TopListModel::ColShare, QHeaderView::Fixed);
    header->resizeSection(TopListModel::ColShare, 130);
    view->setToolTip(tr("Click an entry to inspect its connections"));
    boxLayout->addWidget(view);
    m_listsLayout->addWidget(box, 1);
    return view;
}

void OverviewPage::resetView() {
    m_lastSequence = 0;
    m_chart->setLive(m_bridge ? m_bridge->isLive() : true);
    m_chart->reset();
    m_hosts->clear();
    m_services->clear();
    m_applications->clear();
    for (QLabel* label : {m_bytesIn, m_bytesOut, m_packets, m_dropped, m_packetRate, m_flows}) {
        label->setText(QStringLiteral("0"));
    }
    m_bytesIn->setText(formatBytes(0));
    m_bytesOut->setText(formatBytes(0));
    m_duration->setText(formatDuration(0));
}

void OverviewPage::applySnapshot(const SnapshotPtr& snapshot) {
    if (!snapshot) {
        return;
    }
    if (snapshot->sequence <= m_lastSequence) {
        resetView();  // a new capture started over
    }
    m_lastSequence = snapshot->sequence;
    const EngineSnapshot& s = *snapshot;
    m_chart->setLive(m_bridge ? m_bridge->isLive() : true);
    m_chart->addSamples(s.samples, s.tickNs);

    m_bytesIn->setText(formatBytes(s.totals.direction.bytesIn));
    m_bytesOut->setText(formatBytes(s.totals.direction.bytesOut));
    m_packets->setText(formatCount(s.totals.packets));
    m_dropped->setText(formatCount(s.dropped()));
    m_duration->setText(formatDuration(s.durationNs));
    if (!s.samples.empty() && s.tickNs > 0) {
        const double perSecond = double(s.samples.back().packets) * 1e9 / double(s.tickNs);
        m_packetRate->setText(formatRate(perSecond, RateUnit::Packets));
    }
    m_flows->setText(formatCount(s.totals.flows));
    m_flows->setToolTip(
        tr("Connections seen so far (%1 in the table now)").arg(formatCount(s.flowCount)));

    updateTopLists(s);
}

void OverviewPage::updateTopLists(const EngineSnapshot& s) {
    QVector<TopListModel::Entry> hosts;
    // All of the snapshot's top entries: the model shows starred ones first, then kTopRows.
    for (size_t i = 0; i < s.topHosts.size(); ++i) {
        const HostStat& h = s.topHosts[i];
        TopListModel::Entry e;
        e.key = QString::fromStdString(h.address.toString());
        e.name = e.key;
        e.favoriteKey = e.key;
        if (m_bridge) {
            ConnectionModel* model = m_bridge->connections();
            const QString hostName = model->hostNameForAddress(h.address);
            if (!hostName.isEmpty() && hostName != e.key) {
                e.name = QStringLiteral("%1 (%2)").arg(hostName, e.key);
            }
            if (const GeoInfo* geo = model->geoOf(h.address)) {
                e.countryCode = geo->countryCode;
                if (!geo->asText.isEmpty()) {
                    e.name += QStringLiteral(" · AS%1").arg(geo->asNumber);
                }
                e.detail = QStringList{geo->countryName, geo->asText}.join(QLatin1Char('\n'));
            }
        }
        e.bytes = h.counters.bytes();
        e.bytesIn = h.counters.bytesIn;
        e.bytesOut = h.counters.bytesOut;
        hosts.append(e);
    }
    m_hosts->setEntries(std::move(hosts), s.totals.ipBytes);

    QVector<TopListModel::Entry> services;
    for (size_t i = 0; i < s.topServices.size(); ++i) {
        const ServiceStat& sv = s.topServices[i];
        TopListModel::Entry e;
        e.protocol = sv.service.protocol;
        e.port = sv.service.port;
        e.name =
            protocolText(sv.service.protocol) + QLatin1Char(' ') + QString::number(sv.service.port);
        e.key = QStringLiteral("%1/%2").arg(e.protocol).arg(e.port);
        e.favoriteKey = serviceText(sv.service);
        e.bytes = sv.counters.bytes();
        e.bytesIn = sv.counters.bytesIn;
        e.bytesOut = sv.counters.bytesOut;
        services.append(e);
    }
    m_services->setEntries(std::move(services), s.totals.ipBytes);

    QVector<TopListModel::Entry> apps;
    for (size_t i = 0; s.applications && i < s.topApplications.size(); ++i) {
        const ApplicationStat& a = s.topApplications[i];
        if (a.appId == 0 || a.appId > s.applications->size()) {
            continue;
        }
        const Application& app = (*s.applications)[a.appId - 1];
        TopListModel::Entry e;
        e.appId = a.appId;
        e.key = QString::number(a.appId);
        e.favoriteKey = QString::fromStdString(programOf(app));
        e.name = ConnectionModel::applicationText(&app);
        e.programIcon = true;
        e.iconPath = app.ownerHidden ? QString() : QString::fromStdString(app.path);
        e.detail = applicationToolTip(app);
        e.bytes = a.counters.bytes();
        e.bytesIn = a.counters.bytesIn;
        e.bytesOut = a.counters.bytesOut;
        apps.append(e);
    }
    m_applications->setEntries(std::move(apps), s.totals.ipBytes);
    m_applicationsView->parentWidget()->setVisible(m_bridge && m_bridge->isLive());
}

}  // namespace flowscope::ui
