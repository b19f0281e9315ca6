// The Inspect filter bar in one row where it fits, in two where it does not (long words in
// German or Russian at 1280 pixels): it never asks for the width of one long row.
#include <QApplication>
#include <QLayout>
#include <QVBoxLayout>
#include <QtTest>

#include "ui/models/connection_proxy.h"
#include "ui/pages/connection_filter_bar.h"

using namespace flowscope::ui;

class FilterBarTest : public QObject {
    Q_OBJECT

private slots:
    // In a window, as on the Inspect page: the window's layout gives the bar its width.
    void wrapsIntoTwoRowsWhereOneDoesNotFit() {
        ConnectionProxy proxy;
        QWidget window;
        auto* bar = new ConnectionFilterBar(&proxy);
        (new QVBoxLayout(&window))->addWidget(bar);
        window.resize(3000, 200);
        window.show();
        QTRY_VERIFY(bar->inOneRow());
        const int oneRowHeight = bar->sizeHint().height();
        const int oneRowWidth = bar->layout()->minimumSize().width();
        // The bar asks only for the wider half: the window may be narrower than one row.
        QVERIFY(window.minimumSizeHint().width() < oneRowWidth);
        window.resize(bar->minimumSizeHint().width() + 40, 200);
        QTRY_VERIFY(!bar->inOneRow());
        QVERIFY(bar->sizeHint().height() > oneRowHeight);
        QVERIFY(bar->width() < oneRowWidth);
        window.resize(3000, 200);
        QTRY_VERIFY(bar->inOneRow());
    }
};

QTEST_MAIN(FilterBarTest)
#include "filter_bar_test.moc"
