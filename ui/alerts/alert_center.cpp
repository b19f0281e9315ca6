#include "ui/alerts/alert_center.h"

#include <QMetaObject>
#include <QUrl>

#include "core/alerts/notifier_sink.h"
#include "ui/alerts/alert_text.h"
#include "ui/alerts/blocklist_loader.h"
#include "ui/alerts/desktop_notifier.h"
#include "ui/alerts/webhook_sender.h"
#include "ui/core_text.h"
#include "ui/models/alert_model.h"
#include "ui/settings/favorites_store.h"
#include "ui/settings/notification_settings.h"
#include "ui/settings/rule_settings.h"

namespace flowscope::ui {

namespace {

// The notifier with the current snapshot at hand, so that an alert's application id is
// turned into the program's name on the sink thread, where the matching table is known.
class AlertSink : public SnapshotSink {
public:
    AlertSink(RulesConfig config, AlertCenter* center)
        : m_notifier(std::move(config), [this](const Alert& alert) { post(alert); }),
          m_center(center) {}

    std::string name() const override { return m_notifier.name(); }
    Status consume(const SnapshotPtr& snapshot, const EngineDiff& diff) override {
        m_snapshot = snapshot;
        const Status status = m_notifier.consume(snapshot, diff);
        // The known-programs file can become unwritable during a capture (disk full).
        Phrase problem = m_notifier.problem();
        if (std::string text = english(problem); text != m_problem) {
            m_problem = std::move(text);
            if (!problem.empty()) {
                QMetaObject::invokeMethod(
                    m_center,
                    [center = m_center, problem = std::move(problem)] {
                        center->reportProblem(localized(problem));
                    },
                    Qt::QueuedConnection);
            }
        }
        return status;
    }
    Phrase problem() const { return m_notifier.problem(); }
    void reconfigure(RulesConfig config) { m_notifier.reconfigure(std::move(config)); }

private:
    QString applicationName(uint32_t appId) const {
        if (appId == 0 || !m_snapshot || !m_snapshot->applications ||
            appId > m_snapshot->applications->size()) {
            return {};
        }
        const Application& app = (*m_snapshot->applications)[appId - 1];
        return QString::fromStdString(app.name.empty() ? app.path : app.name);
    }

    void post(const Alert& alert) {  // sink thread
        QMetaObject::invokeMethod(
            m_center,
            [center = m_center, alert, application = applicationName(alert.appId)] {
                center->add(alert, application);
            },
            Qt::QueuedConnection);
    }

    NotifierSink m_notifier;
    AlertCenter* m_center;
    SnapshotPtr m_snapshot;  // sink thread only
    std::string m_problem;   // the last one reported; sink thread only
};

}  // namespace

AlertCenter::AlertCenter(QObject* parent)
    : QObject(parent),
      m_model(new AlertModel(this)),
      m_desktop(new DesktopNotifier(this)),
      m_webhook(new WebhookSender(this)),
      m_blocklists(new BlocklistLoader(this)) {
    qRegisterMetaType<flowscope::Alert>("flowscope::Alert");
    connect(m_desktop, &DesktopNotifier::unavailable, this,
            [this](const Alert& alert, const QString&) {
                if (m_fallback) {
                    m_fallback(alertTitle(alert), alertBody(alert));
                }
            });
    connect(m_desktop, &DesktopNotifier::showInvoked, this, &AlertCenter::requestShow);
    connect(m_desktop, &DesktopNotifier::muteInvoked, this, [this](const Alert& alert) {
        const QString rule = QString::fromLatin1(alertRuleName(alert.rule));
        notifications::muteRule(rule);
        emit ruleMuted(rule);
    });
    // Said once until it works again (WebhookSender keeps count), so not de-duplicated here.
    connect(m_webhook, &WebhookSender::failed, this, &AlertCenter::problem);
    connect(m_blocklists, &BlocklistLoader::loaded, this, &AlertCenter::reloadRules);
    // A star given or taken away counts from the next tick, not the next capture.
    connect(FavoritesStore::shared(), &FavoritesStore::changed, this, &AlertCenter::reloadRules);
}

AlertCenter::~AlertCenter() = default;

RulesConfig AlertCenter::rulesFromSettings() {
    QStringList problems;
    RulesConfig config = notifications::rulesConfigFromSettings(&problems, false);
    // The lists as last loaded; when the files changed, loaded() brings the new ones.
    m_blocklists->request(settings::blocklistFiles.value());
    config.blocklists = m_blocklists->current();
    problems += m_blocklists->problems();
    reportProblem(problems.join(QLatin1Char(' ')));
    return config;
}

std::shared_ptr<SnapshotSink> AlertCenter::createSink() {
    return createSink(rulesFromSettings());
}

std::shared_ptr<SnapshotSink> AlertCenter::createSink(RulesConfig config) {
    auto sink = std::make_shared<AlertSink>(std::move(config), this);
    reportProblem(localized(sink->problem()));
    m_reconfigure = [weak = std::weak_ptr<AlertSink>(sink)](RulesConfig next) {
        if (auto alive = weak.lock()) {
            alive->reconfigure(std::move(next));
        }
    };
    return sink;
}

void AlertCenter::reloadRules() {
    RulesConfig config = rulesFromSettings();  // also reports the rules' problems
    if (m_reconfigure) {
        m_reconfigure(std::move(config));
    }
}

void AlertCenter::reportProblem(const QString& sentence) {
    if (!sentence.isEmpty() && sentence != m_lastProblem) {
        m_lastProblem = sentence;
        emit problem(sentence);
    }
}

int AlertCenter::unread() const {
    return m_unread;
}

void AlertCenter::add(const Alert& alert, const QString& application) {
    addAt(alert, application, QDateTime::currentDateTimeUtc());
}

void AlertCenter::addAt(const Alert& alert, const QString& application, const QDateTime& now) {
    const QString rule = QString::fromLatin1(alertRuleName(alert.rule));
    const bool muted = notifications::isMuted(now) || notifications::isRuleMuted(rule);
    AlertEntry entry;
    entry.alert = alert;
    entry.application = application;
    entry.muted = muted;
    entry.read = muted;  // held back on purpose: nothing for the tray to announce
    m_model->prepend(entry);
    setUnread(m_model->unread());
    if (!muted) {
        deliver(alert, application);
    }
    emit alertAdded(alert, !muted);
}

void AlertCenter::deliver(const Alert& alert, const QString& application) {
    if (m_desktopDelivery) {
        m_desktop->notify(alert, settings::notifySound.value());
    }
    const QString url = settings::webhookUrl.value().trimmed();
    if (!url.isEmpty()) {
        m_webhook->post(QUrl(url), alert, application);
    }
}

void AlertCenter::markAllRead() {
    m_model->markAllRead();
    setUnread(m_model->unread());
}

void AlertCenter::clear() {
    m_model->clear();
    setUnread(0);
}

void AlertCenter::requestShow(const Alert& alert) {
    emit showRequested(alert);
}

void AlertCenter::setUnread(int unread) {
    if (unread != m_unread) {
        m_unread = unread;
        emit unreadChanged(unread);
    }
}

}  // namespace flowscope::ui
