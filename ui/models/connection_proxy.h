// Sorting and filtering of ConnectionModel for 100,000 rows at 1 s ticks: instead of
// QSortFilterProxyModel's per-row dynamic re-sort (seconds a tick at that size on Qt 6.4), it
// keeps the visible rows as a sorted vector of source rows with their sort keys and, per tick,
// radix-sorts only the rows that changed and merges them back (O(n + k)), then announces one
// layout change. Rows that only went quiet are re-sorted only when that can move them (sorted
// by rate, "only active", text filter).
// All filters combine (AND).
#pragma once

#include <QAbstractProxyModel>
#include <QHash>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/base/ip_address.h"
#include "core/flow/aggregates.h"
#include "core/flow/flow.h"
#include "ui/models/radix_sort.h"

namespace flowscope::ui {

class ConnectionModel;

enum class DirectionFilter { Any, OutboundOnly, InboundOnly };  // by which side sent more

// Starred remote hosts, services and programs (executable paths, as programOf gives them).
struct StarredSet {
    std::unordered_set<IpAddress, IpAddressHash> hosts;
    std::unordered_set<ServiceKey, ServiceKeyHash> services;
    std::unordered_set<std::string> programs;
};

class ConnectionProxy : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit ConnectionProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;  // must be a ConnectionModel

    // Filters. Text: case-insensitive substring over every column's display text.
    void setTextFilter(const QString& text);
    void setProtocolFilter(int ipProtocol);  // -1 = any
    void setDirectionFilter(DirectionFilter direction);
    void setPortFilter(int port);  // -1 = any; matches either side
    // "10.0.0.0/8", "2001:db8::/32", "1.2.3.4"; returns false (and keeps the old filter) if
    // the text is not an address or CIDR. Empty clears.
    bool setAddressFilter(const QString& addressOrCidr);
    void setOnlyActive(bool onlyActive);
    // Application id (0 = any), ISO country code ("" = any, case-insensitive), AS number
    // (0 = any), domain: the host name equals it or ends with ".<domain>" ("" = any).
    void setApplicationFilter(uint32_t appId);
    void setCountryFilter(const QString& countryCode);
    void setAsFilter(uint32_t asNumber);
    void setDomainFilter(const QString& domain);
    // Only rows whose remote host, service or application is starred; null: no such filter.
    // Call again with the new set when the favorites change.
    void setStarredFilter(std::shared_ptr<const StarredSet> starred);
    bool starredFilter() const { return m_starred != nullptr; }
    uint32_t applicationFilter() const { return m_appId; }
    QString countryFilter() const { return m_country; }
    uint32_t asFilter() const { return m_asNumber; }
    QString domainFilter() const { return QString::fromStdString(m_domain); }
    void clearFilters();

    // QAbstractProxyModel
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    bool isStarred(const Flow& flow) const;    // m_starred is set
    static constexpr int kMaxRemovalRuns = 2;  // more scattered removals: one layout change

    // The next visible order: rows with their sort keys, and (when known) the rows that
    // become visible and the visible rows that are filtered out by it.
    struct Order {
        QVector<int> rows;
        QVector<quint64> keys;
        QVector<int> added;
        QVector<int> dropped;
        bool changesKnown = false;
    };

    bool accepts(int sourceRow) const;
    bool lessThan(int leftRow, int rightRow) const;
    void rebuild();  // full refilter + sort (filter or sort key changed)
    void onSourceRowsInserted(const QModelIndex& parent, int first, int last);
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onSourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void onSourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onDiffApplied();  // ConnectionModel::diffApplied: re-sort the tick's rows once
    // The three steps of onDiffApplied: the rows to place again (m_dirty, m_dirtyRows: the
    // changed, stopped and pending new rows, ascending, once each); their new keys and filter
    // results, sorted (the rows that appear or disappear go to `next`); then `next`'s order:
    // those merged with the untouched visible rows (already in order, keys kept).
    void markDirtyRows(const QVector<int>& changed, const QVector<int>& stopped);
    std::vector<KeyedRow> placeDirtyRows(Order& next) const;
    void mergeWithVisible(const std::vector<KeyedRow>& moving, Order& next) const;
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();
    // Makes `order` the visible rows: new ones inserted at the end, one layout change, then
    // the dropped ones (moved to the end) removed in one range.
    void commit(Order&& order);
    Order sortedAccepted() const;  // every accepted source row, in sort order
    void resetOrder();             // m_visible and its keys from scratch (inside a reset)
    void remap();                  // m_proxyRowOf from m_visible
    // Order-preserving 64-bit prefix of a row's sort key (in the sort order; ties are resolved
    // by lessThan), kept per visible row so the per-tick merge reads contiguous memory.
    quint64 sortKey(int sourceRow) const;
    bool keyIsExact() const;  // equal keys mean equal values (all but IPv6 endpoints)
    // Sorts by key, then (key, lessThan) for ties; `entries` in ascending row order.
    void sortEntries(std::vector<KeyedRow>& entries) const;
    int compareKeys(int leftRow, int rightRow) const;  // <0, 0, >0 on the sort column
    const QString& staticText(int sourceRow) const;    // text-filter cache (fixed columns)

    ConnectionModel* m_model = nullptr;
    QVector<int> m_visible;          // proxy row -> source row, in sort order
    QVector<quint64> m_visibleKeys;  // proxy row -> sortKey() at the last re-sort
    QVector<int> m_proxyRowOf;       // source row -> proxy row, or -1 when filtered out
    QVector<int> m_pendingNew;       // source rows appended unsorted since the last tick
    std::vector<uint64_t> m_dirty;   // per-tick bitmap of source rows to re-sort
    std::vector<int> m_dirtyRows;    // the same, ascending
    mutable std::vector<KeyedRow> m_sortScratch;
    mutable QHash<quint64, QString> m_staticText;  // flow id -> fixed columns' text
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QString m_text;
    int m_protocol = -1;
    DirectionFilter m_direction = DirectionFilter::Any;
    int m_port = -1;
    std::optional<IpAddress> m_prefix;
    int m_prefixLength = -1;
    bool m_onlyActive = false;
    uint32_t m_appId = 0;
    QString m_country;
    uint32_t m_asNumber = 0;
    std::string m_domain;  // lower case, no leading dot
    std::shared_ptr<const StarredSet> m_starred;
    // Per application id: -1 not looked at yet, 0 / 1 its program is (not) starred.
    mutable std::vector<int8_t> m_starredApps;
};

}  // namespace flowscope::ui
