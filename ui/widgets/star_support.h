// Starring from the lists and tables: a context menu ("Star host 192.0.2.1", "Unstar
// application firefox", one entry per thing a row stands for), the key Ctrl+D on the current
// row (its first thing), and a delegate that shows ★ before the text of starred cells.
#pragma once

#include <QCheckBox>
#include <QString>
#include <QStyledItemDelegate>
#include <QVector>
#include <functional>

#include "ui/settings/favorites_store.h"

class QAbstractItemView;

namespace flowscope::ui {

struct FavoriteRef {
    FavoritesStore::Kind kind = FavoritesStore::Kind::Host;
    QString key;    // as FavoritesStore keys it
    QString label;  // "host 192.0.2.1", "service tcp/443", "application firefox"
};
// What a row (the index's row) stands for; empty parts are left out.
using FavoritesAt = std::function<QVector<FavoriteRef>(const QModelIndex&)>;

// The menu entries' text: "Star host 192.0.2.1" or "Unstar host 192.0.2.1".
QString starActionText(const FavoritesStore& store, const FavoriteRef& ref);
// Installs the context menu and Ctrl+D on `view` (its contextMenuPolicy becomes
// CustomContextMenu).
// The item the star menu is about: the one at `pos` (a right click, which makes it current
// first), or the current item when the Menu key or Shift+F10 opened the menu at a point that
// is not on the current row.
QModelIndex starMenuIndex(QAbstractItemView* view, const QPoint& pos);

void installStarMenu(QAbstractItemView* view, FavoritesStore* store, FavoritesAt favoritesAt);
// Ctrl+D: toggles the current row's first favorite; returns whether one was there.
bool toggleCurrentStar(QAbstractItemView* view, FavoritesStore* store,
                       const FavoritesAt& favoritesAt);

// Puts ★ before the text of cells whose starred(index) is true; repaints its view when the
// store changes.
class StarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    StarDelegate(FavoritesStore* store, std::function<bool(const QModelIndex&)> starred,
                 QAbstractItemView* view);
    // The text the view paints for the cell.
    QString shownText(const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    std::function<bool(const QModelIndex&)> m_starred;
};

// The "Starred only" toggle of a list.
QCheckBox* newStarredOnlyCheck(QWidget* parent);

}  // namespace flowscope::ui
