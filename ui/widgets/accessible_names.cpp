#include "ui/widgets/accessible_names.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QToolButton>

namespace flowscope::ui {

void AccessibleNames::install(QApplication* app) {
    if (app->findChild<AccessibleNames*>(QString(), Qt::FindDirectChildrenOnly) == nullptr) {
        app->installEventFilter(new AccessibleNames(app));
    }
}

bool AccessibleNames::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::Polish) {
        return false;
    }
    auto* button = qobject_cast<QToolButton*>(watched);
    auto* edit = button ? qobject_cast<QLineEdit*>(button->parent()) : nullptr;
    if (edit && button->accessibleName().isEmpty()) {
        const QString field =
            edit->accessibleName().isEmpty() ? edit->placeholderText() : edit->accessibleName();
        button->setAccessibleName(field.isEmpty() ? tr("Clear") : tr("Clear %1").arg(field));
    }
    return false;
}

}  // namespace flowscope::ui
