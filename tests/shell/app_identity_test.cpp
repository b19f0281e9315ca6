// The application icon compiled into the app and the desktop file name it announces.
#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QtTest>

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
};

QTEST_MAIN(AppIdentityTest)
#include "app_identity_test.moc"
