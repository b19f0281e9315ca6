#include "app/gui/screenshots.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <cstdio>

#include "ui/compact/compact_window.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/models/connection_model.h"
#include "ui/pages/inspect_page.h"
#include "ui/pages/start_page.h"

namespace flowscope::app {

namespace {

constexpr int kExitCannotRead = 3;
constexpr int kSparklineReadings = 20;

void fail(const QString& message) {
    std::fprintf(stderr, "flowscope: %s\n", qPrintable(message));
    QApplication::exit(kExitCannotRead);
}

// Lets layouts, charts and the models settle before a grab (an event loop, not a busy wait).
void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void grabAll(ui::MainWindow& window, const QString& directory) {
    if (!QDir().mkpath(directory)) {
        fail(QStringLiteral("cannot create the directory %1.").arg(directory));
        return;
    }
    window.resize(1280, 800);
    settle(200);
    const struct {
        int page;
        const char* name;
    } pages[] = {{ui::MainWindow::PageStart, "start.png"},
                 {ui::MainWindow::PageOverview, "overview.png"},
                 {ui::MainWindow::PageInspect, "inspect.png"}};
    for (const auto& page : pages) {
        window.showPage(page.page);
        if (page.page == ui::MainWindow::PageStart) {
            // The adapters' sparklines read the counters once a second while the page is
            // shown: wait for twenty real readings (at most 30 s) so they show activity.
            QElapsedTimer waited;
            waited.start();
            while (window.startPage()->activitySamples() >= 0 &&
                   window.startPage()->activitySamples() < kSparklineReadings &&
                   waited.elapsed() < 30000) {
                settle(100);
            }
        }
        if (page.page == ui::MainWindow::PageInspect) {
            // Largest first, so the selected first row is a connection worth showing.
            window.inspectPage()->table()->horizontalHeader()->setSortIndicator(
                ui::ConnectionModel::ColBytesIn, Qt::DescendingOrder);
            window.inspectPage()->selectRow(0);
            window.inspectPage()->table()->setFocus();
        }
        settle(400);
        const QString path = QDir(directory).filePath(QString::fromLatin1(page.name));
        if (!window.grab().save(path)) {
            fail(QStringLiteral("cannot write %1.").arg(path));
            return;
        }
    }
    QApplication::exit(0);
}

void grabLive(ui::MainWindow& window, const QString& directory) {
    if (!QDir().mkpath(directory)) {
        fail(QStringLiteral("cannot create the directory %1.").arg(directory));
        return;
    }
    const struct {
        int page;
        const char* name;
    } pages[] = {{ui::MainWindow::PageOverview, "overview-applications.png"},
                 {ui::MainWindow::PageApplications, "applications.png"},
                 {ui::MainWindow::PageInspect, "inspect-applications.png"}};
    for (const auto& page : pages) {
        window.showPage(page.page);
        if (page.page == ui::MainWindow::PageInspect) {
            window.inspectPage()->table()->horizontalHeader()->setSortIndicator(
                ui::ConnectionModel::ColBytesIn, Qt::DescendingOrder);
            window.inspectPage()->selectRow(0);
        }
        settle(600);  // icons arrive from the worker thread
        const QString path = QDir(directory).filePath(QString::fromLatin1(page.name));
        if (!window.grab().save(path)) {
            fail(QStringLiteral("cannot write %1.").arg(path));
            return;
        }
    }
    // The compact window (CompactWindow::attach made it): shown in place of the main window.
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (auto* compact = qobject_cast<ui::CompactWindow*>(top)) {
            compact->showCompact();
            settle(600);
            const QString path = QDir(directory).filePath(QStringLiteral("compact-window.png"));
            if (!compact->grab().save(path)) {
                fail(QStringLiteral("cannot write %1.").arg(path));
                return;
            }
            compact->returnToMainWindow();
        }
    }
    window.bridge()->stop();
    QApplication::exit(0);
}

}  // namespace

bool scheduleLiveScreenshots(ui::MainWindow& window, const QString& interface,
                             const QString& directory) {
    const QString error = window.bridge()->startLive(interface);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "flowscope: %s\n", qPrintable(error));
        return false;
    }
    bool ok = false;
    int seconds = qEnvironmentVariableIntValue("FLOWSCOPE_SCREENSHOT_SECONDS", &ok);
    if (!ok || seconds <= 0) {
        seconds = 6;
    }
    QTimer::singleShot(seconds * 1000, &window,
                       [&window, directory] { grabLive(window, directory); });
    return true;
}

bool scheduleScreenshots(ui::MainWindow& window, const QString& file, const QString& directory) {
    ui::EngineBridge* bridge = window.bridge();
    auto onState = [&window, bridge, directory] {
        switch (bridge->state()) {
            case EngineState::Finished:
                // After the last (coalesced) chart redraw.
                QTimer::singleShot(500, &window,
                                   [&window, directory] { grabAll(window, directory); });
                break;
            case EngineState::Failed: {
                const SnapshotPtr latest = bridge->latest();
                fail(latest && latest->error
                         ? QString::fromStdString(latest->error->message)
                         : QStringLiteral("the capture file could not be read."));
                break;
            }
            default:
                break;
        }
    };
    QObject::connect(bridge, &ui::EngineBridge::stateChanged, &window, onState);
    const QString error = bridge->openFile(file);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "flowscope: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

}  // namespace flowscope::app
