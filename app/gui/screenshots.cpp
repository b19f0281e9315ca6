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
#include "ui/core_text.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/models/connection_model.h"
#include "ui/models/history_loader.h"
#include "ui/models/history_totals_model.h"
#include "ui/pages/history_page.h"
#include "ui/pages/inspect_page.h"
#include "ui/pages/start_page.h"
#include "ui/widgets/history_chart.h"

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

bool save(QWidget& widget, const QString& directory, const char* name) {
    const QString path = QDir(directory).filePath(QString::fromLatin1(name));
    if (!widget.grab().save(path)) {
        fail(QStringLiteral("cannot write %1.").arg(path));
        return false;
    }
    return true;
}

// history.png (the last 7 days by application), history-application.png (the largest
// application selected) and history-connections.png (the busiest hour's connections), when the
// history database has traffic in that range.
bool grabHistory(ui::MainWindow& window, const QString& directory) {
    ui::HistoryPage* page = window.historyPage();
    window.showPage(ui::MainWindow::PageHistory);
    page->setPreset(ui::HistoryPreset::Week);
    page->loader()->waitIdle();
    if (page->totalsModel()->rowCount() == 0) {
        std::fprintf(stderr, "flowscope: no history in %s: history.png not taken.\n",
                     qPrintable(page->database()));
        return true;
    }
    settle(400);
    if (!save(window, directory, "history.png")) {
        return false;
    }
    // Not QTableView::selectRow: right to left (Qt 6.4) it looks for the first column at the
    // viewport's far edge, finds none and selects nothing.
    QTableView* totals = page->totalsTable();
    totals->setCurrentIndex(totals->model()->index(0, 0));
    page->loader()->waitIdle();
    settle(400);
    if (!save(window, directory, "history-application.png")) {
        return false;
    }
    // The busiest bucket's connections, as a click on it lists them.
    ui::HistoryChart* chart = page->chart();
    int busiest = 0;
    double most = -1;
    for (int bucket = 0; bucket < chart->bucketCount(); ++bucket) {
        double bytes = 0;
        for (int group = 0; group < chart->groupCount(); ++group) {
            bytes += chart->shownBytes(group, bucket, true);
        }
        if (bytes > most) {
            most = bytes;
            busiest = bucket;
        }
    }
    const history::TimeRange range = chart->bucketRange(busiest);
    page->showBucket(range.since, range.until);
    page->loader()->waitIdle();
    settle(400);
    return save(window, directory, "history-connections.png");
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
                 {ui::MainWindow::PageInspect, "inspect.png"},
                 // A file has no programs: the page as it explains that (live: applications.png).
                 {ui::MainWindow::PageApplications, "applications-file.png"},
                 {ui::MainWindow::PageNotifications, "notifications.png"}};
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
        if (!save(window, directory, page.name)) {
            return;
        }
    }
    if (grabHistory(window, directory)) {
        QApplication::exit(0);
    }
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
                         ? ui::localized(*latest->error)
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
