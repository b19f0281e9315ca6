// Desktop notifications over the freedesktop.org Notifications D-Bus interface
// (org.freedesktop.Notifications on the session bus: GNOME Shell, KDE Plasma, dunst,
// xfce4-notifyd, ...), with the actions "Show" and "Mute this rule". Every call is
// asynchronous: the GUI thread never waits for the bus. Where Qt has no D-Bus (Windows, macOS)
// or no server answers, unavailable() asks for the fallback (the tray's balloon).
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "core/alerts/alert.h"

namespace flowscope::ui {

class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    // The notification's action keys. "default" is what servers invoke when the
    // notification itself is clicked; it shows the alert too.
    static constexpr const char* kShowAction = "show";
    static constexpr const char* kMuteAction = "mute";
    static constexpr const char* kDefaultAction = "default";
    static constexpr const char* kSoundName = "message-new-instant";

    explicit DesktopNotifier(QObject* parent = nullptr);

    // Sends the alert to the notification server; `sound` adds the sound-name hint.
    void notify(const flowscope::Alert& alert, bool sound);

    // The arguments of the Notify call, in order (app_name, replaces_id, app_icon, summary,
    // body, actions, hints, expire_timeout).
    static QVariantList notifyArguments(const flowscope::Alert& alert, bool sound);

signals:
    // The server shows it under this id.
    void shown(uint id);
    // No server (no session bus, nobody owns the name, or Qt without D-Bus), or it refused
    // the call: `reason` is one sentence for the log.
    void unavailable(const flowscope::Alert& alert, const QString& reason);
    // The user chose "Show" (or clicked the notification).
    void showInvoked(const flowscope::Alert& alert);
    // The user chose "Mute this rule".
    void muteInvoked(const flowscope::Alert& alert);

private slots:
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);

private:
    void listen();
    void remember(uint id, const flowscope::Alert& alert);

    bool m_listening = false;
    QHash<uint, flowscope::Alert> m_shown;  // until closed: what an action refers to
    QList<uint> m_order;                    // the ids of m_shown, oldest first
};

}  // namespace flowscope::ui
