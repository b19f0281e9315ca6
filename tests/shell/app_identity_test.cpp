// The application icon compiled into the app and the desktop file name it announces.
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QtTest>

#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/shell/app_identity.h"

using namespace flowscope::ui;

class AppIdentityTest : public QObject {
    Q_OBJECT

private slots:
    void iconHasEveryRenderedSize() {
        const QIcon icon = appIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
            // Each size is its own rendering, not a scaled neighbour.
            const QImage image = icon.pixmap(QSize(size, size)).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(image.pixelColor(size / 2, size / 2).alpha() > 0);
        }
        // The corners of the rounded tile are transparent; its centre is the lens.
        const QImage big = icon.pixmap(QSize(256, 256)).toImage();
        QCOMPARE(big.pixelColor(0, 0).alpha(), 0);
    }

    void appliesIconAndDesktopFileName() {
        applyAppIdentity();
        QCOMPARE(QGuiApplication::desktopFileName(),
                 QStringLiteral("io.github.flowscope.Flowscope"));
        QVERIFY(!QApplication::windowIcon().isNull());
        QCOMPARE(QApplication::windowIcon().availableSizes().size(), 8);
    }

    // The About box shows the application icon (from the window icon); with
    // FLOWSCOPE_SCREENSHOT_DIR set, about.png and app-icon.png (every size side by side).
    void aboutBoxShowsTheIcon() {
        applyAppIdentity();
        EngineBridge bridge;
        MainWindow window(&bridge);
        window.show();
        window.showAbout();
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowExposed(box));
        const QImage shown = box->iconPixmap().toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage expected =
            appIcon().pixmap(QSize(64, 64)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(shown.size(), expected.size());
        QCOMPARE(shown, expected);
        const QString shots = qEnvironmentVariable("FLOWSCOPE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(box->grab().save(QDir(shots).filePath(QStringLiteral("about.png"))));
            QVERIFY(iconSheet().save(QDir(shots).filePath(QStringLiteral("app-icon.png"))));
        }
        box->close();
    }

private:
    // Every rendered size side by side on a light and on a dark strip.
    static QImage iconSheet() {
        const QList<int> sizes = {16, 22, 24, 32, 48, 64, 128, 256};
        int width = 16;
        for (int size : sizes) {
            width += size + 16;
        }
        QImage sheet(width, 2 * (256 + 32), QImage::Format_ARGB32);
        QPainter painter(&sheet);
        painter.fillRect(0, 0, width, 256 + 32, QColor(0xf4, 0xf4, 0xf4));
        painter.fillRect(0, 256 + 32, width, 256 + 32, QColor(0x2b, 0x2b, 0x2b));
        for (int row = 0; row < 2; ++row) {
            int x = 16;
            for (int size : sizes) {
                painter.drawPixmap(x, row * (256 + 32) + 16 + 256 - size,
                                   appIcon().pixmap(QSize(size, size)));
                x += size + 16;
            }
        }
        return sheet;
    }
};

QTEST_MAIN(AppIdentityTest)
#include "app_identity_test.moc"
