// Themes as a user meets them: View → Theme lists the built-in ones and the theme files of
// the config folder (listed again at each opening), applies a choice at once and keeps it;
// a malformed file is refused with its line and changes nothing; the high-contrast theme
// outlines its controls; the charts follow the palette.
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/app_style.h"
#include "ui/settings/settings.h"
#include "ui/shell/language.h"
#include "ui/shell/theme_menu.h"
#include "ui/theme.h"
#include "ui/theme_contrast.h"
#include "ui/theme_files.h"
#include "ui/widgets/traffic_chart.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

void writeTheme(const QString& name, const QByteArray& text) {
    QDir().mkpath(themesFolder());
    QFile f(QDir(themesFolder()).filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

QAction* actionNamed(QMenu& menu, const QString& text) {
    for (QAction* a : menu.actions()) {
        if (a->text() == text) {
            return a;
        }
    }
    return nullptr;
}

const QByteArray kGood =
    "name = Sea & Sand\nbased-on = dark\nwindow = #102030\nseries-incoming = #00ff80\n"
    "status-error = #ff00ff\n";

}  // namespace

class ThemeTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;

private slots:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        ThemeManager::init();
    }

    void menuListsBuiltInsAndFilesDroppedLater() {
        ThemeMenu menu(nullptr);
        QVERIFY(actionNamed(menu, QStringLiteral("&High Contrast")));
        QVERIFY(!actionNamed(menu, QStringLiteral("Sea && Sand")));
        writeTheme(QStringLiteral("sea.theme"), kGood);
        emit menu.aboutToShow();  // the menu reads the folder each time it opens
        QAction* sea = actionNamed(menu, QStringLiteral("Sea && Sand"));
        QVERIFY(sea);
        sea->trigger();
        QCOMPARE(ThemeManager::current(), Theme::User);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x10, 0x20, 0x30));
        QVERIFY(ThemeManager::isDark());
        QCOMPARE(ThemeManager::seriesColor(Series::Incoming), QColor(0x00, 0xff, 0x80));
        QCOMPARE(ThemeManager::statusColor(StatusLevel::Error), QColor(0xff, 0x00, 0xff));
        QCOMPARE(settings::theme.value(), QStringLiteral("file:sea.theme"));
        emit menu.aboutToShow();
        QVERIFY(actionNamed(menu, QStringLiteral("Sea && Sand"))->isChecked());
    }

    void aMalformedFileIsRefusedWithItsLineAndChangesNothing() {
        writeTheme(QStringLiteral("broken.theme"), "name = Broken\n\nwindow = #12345\n");
        ThemeMenu menu(nullptr);
        QSignalSpy refused(&menu, &ThemeMenu::refused);
        ThemeManager::apply(Theme::Light);
        const QColor before = QApplication::palette().color(QPalette::Window);
        QAction* broken = actionNamed(menu, QStringLiteral("broken.theme (not valid)"));
        QVERIFY(broken);
        QVERIFY(broken->toolTip().contains(QStringLiteral("line 3")));
        broken->trigger();
        QCOMPARE(refused.count(), 1);
        const QString message = refused.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("broken.theme")) &&
                     message.contains(QStringLiteral("line 3: \"#12345\" is not a colour")),
                 qPrintable(message));
        QCOMPARE(ThemeManager::current(), Theme::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window), before);
    }

    void theRefusalIsInTheAppsLanguage() {
        writeTheme(QStringLiteral("unknown-key.theme"), "name = X\nwindows = #000\n");
        installLanguage(*QCoreApplication::instance(), QStringLiteral("de"));
        const ThemeFileEntry entry = loadThemeFile(QStringLiteral("unknown-key.theme"));
        installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY2(entry.error.contains(QStringLiteral("Zeile 2: unbekannter Schlüssel „windows“")),
                 qPrintable(entry.error));
        QVERIFY2(entry.error.startsWith(QStringLiteral("Die Designdatei unknown-key.theme")),
                 qPrintable(entry.error));
        QFile::remove(QDir(themesFolder()).filePath(QStringLiteral("unknown-key.theme")));
    }

    void contrastIsMeasuredAsWcagDoes() {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        // #777777 on white: 4.48:1, WCAG's classic example of just too faint.
        QVERIFY(std::abs(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
        // Every built-in theme passes its own check.
        for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
            ThemeManager::apply(t);
            QCOMPARE(contrastWarning(QStringLiteral("x"), QApplication::palette()), QString());
        }
    }

    void aFaintThemeIsAppliedButSaysWhichColoursAreTooClose() {
        writeTheme(QStringLiteral("fog.theme"),
                   "name = Fog\nbased-on = light\nwindow = #888888\nwindow-text = #777777\n");
        ThemeMenu menu(nullptr);
        QSignalSpy faint(&menu, &ThemeMenu::lowContrast);
        emit menu.aboutToShow();
        QAction* fog = actionNamed(menu, QStringLiteral("Fog"));
        QVERIFY(fog);
        fog->trigger();
        QCOMPARE(ThemeManager::current(), Theme::User);  // applied all the same
        QCOMPARE(faint.count(), 1);
        const QString message = faint.at(0).at(0).toString();
        QVERIFY2(message.startsWith(QStringLiteral("The theme file fog.theme is hard to read: "
                                                   "window-text on window has a contrast of "
                                                   "only 1.2:1")),
                 qPrintable(message));
        // A readable file says nothing.
        writeTheme(QStringLiteral("sea.theme"), kGood);
        emit menu.aboutToShow();
        actionNamed(menu, QStringLiteral("Sea && Sand"))->trigger();
        QCOMPARE(faint.count(), 1);
        QFile::remove(QDir(themesFolder()).filePath(QStringLiteral("fog.theme")));
        ThemeManager::apply(Theme::Light);
    }

    void aSavedFileThatIsGoneFallsBackToTheSystemThemeAndSaysSo() {
        ThemeManager::saveUser(QStringLiteral("gone.theme"));
        const QString error = ThemeManager::applySaved();
        QVERIFY2(error.contains(QStringLiteral("gone.theme")), qPrintable(error));
        QCOMPARE(ThemeManager::current(), Theme::System);
        ThemeManager::saveUser(QStringLiteral("sea.theme"));
        QCOMPARE(ThemeManager::applySaved(), QString());
        QCOMPARE(ThemeManager::current(), Theme::User);
    }

    void highContrastIsWhiteOnBlackWithOutlinedControls() {
        ThemeManager::apply(Theme::HighContrast);
        const QPalette p = QApplication::palette();
        QCOMPARE(p.color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(p.color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(p.color(QPalette::HighlightedText), QColor(Qt::black));
        QCOMPARE(QApplication::style()->objectName(), QStringLiteral("flowscope-high-contrast"));
        QCOMPARE(ThemeManager::name(Theme::HighContrast), QStringLiteral("high-contrast"));
        QCOMPARE(ThemeManager::fromName(QStringLiteral("high-contrast")), Theme::HighContrast);
        ThemeManager::apply(Theme::Light);
        QCOMPARE(QApplication::style()->objectName(), QStringLiteral("flowscope"));
    }

    // Right to left, a cell's text is isolated: a path keeps its leading slash on the left of
    // its own run ("/usr/bin/ssh", not "usr/bin/ssh/"). Left to right nothing changes.
    void rightToLeftCellsIsolateTheirText() {
        const QString path = QStringLiteral("/usr/bin/ssh");
        QCOMPARE(isolatedText(path, Qt::LeftToRight), path);
        const QString rtl = isolatedText(path, Qt::RightToLeft);
        QCOMPARE(rtl, QChar(0x2068) + path + QChar(0x2069));
        QCOMPARE(isolatedText(rtl, Qt::RightToLeft), rtl);  // once
        QCOMPARE(isolatedText(QString(), Qt::RightToLeft), QString());
        // What a table draws: the style isolates the item text it is given.
        QImage image(200, 20, QImage::Format_ARGB32);
        QPainter painter(&image);
        QStyleOptionViewItem item;
        item.rect = image.rect();
        item.direction = Qt::RightToLeft;
        item.text = path;
        item.features = QStyleOptionViewItem::HasDisplay;
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &item, &painter);
        QCOMPARE(item.text, path);  // the caller's option is left alone
    }

    void chartsFollowThePalette() {
        ThemeManager::apply(Theme::Light);
        TrafficChart chart;
        chart.show();
        QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(Qt::white));
        ThemeManager::apply(Theme::HighContrast);
        QTRY_COMPARE(chart.chart()->backgroundBrush().color(), QColor(Qt::black));
        ThemeManager::apply(Theme::Light);
    }
};

QTEST_MAIN(ThemeTest)
#include "theme_test.moc"
