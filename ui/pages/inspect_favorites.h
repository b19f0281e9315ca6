// Favorites on the Inspect page's connection table: right-click a connection to star (or
// unstar) its remote host, its service or its application, Ctrl+D stars the current row's
// host; starred hosts, services and applications show ★ in their cells.
#pragma once

#include <QVector>

#include "ui/models/connection_proxy.h"
#include "ui/widgets/star_support.h"

class QTableView;

namespace flowscope::ui {

class ConnectionModel;
class ConnectionProxy;

// What a connection row (an index of the proxy) stands for: host, service, application.
QVector<FavoriteRef> connectionFavorites(const ConnectionProxy* proxy, const ConnectionModel* model,
                                         const QModelIndex& index);
// The store's favorites as the connection proxy's "Starred only" filter takes them.
StarredSet starredSet(const FavoritesStore& store);
void installInspectFavorites(QTableView* table, ConnectionProxy* proxy, ConnectionModel* model,
                             FavoritesStore* store);

}  // namespace flowscope::ui
