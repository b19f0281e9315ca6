// The system tray icon and the main window's life in the background. It owns the
// QSystemTrayIcon (StatusNotifierItem on D-Bus where a watcher exists, XEmbed otherwise): the
// icon shows the capture state, the activity and unread alerts (ui/tray/tray_icon.h), the
// tooltip the live rates and the top application, and its menu drives the window and the
// capture. It also decides what closing the window does (ui/tray/close_policy.h), through an
// event filter on the window: only a close the user asked of the window system (its close
// button, Alt+F4) is subject to the policy; File → Quit and the tray's Quit always quit.
//
// Where no tray exists (checked at start and again after a delay, since panels start late)
// the icon stays hidden and closing the window quits.
#pragma once

#include <QObject>
#include <QString>
#include <functional>

#include "core/engine/snapshot.h"
#include "ui/tray/close_policy.h"
#include "ui/tray/tray_icon.h"

class QAction;
class QEvent;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace flowscope::ui {

class AdapterActivity;
class EngineBridge;
class MainWindow;

class TrayController : public QObject {
    Q_OBJECT
public:
    static constexpr int kRecheckMs = 3000;  // the second look for a tray

    TrayController(EngineBridge* bridge, MainWindow* window, QObject* parent = nullptr);
    ~TrayController() override;

    // Shows the icon when a tray exists now, else looks again after `recheckMs`.
    void start(int recheckMs = kRecheckMs);
    // `flowscope --minimized`: the window stays hidden when a tray exists now or at the second
    // look; otherwise it is shown and `shownBecause` gets the one-sentence reason.
    void startMinimized(const std::function<void(const QString&)>& shownBecause,
                        int recheckMs = kRecheckMs);
    // Whether the icon is in a tray (so the window may hide).
    bool trayAvailable() const { return m_available; }
    // Whether the second look for a tray has been taken (or was not needed).
    bool settled() const { return m_settled; }
    // Why the tray options do nothing on this desktop (one sentence, for Settings).
    static QString unavailableReason();
    // Why --minimized showed the window (one sentence, for stderr).
    static QString minimizedReason();

    QSystemTrayIcon* icon() const { return m_icon; }
    QMenu* menu() const { return m_menu; }
    QMenu* adapterMenu() const { return m_adapterMenu; }
    AdapterActivity* adapterActivity() const { return m_adapters; }
    TrayLook look() const { return m_look; }
    QString toolTip() const { return m_toolTip; }
    int unreadAlerts() const { return m_unread; }

    // What the first close asks the user (default: askCloseAction's dialog).
    void setCloseAsker(std::function<CloseAnswer(QWidget*)> asker) { m_asker = std::move(asker); }
    // Applies the close policy to one close request of the window; returns whether the window
    // may close (false: it was hidden to the tray, or the user cancelled).
    bool handleUserClose();

public slots:
    void setUnreadAlerts(int count);
    // A balloon from the tray icon, for where D-Bus notifications are unavailable; false when
    // no tray shows the icon.
    bool showMessage(const QString& title, const QString& body);
    void showWindow();
    void hideWindow();
    void toggleWindow();
    // Shows the window and asks for its Notifications page (notificationsRequested).
    void openNotifications();
    void quit();
    // Rebuilds "Switch adapter" from adapterActivity() (each time the menu opens, after the
    // adapters were listed again).
    void refreshAdapterMenu();
    void switchAdapter(const QString& name);

signals:
    // The menu's "Open Notifications" or a click on a balloon; the window is shown already.
    void notificationsRequested();
    void muteForRequested(int seconds);
    void muteUntilTomorrowRequested();
    // Ends a mute set from the tray (or a notification's "Mute this rule").
    void unmuteRequested();
    void compactToggled();
    // The tray appeared (or went) at start or at the second look.
    void availabilityChanged(bool available);
    void settledChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenu();
    void checkAvailability();
    void setAvailable(bool available);
    void updateMenu();
    void updateStatus();  // icon and tooltip from the bridge's state and latest snapshot
    void openPage(int page);

    EngineBridge* m_bridge;
    MainWindow* m_window;
    QSystemTrayIcon* m_icon;
    QMenu* m_menu;
    QMenu* m_adapterMenu = nullptr;
    AdapterActivity* m_adapters;
    QTimer* m_recheck;
    QAction* m_showAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stopAction = nullptr;
    std::function<CloseAnswer(QWidget*)> m_asker;
    TrayLook m_look;
    bool m_lookShown = false;
    qint64 m_lookChangedMs = 0;  // the activity bars change at most once a second
    QString m_toolTip;
    int m_unread = 0;
    bool m_available = false;
    bool m_settled = false;
    bool m_quitting = false;
    bool m_balloonClicked = false;  // during the event of a click on a balloon
};

}  // namespace flowscope::ui
