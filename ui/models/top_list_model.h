// A "top N" list of the Overview page (hosts, services, later applications): one row per
// entry with its name, bytes and share of all traffic. Updated in place each snapshot: rows
// are inserted or removed only when the count changes, the rest get one dataChanged.
//
// With a FavoritesStore, starred entries (by Entry::favoriteKey) come first (in their order
// by bytes), show a star before their name, and "starred only" hides the others; the row
// limit applies after that, so a starred entry beyond the first rows still shows.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QVector>
#include <cstdint>

#include "ui/settings/favorites_store.h"

namespace flowscope::ui {

class IconProvider;

class TopListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColName, ColBytes, ColShare, ColumnCount };
    enum Role {
        ShareRole = Qt::UserRole + 1,  // double 0..1 (the share bar's length)
        RawRole,                       // qulonglong bytes (ColBytes) / double share / name
        KeyRole,                       // QString: address, or "protocol/port" for services
        ProtocolRole,                  // int IP protocol number (services), else -1
        PortRole,                      // int port (services), else -1
        AppIdRole,                     // uint application id (applications), else 0
        StarredRole,                   // bool: a favorite
        FavoriteKeyRole,               // QString Entry::favoriteKey
    };

    struct Entry {
        QString name;  // shown
        QString key;   // the address (hosts) or "protocol/port" (services)
        int protocol = -1;
        int port = -1;
        uint64_t bytes = 0;
        uint64_t bytesIn = 0;
        uint64_t bytesOut = 0;
        uint32_t appId = 0;        // applications
        QString iconPath;          // applications: the program whose icon is shown
        bool programIcon = false;  // show iconPath's icon (generic until it arrives)
        QString countryCode;       // hosts: the flag shown
        QString detail;            // extra tooltip lines (path, pids, AS, ...)
        QString favoriteKey;       // the FavoritesStore key: address, "tcp/443", program
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    explicit TopListModel(QObject* parent = nullptr);
    void setIconProvider(IconProvider* provider);  // program icons of application entries

    // Starred entries first, with a star, from `store` (null: none); `kind` is what the
    // entries' favoriteKey names.
    void setFavorites(FavoritesStore* store, FavoritesStore::Kind kind);
    void setStarredOnly(bool starredOnly);
    bool starredOnly() const { return m_starredOnly; }
    // At most this many rows (0: all), counted after the starred ones were moved first.
    void setRowLimit(int rows);
    bool isStarred(const Entry& entry) const;

    // `total` is the traffic the shares are relative to (0 = the sum of the entries shown).
    void setEntries(QVector<Entry> entries, uint64_t total);
    void clear();
    const QVector<Entry>& entries() const { return m_entries; }
    const Entry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    double shareOf(const Entry& e) const;
    void show(QVector<Entry> entries, uint64_t total);
    void rearrange() { show(m_given, m_givenTotal); }

    QVector<Entry> m_entries;
    uint64_t m_total = 0;
    IconProvider* m_icons = nullptr;
    QVector<Entry> m_given;  // as last set, before starring, filtering and the limit
    uint64_t m_givenTotal = 0;
    FavoritesStore* m_favorites = nullptr;
    FavoritesStore::Kind m_kind = FavoritesStore::Kind::Host;
    bool m_starredOnly = false;
    int m_rowLimit = 0;
    uint64_t m_starsVersion = 0;  // bumped when the favorites change
    uint64_t m_appliedStarsVersion = 0;
};

}  // namespace flowscope::ui
