#include "ui/tray/tray_controller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

#include "ui/engine_bridge.h"
#include "ui/format.h"
#include "ui/main_window.h"
#include "ui/tray/tray_adapters.h"
#include "ui/tray/tray_status.h"

namespace flowscope::ui {

TrayController::TrayController(EngineBridge* bridge, MainWindow* window, QObject* parent)
    : QObject(parent),
      m_bridge(bridge),
      m_window(window),
      m_icon(new QSystemTrayIcon(this)),
      m_menu(new QMenu),
      m_adapters(new AdapterActivity(this)),
      m_recheck(new QTimer(this)),
      m_asker(&askCloseAction) {
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    createMenu();
    m_icon->setContextMenu(m_menu);
    m_recheck->setSingleShot(true);
    connect(m_recheck, &QTimer::timeout, this, [this] {
        checkAvailability();
        m_settled = true;
        emit settledChanged();
    });
    // On the XEmbed tray a click on the icon while a balloon shows emits messageClicked and
    // then Trigger: the window the balloon's click showed must not be hidden again at once.
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        m_balloonClicked = true;
        QTimer::singleShot(0, this, [this] { m_balloonClicked = false; });
        openNotifications();
    });
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger && !m_balloonClicked) {
                    toggleWindow();
                }
            });
    connect(m_bridge, &EngineBridge::stateChanged, this, &TrayController::updateStatus);
    connect(m_bridge, &EngineBridge::snapshotApplied, this, &TrayController::updateStatus);
    m_window->installEventFilter(this);
    updateStatus();
}

TrayController::~TrayController() {
    m_window->removeEventFilter(this);
    delete m_menu;  // a menu without a parent widget: QSystemTrayIcon does not own it
}

void TrayController::createMenu() {
    m_showAction = m_menu->addAction(tr("Show Window"), this, &TrayController::toggleWindow);
    m_showAction->setObjectName(QStringLiteral("trayShowAction"));
    m_menu->addSeparator();
    m_pauseAction = m_menu->addAction(tr("Pause"), m_window, &MainWindow::togglePause);
    m_pauseAction->setObjectName(QStringLiteral("trayPauseAction"));
    m_stopAction = m_menu->addAction(tr("Stop"), m_window, &MainWindow::stopCapture);
    m_stopAction->setObjectName(QStringLiteral("trayStopAction"));
    m_adapterMenu = m_menu->addMenu(tr("Switch Adapter"));
    m_adapterMenu->setObjectName(QStringLiteral("trayAdapterMenu"));
    m_menu->addSeparator();
    m_menu->addAction(tr("Open Overview"), this, [this] { openPage(MainWindow::PageOverview); })
        ->setObjectName(QStringLiteral("trayOverviewAction"));
    m_menu
        ->addAction(tr("Open Applications"), this,
                    [this] { openPage(MainWindow::PageApplications); })
        ->setObjectName(QStringLiteral("trayApplicationsAction"));
    m_menu->addAction(tr("Open Notifications"), this, &TrayController::openNotifications)
        ->setObjectName(QStringLiteral("trayNotificationsAction"));
    QMenu* mute = m_menu->addMenu(tr("Mute Notifications"));
    mute->setObjectName(QStringLiteral("trayMuteMenu"));
    mute->addAction(tr("For 1 Hour"), this, [this] { emit muteForRequested(3600); })
        ->setObjectName(QStringLiteral("trayMuteHourAction"));
    mute->addAction(tr("Until Tomorrow"), this, &TrayController::muteUntilTomorrowRequested)
        ->setObjectName(QStringLiteral("trayMuteTomorrowAction"));
    mute->addSeparator();
    mute->addAction(tr("Unmute"), this, &TrayController::unmuteRequested)
        ->setObjectName(QStringLiteral("trayUnmuteAction"));
    m_menu->addAction(tr("Compact Window"), this, &TrayController::compactToggled)
        ->setObjectName(QStringLiteral("trayCompactAction"));
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayController::quit)
        ->setObjectName(QStringLiteral("trayQuitAction"));
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        updateMenu();
        m_adapters->start();  // adapters plugged in since the last look
        refreshAdapterMenu();
    });
    updateMenu();
}

void TrayController::start(int recheckMs) {
    m_adapters->start();
    checkAvailability();
    if (!m_available && recheckMs > 0) {
        m_recheck->start(recheckMs);  // a panel that starts with the session may come later
    } else {
        m_settled = true;
        emit settledChanged();
    }
}

void TrayController::startMinimized(const std::function<void(const QString&)>& shownBecause,
                                    int recheckMs) {
    auto decide = [this, shownBecause] {
        if (!m_available && !m_window->isVisible()) {
            showWindow();
            if (shownBecause) {
                shownBecause(minimizedReason());
            }
        }
    };
    start(recheckMs);
    if (m_settled) {
        decide();
    } else {
        connect(this, &TrayController::settledChanged, this, decide, Qt::SingleShotConnection);
    }
}

QString TrayController::unavailableReason() {
    return tr(
        "This desktop has no system tray (GNOME needs the AppIndicator extension), so "
        "closing the window quits Flowscope.");
}

QString TrayController::minimizedReason() {
    return tr(
        "This desktop has no system tray (GNOME needs the AppIndicator extension), so "
        "the window is shown instead of starting minimized.");
}

void TrayController::checkAvailability() {
    setAvailable(QSystemTrayIcon::isSystemTrayAvailable());
}

void TrayController::setAvailable(bool available) {
    if (available == m_available) {
        return;
    }
    m_available = available;
    m_icon->setVisible(available);
    // With a tray the app lives on while the window is hidden; it quits through quit() or a
    // close the policy lets through (see eventFilter).
    QApplication::setQuitOnLastWindowClosed(!available);
    emit availabilityChanged(available);
}

bool TrayController::showMessage(const QString& title, const QString& body) {
    if (!m_available || !QSystemTrayIcon::supportsMessages()) {
        return false;
    }
    m_icon->showMessage(title, body, m_icon->icon(), 10000);
    return true;
}

void TrayController::setUnreadAlerts(int count) {
    m_unread = std::max(0, count);
    updateStatus();
}

void TrayController::showWindow() {
    if (m_window->isMinimized()) {
        m_window->showNormal();
    } else {
        m_window->show();
    }
    m_window->raise();
    m_window->activateWindow();
    updateMenu();
}

void TrayController::hideWindow() {
    m_window->hide();
    updateMenu();
}

void TrayController::toggleWindow() {
    if (m_window->isVisible() && !m_window->isMinimized()) {
        hideWindow();
    } else {
        showWindow();
    }
}

void TrayController::openPage(int page) {
    m_window->showPage(page);
    showWindow();
}

void TrayController::openNotifications() {
    showWindow();
    emit notificationsRequested();  // the page itself belongs to the notifications code
}

void TrayController::quit() {
    m_quitting = true;
    m_window->close();  // saves the window's geometry and stops the capture
    QCoreApplication::quit();
}

void TrayController::updateMenu() {
    const bool shown = m_window->isVisible() && !m_window->isMinimized();
    m_showAction->setText(shown ? tr("Hide Window") : tr("Show Window"));
    const EngineState state = m_bridge->state();
    m_pauseAction->setText(state == EngineState::Paused ? tr("Resume") : tr("Pause"));
    m_pauseAction->setEnabled(state == EngineState::Running || state == EngineState::Paused);
    m_stopAction->setEnabled(state == EngineState::Running || state == EngineState::Paused);
}

void TrayController::refreshAdapterMenu() {
    m_adapterMenu->clear();
    const bool live = m_bridge->isLive() && (m_bridge->state() == EngineState::Running ||
                                             m_bridge->state() == EngineState::Paused);
    for (const AdapterChoice& choice : m_adapters->choices()) {
        QString text = choice.label;
        if (choice.bytesPerSecond > 0) {
            text =
                tr("%1 — %2").arg(choice.label, formatRate(choice.bytesPerSecond, RateUnit::Bytes));
        }
        QAction* action = m_adapterMenu->addAction(text);
        action->setData(choice.name);
        if (live && m_bridge->sourceName() == choice.name) {
            action->setCheckable(true);  // only the adapter captured now shows a check mark
            action->setChecked(true);
        }
        const QString name = choice.name;
        connect(action, &QAction::triggered, this, [this, name] { switchAdapter(name); });
    }
    if (m_adapterMenu->isEmpty()) {
        QAction* none = m_adapterMenu->addAction(
            m_adapters->error().isEmpty() ? tr("No adapters") : m_adapters->error());
        none->setEnabled(false);
    }
}

void TrayController::switchAdapter(const QString& name) {
    const QString error = m_bridge->startLive(name);
    if (error.isEmpty()) {
        return;
    }
    m_window->showError(error);
    if (!m_window->isVisible()) {
        showMessage(tr("Cannot capture on %1").arg(name), error);
    }
}

void TrayController::updateStatus() {
    const EngineState state = m_bridge->state();
    const SnapshotPtr snapshot = m_bridge->latest();
    TrayLook look;
    look.state = trayStateOf(state);
    look.alert = m_unread > 0;
    if (look.state == TrayState::Capturing && snapshot) {
        const TrayRates rates = trayRates(*snapshot);
        look.level = activityLevel(rates.inPerSecond + rates.outPerSecond);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_lookShown || iconNeedsRedraw(m_look, look, now - m_lookChangedMs)) {
        m_look = look;
        m_lookShown = true;
        m_lookChangedMs = now;
        m_icon->setIcon(trayIcon(look));
    }
    const QString tip = trayToolTip(state, m_bridge->sourceName(), snapshot.get(), m_unread);
    if (tip != m_toolTip) {
        m_toolTip = tip;
        m_icon->setToolTip(tip);
    }
    updateMenu();
}

bool TrayController::handleUserClose() {
    CloseOutcome outcome = closeOutcome(storedCloseAction(), m_available);
    if (outcome == CloseOutcome::AskUser) {
        const CloseAnswer answer = m_asker(m_window);
        if (answer.action == CloseAction::Ask) {
            return false;  // cancelled: the window stays
        }
        if (answer.remember) {
            storeCloseAction(answer.action);
        }
        outcome =
            answer.action == CloseAction::Tray ? CloseOutcome::HideToTray : CloseOutcome::Quit;
        if (outcome == CloseOutcome::HideToTray) {
            // Said once, right after the choice: where the window went and how to quit.
            showMessage(tr("Flowscope keeps monitoring"),
                        tr("Its tray icon brings the window back; Quit is in its menu."));
        }
    }
    if (outcome == CloseOutcome::HideToTray) {
        hideWindow();
        return false;
    }
    return true;
}

bool TrayController::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_window || event->type() != QEvent::Close) {
        return QObject::eventFilter(watched, event);
    }
    // A spontaneous close comes from the window system (close button, Alt+F4); File → Quit
    // and quit() close the window themselves and always quit.
    if (event->spontaneous() && !m_quitting && !handleUserClose()) {
        event->ignore();
        return true;
    }
    if (!QApplication::quitOnLastWindowClosed()) {
        // The tray keeps the app alive on its own, so the window's close must end it.
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }
    return false;
}

}  // namespace flowscope::ui
