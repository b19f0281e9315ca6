// The GUI thread's side of notifications. A live capture's notifier (createSink) runs the
// rules on its sink thread and posts every alert here; AlertCenter lists it (model()), counts
// it as unread, and, unless notifications are muted (globally until a time, or the alert's
// rule), delivers it: a desktop notification (or the fallback hook where there is none), the
// sound hint, the webhook. Muted alerts are listed, not delivered, and not counted as unread.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "core/alerts/alert.h"

namespace flowscope {
class SnapshotSink;
struct RulesConfig;
}  // namespace flowscope

namespace flowscope::ui {

class AlertModel;
class BlocklistLoader;
class DesktopNotifier;
class WebhookSender;

class AlertCenter : public QObject {
    Q_OBJECT
public:
    // Shows title and body where no desktop notification server is available; the tray sets
    // it (QSystemTrayIcon::showMessage). Unset: such alerts are only listed.
    using Fallback = std::function<void(const QString& title, const QString& body)>;

    explicit AlertCenter(QObject* parent = nullptr);
    ~AlertCenter() override;

    // A notifier sink for one live capture, with the rules of the settings
    // (notifications::rulesConfigFromSettings). It must not outlive this object (EngineBridge
    // stops its engine before the center goes). Files opened for viewing get none.
    std::shared_ptr<flowscope::SnapshotSink> createSink();
    std::shared_ptr<flowscope::SnapshotSink> createSink(flowscope::RulesConfig config);

    AlertModel* model() const { return m_model; }
    int unread() const;
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }
    DesktopNotifier* desktop() const { return m_desktop; }
    WebhookSender* webhook() const { return m_webhook; }
    BlocklistLoader* blocklists() const { return m_blocklists; }
    // Delivery on the desktop (D-Bus or fallback) on or off; on by default (tests of the
    // list alone turn it off).
    void setDesktopDelivery(bool on) { m_desktopDelivery = on; }

public slots:
    // Lists the alert and delivers it unless muted at `now`.
    void add(const flowscope::Alert& alert, const QString& application = {});
    void addAt(const flowscope::Alert& alert, const QString& application, const QDateTime& now);
    void markAllRead();
    void clear();
    // Reads the rules from the settings again and hands them to the running capture's
    // notifier (from its next tick); after Settings → OK and when a star changes.
    void reloadRules();
    // Asks to open Inspect filtered to what the alert is about.
    void requestShow(const flowscope::Alert& alert);
    // A sentence for the banner (emitted as problem()), unless it is the one said last.
    void reportProblem(const QString& sentence);

signals:
    void unreadChanged(int unread);
    void alertAdded(const flowscope::Alert& alert, bool delivered);
    // "Show" in a desktop notification, or a row of the Notifications page: open Inspect
    // filtered to alert.address (or alert.appId) and bring the window up.
    void showRequested(const flowscope::Alert& alert);
    // A rule muted from a desktop notification's "Mute this rule" (its alertRuleName()).
    void ruleMuted(const QString& rule);
    // One sentence for the main window's banner: a failing webhook (once until it works
    // again), or a known-programs file that cannot be used.
    void problem(const QString& sentence);

private:
    void deliver(const flowscope::Alert& alert, const QString& application);
    flowscope::RulesConfig rulesFromSettings();
    void setUnread(int unread);

    AlertModel* m_model;
    DesktopNotifier* m_desktop;
    WebhookSender* m_webhook;
    BlocklistLoader* m_blocklists;
    Fallback m_fallback;
    bool m_desktopDelivery = true;
    int m_unread = 0;
    QString m_lastProblem;
    // Hands new rules to the notifier of the running capture, if it is still alive.
    std::function<void(flowscope::RulesConfig)> m_reconfigure;
};

}  // namespace flowscope::ui

Q_DECLARE_METATYPE(flowscope::Alert)
