// notify_probe: the delivery side of notifications as a small program, for notify_test.py.
// It keeps its settings in the ini file FLOWSCOPE_PROBE_SETTINGS and prints one line per
// event on stdout:
//   notify_probe desktop [--sound]   one alert as a desktop notification; after "Show" a
//                                    second one, then waits for "Mute this rule"
//                                    (SHOWN <id>, SHOW <address>, MUTED <rule>, FALLBACK <title>)
//   notify_probe fallback            one alert; the fallback hook prints FALLBACK <title>
//   notify_probe webhook URL N       N alerts posted to URL with a 1 s timeout and retries
//                                    after 200 and 400 ms (RETRY, DELIVERED, PROBLEM <sentence>,
//                                    RECOVERED), one every FLOWSCOPE_PROBE_SPACING_MS (default 0)
//   notify_probe screenshot FILE     the main window's Notifications page with a few alerts
// It quits when the expected events arrived or after FLOWSCOPE_PROBE_SECONDS (default 20).
#include <QApplication>
#include <QTimer>
#include <cstdio>

#include "ui/alerts/alert_center.h"
#include "ui/alerts/desktop_notifier.h"
#include "ui/alerts/webhook_sender.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/settings/notification_settings.h"
#include "ui/theme.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

void say(const QString& line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// 2025-12-03 07:00:00.123 UTC, as the webhook test expects it.
constexpr int64_t kTimeNs = 1'764'745'200'123'456'789;

Alert newProgram(const std::string& path) {
    Alert alert;
    alert.timeNs = kTimeNs;
    alert.rule = AlertRule::NewProgram;
    alert.subject = path;
    const std::string name = path.substr(path.find_last_of('/') + 1);
    alert.title = name + " used the network for the first time";
    alert.body = path + " made its first connection (user alice).";
    alert.address = *IpAddress::parse("192.0.2.7");
    alert.appId = 1;
    return alert;
}

int runDesktop(AlertCenter& center, bool sound) {
    settings::notifySound.setValue(sound);
    center.setFallback([](const QString& title, const QString&) { say("FALLBACK " + title); });
    QObject::connect(center.desktop(), &DesktopNotifier::shown,
                     [](uint id) { say(QStringLiteral("SHOWN %1").arg(id)); });
    QObject::connect(&center, &AlertCenter::showRequested, [&center](const Alert& alert) {
        say("SHOW " + QString::fromStdString(alert.address.toString()));
        center.add(newProgram("/usr/bin/wget"));  // the one to mute
    });
    QObject::connect(&center, &AlertCenter::ruleMuted, [](const QString& rule) {
        say("MUTED " + rule + (notifications::isRuleMuted(rule) ? " saved" : " not-saved"));
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(0, &center, [&center] { center.add(newProgram("/usr/bin/curl")); });
    return QApplication::exec();
}

int runFallback(AlertCenter& center) {
    center.setFallback([](const QString& title, const QString& body) {
        say("FALLBACK " + title + " | " + body);
        QCoreApplication::exit(0);
    });
    QObject::connect(center.desktop(), &DesktopNotifier::shown,
                     [](uint id) { say(QStringLiteral("SHOWN %1").arg(id)); });
    // Once the event loop runs: without a bus the fallback is called at once, and quits.
    QTimer::singleShot(0, &center, [&center] { center.add(newProgram("/usr/bin/curl")); });
    return QApplication::exec();
}

int runWebhook(AlertCenter& center, const QString& url, int count) {
    center.setDesktopDelivery(false);
    settings::webhookUrl.setValue(url);
    WebhookSender* webhook = center.webhook();
    webhook->setTimeout(1000);
    webhook->setRetryDelays({200, 400});
    QObject::connect(webhook, &WebhookSender::retrying,
                     [](const QUrl&, int attempt, const QString& reason) {
                         say(QStringLiteral("RETRY %1 %2").arg(attempt).arg(reason));
                     });
    QObject::connect(webhook, &WebhookSender::delivered, [](const QUrl&) { say("DELIVERED"); });
    QObject::connect(&center, &AlertCenter::problem,
                     [](const QString& sentence) { say("PROBLEM " + sentence); });
    QObject::connect(webhook, &WebhookSender::recovered, [] { say("RECOVERED"); });
    // All at once, or one every FLOWSCOPE_PROBE_SPACING_MS milliseconds.
    const int spacing = qEnvironmentVariableIntValue("FLOWSCOPE_PROBE_SPACING_MS");
    for (int i = 0; i < count; ++i) {
        QTimer::singleShot(i * spacing, &center, [&center] {
            Alert alert = newProgram("/usr/bin/curl");
            alert.address = *IpAddress::parse("203.0.113.9");
            center.add(alert, QStringLiteral("curl"));
        });
    }
    return QApplication::exec();  // ends at the deadline: the script counts the lines
}

int runScreenshot(const QString& file) {
    ThemeManager::init();
    ThemeManager::apply(Theme::Light);  // as the docs' other screenshots
    EngineBridge bridge;
    AlertCenter& center = *bridge.alerts();
    center.setDesktopDelivery(false);
    MainWindow window(&bridge);
    window.resize(1100, 560);
    window.show();
    const int64_t base = QDateTime::currentMSecsSinceEpoch() * 1'000'000 - 3'600'000'000'000;
    const struct {
        AlertRule rule;
        const char* subject;
        const char* title;
        const char* body;
        int minutes;
    } alerts[] = {
        {AlertRule::NewProgram, "/usr/bin/curl", "curl used the network for the first time",
         "/usr/bin/curl made its first connection (user alice).", 3},
        {AlertRule::TrafficRate, "/usr/lib/firefox/firefox", "firefox above 5 MB/s for 10 s",
         "firefox transferred 6.2 MB/s for 10 seconds.", 17},
        {AlertRule::Blocklist, "185.220.101.4", "Blocklisted address 185.220.101.4 contacted",
         "ssh connected to 185.220.101.4, listed in firehol_level1.", 29},
        {AlertRule::Favorite, "tcp/22", "Favorite service ssh is active",
         "tcp/22 has traffic again after 2 hours.", 41},
        {AlertRule::DataCap, "all traffic", "Daily data cap of 2 GB exceeded",
         "All traffic reached 2.1 GB today.", 55},
    };
    for (const auto& a : alerts) {
        Alert alert;
        alert.rule = a.rule;
        alert.subject = a.subject;
        alert.title = a.title;
        alert.body = a.body;
        alert.timeNs = base + int64_t(a.minutes) * 60'000'000'000;
        center.add(alert);
    }
    notifications::muteRule(QStringLiteral("favorite"));
    Alert muted;
    muted.rule = AlertRule::Favorite;
    muted.subject = "github.com";
    muted.title = "Favorite host github.com is active";
    muted.body = "github.com has traffic after 10 minutes idle.";
    muted.timeNs = base + 58 * 60'000'000'000LL;
    center.add(muted);
    window.showNotifications();
    QTimer::singleShot(
        500, [&window, file] { QCoreApplication::exit(window.grab().save(file) ? 0 : 3); });
    return QApplication::exec();
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: notify_probe desktop|fallback|webhook|screenshot ...\n");
        return 2;
    }
    const QString settingsFile = qEnvironmentVariable("FLOWSCOPE_PROBE_SETTINGS");
    if (!settingsFile.isEmpty()) {
        SettingsStore::setLocation(settingsFile);
    }
    bool ok = false;
    int seconds = qEnvironmentVariableIntValue("FLOWSCOPE_PROBE_SECONDS", &ok);
    QTimer::singleShot((ok ? seconds : 20) * 1000, [] {
        say("DEADLINE");
        QCoreApplication::exit(0);
    });
    const QString mode = args.at(1);
    if (mode == QLatin1String("screenshot") && args.size() == 3) {
        return runScreenshot(args.at(2));
    }
    AlertCenter center;
    if (mode == QLatin1String("desktop")) {
        return runDesktop(center, args.contains(QStringLiteral("--sound")));
    }
    if (mode == QLatin1String("fallback")) {
        return runFallback(center);
    }
    if (mode == QLatin1String("webhook") && args.size() == 4) {
        return runWebhook(center, args.at(2), args.at(3).toInt());
    }
    std::fprintf(stderr, "notify_probe: unknown mode or arguments\n");
    return 2;
}
