#include "ui/widgets/star_support.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace flowscope::ui {

QString starActionText(const FavoritesStore& store, const FavoriteRef& ref) {
    return store.contains(ref.kind, ref.key)
               ? QCoreApplication::translate("StarSupport", "Unstar %1").arg(ref.label)
               : QCoreApplication::translate("StarSupport", "Star %1").arg(ref.label);
}

bool toggleCurrentStar(QAbstractItemView* view, FavoritesStore* store,
                       const FavoritesAt& favoritesAt) {
    const QModelIndex current = view->currentIndex();
    if (!current.isValid()) {
        return false;
    }
    const QVector<FavoriteRef> refs = favoritesAt(current);
    if (refs.isEmpty()) {
        return false;
    }
    store->toggle(refs.first().kind, refs.first().key);
    return true;
}

QModelIndex starMenuIndex(QAbstractItemView* view, const QPoint& pos) {
    const QModelIndex at = view->indexAt(pos);
    const QModelIndex current = view->currentIndex();
    if (current.isValid() && (!at.isValid() || at.row() != current.row())) {
        return current;
    }
    return at;
}

void installStarMenu(QAbstractItemView* view, FavoritesStore* store, FavoritesAt favoritesAt) {
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view,
                     [view, store, favoritesAt](const QPoint& pos) {
                         const QModelIndex index = starMenuIndex(view, pos);
                         if (!index.isValid()) {
                             return;
                         }
                         QMenu menu(view);
                         for (const FavoriteRef& ref : favoritesAt(index)) {
                             QAction* action = menu.addAction(starActionText(*store, ref));
                             QObject::connect(action, &QAction::triggered, store,
                                              [store, ref] { store->toggle(ref.kind, ref.key); });
                         }
                         if (!menu.isEmpty()) {
                             const QRect cell = view->visualRect(index);
                             const QPoint at = cell.contains(pos) ? pos : cell.center();
                             menu.exec(view->viewport()->mapToGlobal(at));
                         }
                     });
    auto* toggle = new QAction(QCoreApplication::translate("StarSupport", "Star or unstar"), view);
    toggle->setObjectName(QStringLiteral("toggleStarAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    toggle->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(toggle, &QAction::triggered, view,
                     [view, store, favoritesAt] { toggleCurrentStar(view, store, favoritesAt); });
    view->addAction(toggle);
}

StarDelegate::StarDelegate(FavoritesStore* store, std::function<bool(const QModelIndex&)> starred,
                           QAbstractItemView* view)
    : QStyledItemDelegate(view), m_starred(std::move(starred)) {
    connect(store, &FavoritesStore::changed, view->viewport(), qOverload<>(&QWidget::update));
}

void StarDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_starred(index)) {
        option->text = FavoritesStore::starPrefix() + option->text;
    }
}

QString StarDelegate::shownText(const QModelIndex& index) const {
    QStyleOptionViewItem option;
    initStyleOption(&option, index);
    return option.text;
}

QCheckBox* newStarredOnlyCheck(QWidget* parent) {
    auto* check = new QCheckBox(QCoreApplication::translate("StarSupport", "Starred only"), parent);
    check->setObjectName(QStringLiteral("starredOnlyCheck"));
    check->setToolTip(QCoreApplication::translate(
        "StarSupport", "Show only starred items (right-click an item or press Ctrl+D to star it)"));
    return check;
}

}  // namespace flowscope::ui
