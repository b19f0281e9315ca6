// The connection table of the Inspect page: one row per flow, updated from the engine's
// per-tick diff in batches (one beginInsertRows for all new rows, dataChanged merged into
// ranges). Every cell has a display role and a raw-value role (RawRole) for sorting and
// filtering; what each column shows for each role is one entry of a column table
// (connection_model_columns.cpp).
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QString>
#include <QTimer>
#include <QVector>
#include <memory>
#include <unordered_map>
#include <vector>

#include "core/engine/snapshot.h"
#include "core/flow/flow.h"
#include "ui/models/flow_row_index.h"

namespace flowscope {
class GeoResolver;
}

namespace flowscope::ui {

class IconProvider;

// Country and AS of a remote address, annotated once per address (not per tick).
struct GeoInfo {
    QString countryCode;  // "US"; empty when unknown
    QString countryName;
    uint32_t asNumber = 0;
    QString asOrganization;
    QString asText;  // "AS15169 Google LLC"; empty when unknown
};

class ConnectionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColProtocol,
        ColLocal,    // address:port
        ColRemote,   // address:port
        ColService,  // the service's port number (Flow::servicePort)
        ColBytesIn,
        ColBytesOut,
        ColPacketsIn,
        ColPacketsOut,
        ColRateIn,  // bytes/s during the last interval
        ColRateOut,
        ColFirstSeen,
        ColLastSeen,
        // Shown first by the Inspect page (the view moves the sections); appended here so the
        // columns above keep their numbers.
        ColApplication,  // icon + name; RawRole: the name ("" when unknown)
        ColHost,         // the remote end's host name; RawRole: the name
        ColCountry,      // flag + ISO code; RawRole: the code
        ColAs,           // "AS15169 Google LLC"; RawRole: qulonglong AS number
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1,  // sortable raw value: qulonglong, double, QString, ...
        FlowIdRole,                  // qulonglong flow id
        ActiveRole,                  // bool: saw traffic in the last interval
    };

    explicit ConnectionModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Applies one tick: new rows appended in one insert, changed rows updated and announced as
    // dataChanged ranges (neighbouring ranges less than kCoalesceGap rows apart are merged),
    // removed flows taken out (contiguous ranges). `intervalNs` is the capture time the diff
    // covers (for the rate columns).
    void applyDiff(const EngineDiff& diff, int64_t intervalNs);
    void clear();

    // The snapshot's application and host-name tables (set before applyDiff with the same
    // snapshot; null when the capture has none).
    void setTables(std::shared_ptr<const std::vector<Application>> applications,
                   std::shared_ptr<const std::vector<HostName>> hostnames);
    // Program icons for the application column (may be null: no icons).
    void setIconProvider(IconProvider* provider);
    // Country and AS of remote addresses: every row is annotated again (null: none).
    void setGeoResolver(std::shared_ptr<GeoResolver> resolver);
    GeoResolver* geoResolver() const { return m_geoResolver.get(); }

    // The application (null when unknown), host name (null when none) and geo annotation
    // (null when none) of a row or of an id.
    const Application* application(uint32_t appId) const;
    const Application* applicationAt(int row) const { return application(flowAt(row).appId); }
    const HostName* hostName(uint32_t nameId) const;
    const HostName* hostNameAt(int row) const { return hostName(flowAt(row).nameId); }
    const GeoInfo* geoAt(int row) const {
        const int g = m_rows[row].geo;
        return g >= 0 ? &m_geo[g] : nullptr;
    }
    const GeoInfo* geoOf(const IpAddress& address);  // annotates once; null without resolver
    // The host name last seen for a remote address ("" when none).
    QString hostNameForAddress(const IpAddress& address) const;
    // Sort strings of the application and host columns (UTF-8; "" when none).
    const std::string& applicationSortName(int row) const;
    const std::string& hostSortName(int row) const;
    // Display text of the application column for an application (null: unknown).
    static QString applicationText(const Application* application);

    static constexpr int kCoalesceGap = 32;
    // Geo lookups (country + AS of a remote address not seen before) per slice of GUI-thread
    // time: a tick does at most this many; the rest follow in further slices between ticks.
    static constexpr int kGeoLookupsPerSlice = 128;
    int pendingGeoLookups() const { return int(m_geoPending.size() - m_geoPendingNext); }
    // More removed ranges than this in one tick: moved to the end in one layout change and
    // removed as one range (see removeScattered).
    static constexpr int kMaxRemovalRuns = 2;

    const Flow& flowAt(int row) const { return m_rows[row].flow; }
    int rowOfFlow(uint64_t id) const {
        const int row = m_rowOf.find(id);
        return row < m_rows.size() ? row : -1;
    }
    // Rates of the last interval, bytes per second (0 for a flow without traffic in it, and
    // when ratesShown() is false).
    double rateIn(int row) const {
        return m_ratesShown && isActive(row) ? m_rows[row].rateIn : 0.0;
    }
    double rateOut(int row) const {
        return m_ratesShown && isActive(row) ? m_rows[row].rateOut : 0.0;
    }
    // Rates are live values: a capture file is read much faster than its own time passes, and
    // its snapshots are throttled by wall time, so the traffic of a file's "last interval" is
    // an average over an arbitrary stretch of file time (for a file read in one go, the whole
    // file). For files the rate columns show "—" (and sort as 0); the Overview chart shows a
    // file's rate over time. Set by EngineBridge when a capture starts (default: shown).
    void setRatesShown(bool shown);
    bool ratesShown() const { return m_ratesShown; }
    bool isActive(int row) const { return m_rows[row].activeTick == m_tick; }

    // Rows (ascending) of the last applyDiff whose flow values changed; and the rows whose only
    // change was going quiet (rates to 0, no longer active). For the proxy.
    const QVector<int>& lastChangedRows() const { return m_lastChanged; }
    const QVector<int>& lastStoppedRows() const { return m_lastStopped; }
    // While layoutChanged is emitted for a removal (and only then): old row -> new row.
    const std::vector<int>& movedRows() const { return m_newRowOf; }

signals:
    // Emitted at the end of applyDiff(), after all of the tick's row and data signals (the
    // proxy re-sorts the changed rows once per tick on it).
    void diffApplied();
    // Country/AS of rows were annotated again (a new geo resolver): the proxy re-sorts and
    // re-filters.
    void annotationsChanged();

private:
    // What each column shows for each role (connection_model_columns.cpp).
    struct ColumnSpec;
    static const ColumnSpec kColumns[];
    static const ColumnSpec& columnSpec(int column);
    QVariant endpointToolTip(int row, Column column) const;  // ColLocal or ColRemote
    QVariant rateText(int row, Column column) const;         // ColRateIn or ColRateOut
    QVariant rateToolTip() const;
    QVariant rateHeaderToolTip() const;

    struct Row {
        Flow flow;
        double rateIn = 0;  // valid while activeTick == m_tick
        double rateOut = 0;
        uint64_t activeTick = 0;  // the last tick with traffic: a quiet row needs no write
        int geo = -1;             // index into m_geo, -1 when not annotated
    };
    // m_geo index of an address; -1 for none; kGeoPending when this slice's budget is spent.
    static constexpr int kGeoPending = -2;
    int geoIndex(const IpAddress& address);
    void annotateGeo(Row& row);
    void drainGeo();
    void noteName(const Flow& flow);
    void emitRenamed();
    void removeFlows(const std::vector<Flow>& removed);
    void removeScattered(const QVector<int>& removedRows);
    void renumberFrom(int firstRow);  // the id index for rows firstRow..end
    void updateFlows(const std::vector<Flow>& changed, double seconds);
    void addFlows(const std::vector<Flow>& added, double seconds);
    void setRates(Row& row, double seconds) const;
    void emitChanged();

    QVector<Row> m_rows;
    FlowRowIndex m_rowOf;
    uint64_t m_tick = 1;
    bool m_ratesShown = true;
    QVector<int> m_lastChanged;
    QVector<int> m_lastStopped;
    QVector<int> m_activeRows;      // rows active in the current tick, ascending
    std::vector<uint64_t> m_marks;  // one bit per row, all clear between ticks
    std::vector<int> m_scratch;
    std::vector<int> m_newRowOf;  // during a removal's layout change only

    std::shared_ptr<const std::vector<Application>> m_applications;
    std::shared_ptr<const std::vector<HostName>> m_hostnames;
    IconProvider* m_icons = nullptr;
    std::shared_ptr<GeoResolver> m_geoResolver;
    QVector<GeoInfo> m_geo;
    int m_geoBudget = kGeoLookupsPerSlice;
    std::vector<uint64_t> m_geoPending;  // flow ids waiting for a lookup, oldest first
    size_t m_geoPendingNext = 0;
    QTimer* m_geoTimer = nullptr;
    std::unordered_map<IpAddress, int, IpAddressHash> m_geoOf;
    std::unordered_map<IpAddress, uint32_t, IpAddressHash> m_nameOfAddress;
    QVector<int> m_renamed;  // rows whose application or host name changed this tick
};

// "name\npid 1, 2\npath /usr/bin/x\nuser alice" (or why a hidden owner is hidden).
QString applicationToolTip(const Application& application);
// The flag of an ISO country code from the resources (null icon when there is none).
QIcon flagIcon(const QString& countryCode);
// What an icon in a table says, for a screen reader (Qt::AccessibleDescriptionRole of the
// cell): "Flag of Germany", "Program icon of firefox". Empty for an empty name or code.
QString flagDescription(const QString& countryCode);
QString programIconDescription(const QString& program);

}  // namespace flowscope::ui
