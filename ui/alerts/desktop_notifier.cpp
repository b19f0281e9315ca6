#include "ui/alerts/desktop_notifier.h"

#include "ui/alerts/alert_text.h"
#include "ui/shell/autostart.h"

#ifdef FLOWSCOPE_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace flowscope::ui {

DesktopNotifier::DesktopNotifier(QObject* parent) : QObject(parent) {}

QVariantList DesktopNotifier::notifyArguments(const Alert& alert, bool sound) {
    const QStringList actions = {
        QLatin1String(kDefaultAction), tr("Show"),            //
        QLatin1String(kShowAction),    tr("Show"),            //
        QLatin1String(kMuteAction),    tr("Mute this rule"),  //
    };
    QVariantMap hints;
    hints.insert(QStringLiteral("category"), QStringLiteral("network"));
    // The installed desktop entry and icon name (packaging/linux), so the server shows both.
    hints.insert(QStringLiteral("desktop-entry"), QLatin1String(Autostart::kAppId));
    if (sound) {
        hints.insert(QStringLiteral("sound-name"), QLatin1String(kSoundName));
    }
    // Servers that support body markup would read "<" and "&" in a program path as markup.
    const QString body = alertBody(alert).toHtmlEscaped();
    return {QStringLiteral("Flowscope"),
            uint(0),
            QLatin1String(Autostart::kAppId),
            alertTitle(alert),
            body,
            actions,
            hints,
            int(-1)};
}

#ifdef FLOWSCOPE_HAVE_DBUS

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kCallTimeoutMs = 5000;

}  // namespace

void DesktopNotifier::listen() {
    if (m_listening) {
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_listening = bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                              SLOT(onActionInvoked(uint, QString))) &&
                  bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"),
                              this, SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::notify(const Alert& alert, bool sound) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        emit unavailable(alert, tr("There is no D-Bus session bus."));
        return;
    }
    listen();  // before the call, so that no action can be missed
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call.setArguments(notifyArguments(alert, sound));
    // Not activating on purpose would leave servers that start on demand unused: the bus
    // starts one if it is installed; with none, the call fails at once with ServiceUnknown.
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, alert](QDBusPendingCallWatcher* w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError()) {
                    emit unavailable(alert, reply.error().message());
                    return;
                }
                remember(reply.value(), alert);
                emit shown(reply.value());
            });
}

#else

void DesktopNotifier::listen() {}

void DesktopNotifier::notify(const Alert& alert, bool sound) {
    (void)sound;
    emit unavailable(alert, tr("Desktop notifications over D-Bus are not available here."));
}

#endif

void DesktopNotifier::remember(uint id, const Alert& alert) {
    // A server that never reports closing (or restarted) must not make this grow forever.
    constexpr qsizetype kMaxShown = 256;
    if (m_order.size() >= kMaxShown) {
        m_shown.remove(m_order.takeFirst());
    }
    m_order.append(id);
    m_shown.insert(id, alert);
}

void DesktopNotifier::onActionInvoked(uint id, const QString& action) {
    const auto it = m_shown.constFind(id);
    if (it == m_shown.constEnd()) {
        return;  // another program's notification
    }
    if (action == QLatin1String(kShowAction) || action == QLatin1String(kDefaultAction)) {
        emit showInvoked(*it);
    } else if (action == QLatin1String(kMuteAction)) {
        emit muteInvoked(*it);
    }
}

void DesktopNotifier::onClosed(uint id, uint reason) {
    (void)reason;
    m_shown.remove(id);
    m_order.removeOne(id);
}

}  // namespace flowscope::ui
