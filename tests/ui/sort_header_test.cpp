// SortHeaderView keeps every label whole: a label wider than its section goes on two lines
// (broken at the space nearest its middle) and the section widens to the longer line if that
// is still needed; a label without a space widens its section; labels that fit, stretched
// sections and widths the user set are left alone. Checked against the style's own label
// rectangle, as the header paints it, offscreen.
#include <QApplication>
#include <QFontMetrics>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTest>

#include "ui/widgets/sort_header_view.h"

using flowscope::ui::SortHeaderView;

namespace {

enum Column { Name, RateIn, TotalIn, OneWord, Short, Count };

struct Table {
    QStandardItemModel model{0, Count};
    QTableView view;
    SortHeaderView* header = new SortHeaderView(Qt::Horizontal, &view);

    Table() {
        const char* labels[] = {"Anwendung", "Rate empfangen", "Gesamt empfangen",
                                "Verbindungsanzahlen", "Heute"};
        for (int c = 0; c < Count; ++c) {
            model.setHorizontalHeaderItem(c, new QStandardItem(QString::fromUtf8(labels[c])));
        }
        view.setHorizontalHeader(header);
        view.setModel(&model);
        view.setSortingEnabled(true);
        header->setSectionResizeMode(Name, QHeaderView::Stretch);
        view.resize(700, 300);
    }

    // The width the style leaves for the label of `section` (its arrow's room taken off, as if
    // every section showed the arrow), and the width the label needs there.
    std::pair<int, int> labelRoom(int section) const {
        QStyleOptionHeader option;
        option.initFrom(header);
        option.rect = QRect(0, 0, header->sectionSize(section), header->height());
        option.text = header->labelOf(section);
        option.sortIndicator = QStyleOptionHeader::SortDown;
        const QRect label =
            header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        int needed = 0;
        for (const QString& line : option.text.split(QLatin1Char('\n'))) {
            needed = std::max(needed, QFontMetrics(header->font()).horizontalAdvance(line));
        }
        return {label.width(), needed};
    }
};

}  // namespace

class SortHeaderTest : public QObject {
    Q_OBJECT
private slots:
    void longLabelsGoOnTwoLinesAndFit() {
        Table t;
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        for (int section : {RateIn, TotalIn, OneWord, Short}) {
            const auto [room, needed] = t.labelRoom(section);
            QVERIFY2(needed <= room, qPrintable(QStringLiteral("%1: needs %2 px, has %3")
                                                    .arg(t.header->labelOf(section))
                                                    .arg(needed)
                                                    .arg(room)));
        }
        QCOMPARE(t.header->labelOf(RateIn), QStringLiteral("Rate\nempfangen"));
        QCOMPARE(t.header->labelOf(TotalIn), QStringLiteral("Gesamt\nempfangen"));
        QCOMPARE(t.header->labelOf(OneWord), QStringLiteral("Verbindungsanzahlen"));
        QCOMPARE(t.header->labelOf(Short), QStringLiteral("Heute"));
        QCOMPARE(t.header->sectionSize(Short), t.header->defaultSectionSize());
        // Two lines of text fit in the header's height.
        QVERIFY(t.header->height() >= 2 * QFontMetrics(t.header->font()).lineSpacing());
    }

    void theUsersWidthsStay() {
        Table t;
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        t.header->resizeSection(TotalIn, 40);
        t.view.hide();
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        QCOMPARE(t.header->sectionSize(TotalIn), 40);
    }
};

QTEST_MAIN(SortHeaderTest)
#include "sort_header_test.moc"
