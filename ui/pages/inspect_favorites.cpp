#include "ui/pages/inspect_favorites.h"

#include <QCoreApplication>
#include <QTableView>

#include "core/alerts/rules.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"
#include "ui/settings/rule_settings.h"

namespace flowscope::ui {

namespace {

// A translation context lupdate can see (tr() of a class).
class InspectFavorites {
    Q_DECLARE_TR_FUNCTIONS(InspectFavorites)
};

// The source row of a proxy index, or -1.
int sourceRow(const ConnectionProxy* proxy, const QModelIndex& index) {
    const QModelIndex source = proxy->mapToSource(index);
    return source.isValid() ? source.row() : -1;
}

}  // namespace

StarredSet starredSet(const FavoritesStore& store) {
    StarredSet set;
    for (const QString& host : store.items(FavoritesStore::Kind::Host)) {
        if (const auto address = IpAddress::parse(host.toStdString())) {
            set.hosts.insert(*address);
        }
    }
    for (const QString& service : store.items(FavoritesStore::Kind::Service)) {
        if (const auto key = parseService(service)) {
            set.services.insert(*key);
        }
    }
    for (const QString& program : store.items(FavoritesStore::Kind::Program)) {
        set.programs.insert(program.toStdString());
    }
    return set;
}

QVector<FavoriteRef> connectionFavorites(const ConnectionProxy* proxy, const ConnectionModel* model,
                                         const QModelIndex& index) {
    QVector<FavoriteRef> refs;
    const int row = sourceRow(proxy, index);
    if (row < 0) {
        return refs;
    }
    const Flow& flow = model->flowAt(row);
    const QString host = QString::fromStdString(flow.remote().address.toString());
    refs.append({FavoritesStore::Kind::Host, host, InspectFavorites::tr("host %1").arg(host)});
    if (flow.key.hasPorts && flow.servicePort() != 0) {
        const QString service = serviceText({flow.key.protocol, flow.servicePort()});
        refs.append({FavoritesStore::Kind::Service, service,
                     InspectFavorites::tr("service %1").arg(service)});
    }
    if (const Application* app = model->applicationAt(row)) {
        const QString program = QString::fromStdString(programOf(*app));
        if (!program.isEmpty()) {
            refs.append({FavoritesStore::Kind::Program, program,
                         InspectFavorites::tr("application %1")
                             .arg(ConnectionModel::applicationText(app))});
        }
    }
    return refs;
}

void installInspectFavorites(QTableView* table, ConnectionProxy* proxy, ConnectionModel* model,
                             FavoritesStore* store) {
    installStarMenu(table, store, [proxy, model](const QModelIndex& index) {
        return connectionFavorites(proxy, model, index);
    });
    const struct {
        int column;
        FavoritesStore::Kind kind;
    } starred[] = {{ConnectionModel::ColRemote, FavoritesStore::Kind::Host},
                   {ConnectionModel::ColService, FavoritesStore::Kind::Service},
                   {ConnectionModel::ColApplication, FavoritesStore::Kind::Program}};
    for (const auto& cell : starred) {
        const auto kind = cell.kind;
        auto isStarred = [proxy, model, store, kind](const QModelIndex& index) {
            for (const FavoriteRef& ref : connectionFavorites(proxy, model, index)) {
                if (ref.kind == kind) {
                    return store->contains(kind, ref.key);
                }
            }
            return false;
        };
        table->setItemDelegateForColumn(cell.column, new StarDelegate(store, isStarred, table));
    }
}

}  // namespace flowscope::ui
