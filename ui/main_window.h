// The main window: a sidebar of pages (Start, Overview, Inspect, Applications, Notifications,
// History)
// over a stack, a toolbar for pause / resume / stop, the capture state in the status bar, the
// View → Theme menu, and the keyboard shortcuts. Errors never open a modal dialog: they show
// in a banner, once.
#pragma once

#include <QMainWindow>
#include <QString>
#include <memory>

#include "core/engine/snapshot.h"

namespace flowscope {
class GeoResolver;
struct Alert;
}  // namespace flowscope

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace flowscope::ui {

class EngineBridge;
class StartPage;
class OverviewPage;
class InspectPage;
class ApplicationsPage;
class NotificationsPage;
class HistoryPage;
class SettingsDialog;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        PageStart,
        PageOverview,
        PageInspect,
        PageApplications,
        PageNotifications,
        PageHistory,
        PageCount
    };

    explicit MainWindow(EngineBridge* bridge, QWidget* parent = nullptr);
    ~MainWindow() override;

    EngineBridge* bridge() const { return m_bridge; }
    StartPage* startPage() const { return m_start; }
    OverviewPage* overviewPage() const { return m_overview; }
    InspectPage* inspectPage() const { return m_inspect; }
    ApplicationsPage* applicationsPage() const { return m_applications; }
    NotificationsPage* notificationsPage() const { return m_notifications; }
    HistoryPage* historyPage() const { return m_history; }
    int currentPage() const;
    QString bannerText() const;
    QString stateText() const;
    // The About box's text: versions of Flowscope, Qt and libpcap, and the data credits.
    // The About box's text; with a bridge, it says where programs come from in live captures.
    static QString aboutText(const EngineBridge* bridge = nullptr);

public slots:
    void showPage(int page);
    void nextPage();
    void showNotifications();
    // Inspect filtered to what the alert is about, the window brought up ("Show").
    void showAlertTarget(const flowscope::Alert& alert);
    void openFileDialog();
    void openFile(const QString& path);
    void togglePause();
    void stopCapture();
    void showAbout();
    SettingsDialog* showSettings();
    void showError(const QString& message);
    // A notice of its own (e.g. the history recorder's) between the banner and the pages.
    void addNotice(QWidget* notice);
    // A database file chosen in the settings that cannot be used (moved, damaged): the
    // built-in one answers; the banner says so.
    void reportGeoProblems(const std::shared_ptr<flowscope::GeoResolver>& resolver);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    QWidget* createCentral();  // the sidebar, and the error banner over the page stack
    void createSidebar(QWidget* central);
    void createPages(QWidget* central);
    void createPageShortcuts();  // Ctrl+0 .. Ctrl+5
    void createBanner(QWidget* central);
    void onStateChanged();
    void onSnapshot(const SnapshotPtr& snapshot);
    void updateTitle();
    void restoreSettings();

    EngineBridge* m_bridge;
    StartPage* m_start = nullptr;
    OverviewPage* m_overview = nullptr;
    InspectPage* m_inspect = nullptr;
    ApplicationsPage* m_applications = nullptr;
    NotificationsPage* m_notifications = nullptr;
    HistoryPage* m_history = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_banner = nullptr;
    QToolButton* m_bannerClose = nullptr;
    QWidget* m_bannerBox = nullptr;
    QVBoxLayout* m_noticeArea = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_packetsLabel = nullptr;
    QLabel* m_dropsLabel = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QString m_shownWarning;   // the capture's warning already in the banner
    QString m_geoErrorShown;  // the banner's text when it reported an unusable database
};

}  // namespace flowscope::ui
