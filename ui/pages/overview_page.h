// The Overview page: live traffic chart, capture totals and the top lists (applications with
// their icons, hosts with name, flag and AS, services),
// all refreshed from each snapshot the bridge applies.
#pragma once

#include <QWidget>
#include <cstdint>

#include "core/engine/snapshot.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QTableView;

namespace flowscope::ui {

class EngineBridge;
class TopListModel;
class TrafficChart;

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTopRows = 10;

    explicit OverviewPage(EngineBridge* bridge, QWidget* parent = nullptr);

    TrafficChart* chart() const { return m_chart; }
    TopListModel* hostsModel() const { return m_hosts; }
    TopListModel* servicesModel() const { return m_services; }
    TopListModel* applicationsModel() const { return m_applications; }
    QTableView* applicationsView() const { return m_applicationsView; }
    QTableView* hostsView() const { return m_hostsView; }
    QTableView* servicesView() const { return m_servicesView; }
    QCheckBox* starredOnlyCheck() const { return m_starredOnly; }

signals:
    void hostActivated(const QString& address);
    void serviceActivated(int ipProtocol, int port);
    void applicationActivated(uint32_t appId);

private:
    void applySnapshot(const SnapshotPtr& snapshot);
    void updateTopLists(const EngineSnapshot& snapshot);  // hosts, services, applications
    void resetView();
    // Parts of the constructor: the totals row, the chart's title and unit selector, the top
    // lists and their clicks.
    void createTotals();
    QHBoxLayout* createChartHeader();
    void createTopLists();
    void connectTopLists();
    void connectFavorites();
    QLabel* addTotal(int column, const QString& title, const QString& objectName,
                     const QString& toolTip);
    // A titled top list; further lists (applications) are added to m_listsLayout the same way.
    QTableView* addTopList(TopListModel* model, const QString& title, const QString& objectName);

    EngineBridge* m_bridge;
    TrafficChart* m_chart;
    QComboBox* m_unit;
    QGridLayout* m_totalsLayout;
    QHBoxLayout* m_listsLayout;
    QLabel* m_bytesIn;
    QLabel* m_bytesOut;
    QLabel* m_packets;
    QLabel* m_dropped;
    QLabel* m_duration;
    QLabel* m_packetRate;
    QLabel* m_flows;
    TopListModel* m_hosts;
    TopListModel* m_services;
    TopListModel* m_applications;
    QCheckBox* m_starredOnly;
    QTableView* m_applicationsView;
    QTableView* m_hostsView;
    QTableView* m_servicesView;
    uint64_t m_lastSequence = 0;
};

}  // namespace flowscope::ui
