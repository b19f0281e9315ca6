// A table view on which Enter (or Return) on the current row emits activated() as a
// double-click does, on every platform (macOS's views do not do it by themselves).
#pragma once

#include <QKeyEvent>
#include <QTableView>

namespace flowscope::ui {

class ActivatingTable : public QTableView {
public:
    using QTableView::QTableView;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            currentIndex().isValid()) {
            emit activated(currentIndex());
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

}  // namespace flowscope::ui
