// The History page: what was recorded into the history database (core/store) over a range —
// the last hour, today, 7 days, 30 days or a custom one, the granularity following — as a
// stacked chart of the top applications (or hosts, services, countries, networks) received
// above and sent below the axis, a sortable table of totals with icons and flags, the
// connections of a bucket clicked in the chart, and for an application selected in the table
// its use per day over a month (30 days) and its top hosts. File → Export report… writes the table.
//
// Reads run on HistoryLoader's thread; the page says "Loading…" meanwhile, and one sentence
// when there is no database yet or it cannot be read.
#pragma once

#include <QDateTime>
#include <QWidget>
#include <cstdint>
#include <functional>

#include "core/store/history_types.h"
#include "ui/models/history_range.h"

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace flowscope::ui {

class EngineBridge;
class HistoryAppDetail;
class HistoryChart;
class HistoryConnectionsModel;
class HistoryLoader;
class HistoryTotalsModel;

class HistoryPage : public QWidget {
    Q_OBJECT
public:
    static constexpr size_t kTopGroups = 8;
    static constexpr size_t kBucketConnections = 1000;
    static constexpr size_t kAppHosts = 50;
    enum Channel { ChannelOverview, ChannelBucket, ChannelApplication };

    explicit HistoryPage(EngineBridge* bridge, QWidget* parent = nullptr);
    ~HistoryPage() override;

    // The database read: the one given here, else Settings' (history/database), else the
    // default place shared with flowscope-cli.
    void setDatabase(const QString& path);
    QString database() const;
    // What "now" is (Unix seconds); tests fix it.
    void setClock(std::function<int64_t()> clock);

    void setPreset(HistoryPreset preset);
    void setCustomRange(const QDateTime& from, const QDateTime& to);
    void setDimension(history::Dimension dimension);
    HistoryPreset preset() const;
    history::Dimension dimension() const;
    HistoryRangeChoice rangeChoice() const { return m_choice; }

    // Reads the range again (also when shown, on F5 and, recomputing a preset's range, every
    // minute while in view).
    void refresh();
    // The connections of [since, until) in the Connections tab.
    void showBucket(qint64 since, qint64 until);
    // Writes the totals table as shown to `path` (CSV or JSON by its extension); "" on
    // success, else the sentence also shown in the message line.
    QString exportReport(const QString& path);
    // Asks for a file, then exportReport(); failures go to problem().
    void exportReportDialog();

    QAction* exportAction() const { return m_exportAction; }
    HistoryLoader* loader() const { return m_loader; }
    HistoryChart* chart() const { return m_chart; }
    HistoryTotalsModel* totalsModel() const { return m_totals; }
    QSortFilterProxyModel* totalsProxy() const { return m_totalsProxy; }
    QTableView* totalsTable() const { return m_totalsTable; }
    HistoryConnectionsModel* connectionsModel() const { return m_connections; }
    QTableView* connectionsTable() const { return m_connectionsTable; }
    HistoryAppDetail* appDetail() const { return m_appDetail; }
    QTabWidget* detailTabs() const { return m_tabs; }
    QString messageText() const;
    QString bucketTitle() const;

signals:
    // A sentence for the window's banner (an export that failed).
    void problem(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createControls();
    QWidget* createDetails();
    void setupTotalsTable();
    void onPresetChanged();
    void updateRange();
    void onTotalsSelection();
    void reselect(const QString& key);
    void loadApplication(const history::TotalRow& row, const QString& name);
    void setMessage(const QString& text, bool error);
    void updateLoading();

    EngineBridge* m_bridge;
    HistoryLoader* m_loader;
    std::function<int64_t()> m_clock;
    QString m_database;  // set by setDatabase(); empty: from the settings
    HistoryRangeChoice m_choice;
    bool m_hasError = false;
    bool m_quiet = false;   // the minute's refresh: no "Loading…"
    QString m_selectedKey;  // the application in the detail tab (TotalRow::key)
    QComboBox* m_preset = nullptr;
    QComboBox* m_dimension = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLabel* m_message = nullptr;
    HistoryChart* m_chart = nullptr;
    HistoryTotalsModel* m_totals = nullptr;
    QSortFilterProxyModel* m_totalsProxy = nullptr;
    QTableView* m_totalsTable = nullptr;
    HistoryConnectionsModel* m_connections = nullptr;
    QSortFilterProxyModel* m_connectionsProxy = nullptr;
    QTableView* m_connectionsTable = nullptr;
    QLabel* m_bucketLabel = nullptr;
    HistoryAppDetail* m_appDetail = nullptr;
    QTabWidget* m_tabs = nullptr;
    QAction* m_exportAction = nullptr;
    QTimer* m_refreshTimer = nullptr;
};

}  // namespace flowscope::ui
