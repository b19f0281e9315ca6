// A sorting proxy that puts starred rows first (in either sort order), can hide the rest
// ("Starred only"), and shows ★ before the text of one column of starred rows. A row's
// favorite key is the source model's keyRole (column 0); the FavoritesStore says whether it
// is starred.
#pragma once

#include <QSortFilterProxyModel>

#include "ui/settings/favorites_store.h"

namespace flowscope::ui {

class FavoritesProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FavoritesProxy(QObject* parent = nullptr);

    void setFavorites(FavoritesStore* store, FavoritesStore::Kind kind, int keyRole,
                      int starColumn);
    void setStarredOnly(bool starredOnly);
    bool starredOnly() const { return m_starredOnly; }
    bool isStarred(const QModelIndex& proxyIndex) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool sourceStarred(int sourceRow, const QModelIndex& sourceParent) const;

    FavoritesStore* m_store = nullptr;
    FavoritesStore::Kind m_kind = FavoritesStore::Kind::Program;
    int m_keyRole = Qt::UserRole;
    int m_starColumn = 0;
    bool m_starredOnly = false;
};

}  // namespace flowscope::ui
