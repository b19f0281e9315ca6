#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "core/capture/adapters.h"
#include "ui/core_text.h"
#include "ui/engine_bridge.h"
#include "ui/export/export_status_label.h"
#include "ui/format.h"
#include "ui/geo_service.h"
#include "ui/history/recording_ui.h"
#include "ui/pages/applications_page.h"
#include "ui/pages/history_page.h"
#include "ui/pages/inspect_page.h"
#include "ui/pages/overview_page.h"
#include "ui/pages/start_page.h"
#include "ui/process_source_text.h"
#include "ui/settings/settings.h"
#include "ui/settings_dialog.h"
#include "ui/shell/theme_menu.h"
#include "ui/theme.h"

namespace flowscope::ui {

namespace {

bool isCapturing(EngineState state) {
    return state == EngineState::Running || state == EngineState::Paused;
}

QString stateName(EngineState state) {
    switch (state) {
        case EngineState::Idle:
            return MainWindow::tr("Idle");
        case EngineState::Running:
            return MainWindow::tr("Capturing");
        case EngineState::Paused:
            return MainWindow::tr("Paused");
        case EngineState::Finished:
            return MainWindow::tr("Finished");
        case EngineState::Failed:
            return MainWindow::tr("Failed");
        case EngineState::Stopped:
            return MainWindow::tr("Stopped");
    }
    return {};
}

}  // namespace

MainWindow::MainWindow(EngineBridge* bridge, QWidget* parent)
    : QMainWindow(parent), m_bridge(bridge) {
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    setCentralWidget(createCentral());
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_bridge, &EngineBridge::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_bridge, &EngineBridge::snapshotApplied, this, &MainWindow::onSnapshot);
    connect(m_bridge, &EngineBridge::captureFailed, this, &MainWindow::showError);
    connect(m_bridge->geo(), &GeoService::ready, this, &MainWindow::reportGeoProblems);
    if (m_bridge->geo()->resolver()) {  // already loaded before this window existed
        reportGeoProblems(m_bridge->geo()->resolver());
    }
    connect(m_bridge->geo(), &GeoService::databaseUnusable, this, [this](const QString& message) {
        showError(message + tr(" Choose another file under View → Settings…, or clear the field "
                               "to keep the built-in one."));
        m_geoErrorShown = m_banner->text();
    });
    // A database file that was replaced by a good one again: its error goes, the news stays
    // in the status bar for a while.
    connect(m_bridge->geo(), &GeoService::databaseReloaded, this, [this](const QString& message) {
        if (m_banner->text() == m_geoErrorShown) {
            m_bannerBox->hide();
        }
        m_geoErrorShown.clear();
        statusBar()->showMessage(message, 15000);
    });
    connect(m_bridge, &EngineBridge::captureStarted, this, [this] {
        m_bannerBox->hide();
        m_shownWarning.clear();
        showPage(PageOverview);
        updateTitle();
    });
    connect(m_overview, &OverviewPage::hostActivated, this, [this](const QString& address) {
        m_inspect->filterByAddress(address);
        showPage(PageInspect);
    });
    auto inspectApplication = [this](uint32_t appId) {
        m_inspect->filterByApplication(appId);
        showPage(PageInspect);
    };
    connect(m_overview, &OverviewPage::applicationActivated, this, inspectApplication);
    connect(m_applications, &ApplicationsPage::applicationActivated, this, inspectApplication);
    connect(m_overview, &OverviewPage::serviceActivated, this, [this](int protocol, int port) {
        m_inspect->filterByService(protocol, port);
        showPage(PageInspect);
    });

    attachHistoryRecording(this);  // its notice, Capture → Pause recording
    attachExportStatus(this);      // Settings → Export's word in the status bar
    resize(1200, 780);
    restoreSettings();
    onStateChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QStyle* s = style();
    m_openAction =
        new QAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open capture file…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFileDialog);

    m_pauseAction = new QAction(s->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), this);
    m_pauseAction->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(tr("Ctrl+P"))});
    m_pauseAction->setToolTip(tr("Pause or resume the capture (Space, Ctrl+P)"));
    connect(m_pauseAction, &QAction::triggered, this, &MainWindow::togglePause);

    m_stopAction = new QAction(s->standardIcon(QStyle::SP_MediaStop), tr("&Stop"), this);
    m_stopAction->setShortcut(QKeySequence(tr("Ctrl+.")));
    m_stopAction->setToolTip(tr("Stop the capture (Ctrl+.)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopCapture);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Flowscope"), this);
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    for (QAction* a : {m_openAction, m_pauseAction, m_stopAction, m_quitAction, m_aboutAction}) {
        addAction(a);  // shortcuts work whether or not menu and toolbar are visible
    }
}

QWidget* MainWindow::createCentral() {
    auto* central = new QWidget(this);
    createSidebar(central);
    createPages(central);
    createPageShortcuts();
    createBanner(central);

    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_bannerBox);
    m_noticeArea = right;  // addNotice() puts notices below the banner
    right->addWidget(m_stack, 1);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addLayout(right, 1);
    return central;
}

void MainWindow::createBanner(QWidget* central) {
    QStyle* s = style();
    m_bannerBox = new QFrame(central);
    m_bannerBox->setObjectName(QStringLiteral("errorBanner"));
    const StatusColors colors = ThemeManager::statusColors(StatusLevel::Error);
    m_bannerBox->setStyleSheet(
        QStringLiteral("#errorBanner { background-color: %1; border: 1px solid %2; "
                       "border-radius: 4px; } #errorBanner QLabel { color: %3; }")
            .arg(colors.boxBackground.name(), colors.boxBorder.name(), colors.boxText.name()));
    m_banner = new QLabel(m_bannerBox);
    m_banner->setObjectName(QStringLiteral("errorBannerText"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerClose = new QToolButton(m_bannerBox);
    m_bannerClose->setAutoRaise(true);
    m_bannerClose->setIcon(s->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_bannerClose->setToolTip(tr("Dismiss"));
    connect(m_bannerClose, &QToolButton::clicked, m_bannerBox, &QWidget::hide);
    auto* bannerLayout = new QHBoxLayout(m_bannerBox);
    bannerLayout->setContentsMargins(10, 6, 4, 6);
    auto* icon = new QLabel(m_bannerBox);
    icon->setPixmap(s->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    bannerLayout->addWidget(icon);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_bannerClose);
    m_bannerBox->hide();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_history->exportAction());  // the History page's table
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* capture = menuBar()->addMenu(tr("&Capture"));
    capture->setObjectName(QStringLiteral("captureMenu"));
    capture->addAction(m_pauseAction);
    capture->addAction(m_stopAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QString pages[PageCount] = {tr("&Start"),        tr("&Overview"),      tr("&Inspect"),
                                      tr("&Applications"), tr("&Notifications"), tr("&History")};
    const QString keys[PageCount] = {tr("Ctrl+0"), tr("Ctrl+1"), tr("Ctrl+2"),
                                     tr("Ctrl+3"), tr("Ctrl+4"), tr("Ctrl+5")};
    for (int page = 0; page < PageCount; ++page) {
        // Shown with their shortcut; the shortcuts themselves are window actions.
        QAction* a = view->addAction(pages[page] + QLatin1Char('\t') + keys[page]);
        connect(a, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    view->addSeparator();
    auto* theme = new ThemeMenu(this);
    view->addMenu(theme);
    connect(theme, &ThemeMenu::refused, this, &MainWindow::showError);
    connect(theme, &ThemeMenu::lowContrast, this, &MainWindow::showError);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    view->addSeparator();
    QAction* settings = view->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    settings->setObjectName(QStringLiteral("settingsAction"));
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Capture"));
    bar->setObjectName(QStringLiteral("captureToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAction);
    bar->addSeparator();
    bar->addAction(m_pauseAction);
    bar->addAction(m_stopAction);
}

void MainWindow::createStatusBar() {
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_packetsLabel = new QLabel(this);
    m_packetsLabel->setObjectName(QStringLiteral("packetsLabel"));
    m_dropsLabel = new QLabel(this);
    m_dropsLabel->setObjectName(QStringLiteral("dropsLabel"));
    statusBar()->addPermanentWidget(m_packetsLabel);
    statusBar()->addPermanentWidget(m_dropsLabel);
    statusBar()->addPermanentWidget(m_stateLabel);
}

int MainWindow::currentPage() const {
    return m_stack->currentIndex();
}

QString MainWindow::bannerText() const {
    return m_bannerBox->isVisibleTo(const_cast<MainWindow*>(this)) ? m_banner->text() : QString();
}

QString MainWindow::stateText() const {
    return m_stateLabel->text();
}

void MainWindow::showPage(int page) {
    if (page < 0 || page >= PageCount) {
        return;
    }
    m_sidebar->setCurrentRow(page);  // drives the stack
    m_stack->setCurrentIndex(page);
}

void MainWindow::nextPage() {
    showPage((currentPage() + 1) % PageCount);
}

void MainWindow::openFileDialog() {
    // Not an error path: choosing a file is what the user asked for.
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open capture file"), QString(),
        tr("Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::openFile(const QString& path) {
    // Through the Start page: its capture filter applies and the file joins the recent ones.
    m_start->openFile(path);
    const QString error = m_start->errorText();
    if (m_bridge->state() == EngineState::Idle && !error.isEmpty() && currentPage() != PageStart) {
        // Said once: in the banner, which every page shows, instead of the hidden Start page.
        m_start->clearError();
        showError(error);
    }
}

void MainWindow::togglePause() {
    switch (m_bridge->state()) {
        case EngineState::Running:
            m_bridge->pause();
            break;
        case EngineState::Paused:
            m_bridge->resume();
            break;
        default:
            break;
    }
}

void MainWindow::stopCapture() {
    if (isCapturing(m_bridge->state())) {
        m_bridge->stop();
    }
}

QString MainWindow::aboutText(const EngineBridge* bridge) {
    const auto processes = bridge ? bridge->processStats() : std::nullopt;
    //: The About box, after the credits: where programs come from in a live capture.
    const QString programs =
        processes ? processSourceText(*processes) : tr("Programs are found during live captures.");
    return tr("<h3>Flowscope %1</h3>"
              "<p>A network monitor: who this machine talks to, live or from a capture file.</p>"
              "<p>Built with Qt %2 (running on Qt %3).<br>Captures with %4.</p>"
              "<p><a href=\"https://db-ip.com\">IP Geolocation by DB-IP</a> (CC BY 4.0).<br>"
              "AS data by <a href=\"https://www.routeviews.org\">RouteViews</a>, "
              "<a href=\"https://www.nro.net\">NRO</a> and "
              "<a href=\"https://db-ip.com\">DB-IP</a> (CC BY 4.0).<br>"
              "Flag icons from <a href=\"https://github.com/lipis/flag-icons\">flag-icons</a> "
              "(MIT).<br>Databases read with libmaxminddb.</p>")
               .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                    QString::fromLatin1(qVersion()),
                    QString::fromStdString(pcapLibraryVersion()).toHtmlEscaped()) +
           QStringLiteral("<p>%1</p>").arg(programs.toHtmlEscaped());
}

SettingsDialog* MainWindow::showSettings() {
    auto* dialog = new SettingsDialog(m_bridge, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();  // window-modal, not blocking the event loop
    return dialog;
}

void MainWindow::showAbout() {
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Flowscope"), aboutText(m_bridge),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->open();  // window-modal, not blocking the event loop
}

void MainWindow::showError(const QString& message) {
    m_banner->setText(message);
    m_bannerBox->show();
}

void MainWindow::addNotice(QWidget* notice) {
    m_noticeArea->insertWidget(m_noticeArea->indexOf(m_bannerBox) + 1, notice);
}

void MainWindow::reportGeoProblems(const std::shared_ptr<GeoResolver>& resolver) {
    QStringList problems;
    for (GeoRole role : {GeoRole::Country, GeoRole::As}) {
        if (const Phrase error = resolver->info(role).error; !error.empty()) {
            problems << localized(error);
        }
    }
    if (!problems.isEmpty()) {
        showError(problems.join(QLatin1Char(' ')) +
                  tr(" Choose another file under View → Settings…, or clear the field to keep the "
                     "built-in one."));
    }
}

void MainWindow::onStateChanged() {
    const EngineState state = m_bridge->state();
    const bool capturing = isCapturing(state);
    m_pauseAction->setEnabled(capturing);
    m_stopAction->setEnabled(capturing);
    const bool paused = state == EngineState::Paused;
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(
        style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_stateLabel->setText(stateName(state));
    if (!m_bridge->latest()) {
        m_packetsLabel->clear();
        m_dropsLabel->clear();
    }
    updateTitle();
}

void MainWindow::onSnapshot(const SnapshotPtr& snapshot) {
    if (!snapshot) {
        return;
    }
    const uint64_t packets = snapshot->totals.packets;
    m_packetsLabel->setText(
        tr("%1 packet(s)", nullptr, pluralCount(packets)).arg(formatCount(packets)));
    const uint64_t drops = snapshot->dropped();
    m_dropsLabel->setText(tr("%1 dropped").arg(formatCount(drops)));
    m_dropsLabel->setVisible(m_bridge->isLive() || drops > 0);
    // A warning (a file cut short, a dump that lost frames) stays in view until dismissed;
    // each one is shown once, not again with every snapshot.
    const QString warning = snapshot->warningPhrase.empty()
                                ? QString::fromStdString(snapshot->warning)
                                : localized(snapshot->warningPhrase);
    if (!warning.isEmpty() && warning != m_shownWarning) {
        m_shownWarning = warning;
        showError(warning);
    }
}

void MainWindow::updateTitle() {
    QString title = QStringLiteral("Flowscope");
    const QString source = m_bridge->sourceName();
    if (m_bridge->state() != EngineState::Idle && !source.isEmpty()) {
        const QString shown = m_bridge->isLive() ? source : QFileInfo(source).fileName();
        title += QStringLiteral(" — ") + shown;
    }
    setWindowTitle(title);
}

void MainWindow::restoreSettings() {
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    m_bridge->stop();
    QMainWindow::closeEvent(event);
}

}  // namespace flowscope::ui
