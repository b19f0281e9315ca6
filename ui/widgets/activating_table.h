// A table view on which Enter (or Return) on the current row emits activated() as a
// double-click does, on every platform (macOS's views do not do it by themselves), and which
// Tab leaves.
#pragma once

#include <QKeyEvent>
#include <QTableView>

namespace flowscope::ui {

// Tab leaves the table for the next widget (a QTableView keeps it, moving from cell to cell:
// a keyboard trap); the arrow keys move inside it.
class ActivatingTable : public QTableView {
public:
    explicit ActivatingTable(QWidget* parent = nullptr) : QTableView(parent) {
        setTabKeyNavigation(false);
    }

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
