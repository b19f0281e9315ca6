// Alerts in the app's language: alertTitle/alertBody word each AlertMessage from its facts
// (core's English title and body stay for webhooks); English exactly, German and Arabic from
// the built-in catalogues, names isolated right to left, AsWritten alerts unchanged.
#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTest>

#include "core/alerts/alert.h"
#include "ui/alerts/alert_center.h"
#include "ui/alerts/alert_text.h"
#include "ui/models/alert_model.h"
#include "ui/pages/notifications_page.h"
#include "ui/shell/language.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

Alert firstConnection() {
    Alert a;
    a.rule = AlertRule::NewProgram;
    a.message = AlertMessage::FirstConnection;
    a.facts.program = "/usr/lib/firefox/firefox";
    a.facts.user = "alice";
    return a;
}

Alert summary(std::vector<std::string> names, uint64_t more) {
    Alert a;
    a.rule = AlertRule::NewProgram;
    a.message = AlertMessage::Summary;
    a.facts.names = std::move(names);
    a.facts.more = more;
    return a;
}

}  // namespace

class AlertTextTest : public QObject {
    Q_OBJECT
private slots:
    void init() { installLanguage(*qApp, QStringLiteral("en")); }
    void cleanupTestCase() { installLanguage(*qApp, QStringLiteral("en")); }

    void englishSentences() {
        const Alert first = firstConnection();
        QCOMPARE(alertTitle(first), QStringLiteral("firefox used the network for the first time"));
        QCOMPARE(
            alertBody(first),
            QStringLiteral("/usr/lib/firefox/firefox made its first connection (user alice)."));

        Alert listed;
        listed.message = AlertMessage::Blocklisted;
        listed.facts = {.address = "203.0.113.7",
                        .list = "spamhaus-drop",
                        .prefix = "203.0.113.0/24",
                        .line = 12};
        QCOMPARE(alertTitle(listed),
                 QStringLiteral("203.0.113.7 is on the blocklist spamhaus-drop"));
        QCOMPARE(alertBody(listed),
                 QStringLiteral("A connection was made to 203.0.113.7, listed in "
                                "spamhaus-drop as 203.0.113.0/24 (line 12)."));
        listed.facts.program = "curl";
        QCOMPARE(alertBody(listed), QStringLiteral("curl connected to 203.0.113.7, listed in "
                                                   "spamhaus-drop as 203.0.113.0/24 (line 12)."));

        Alert rate;
        rate.message = AlertMessage::RateAbove;
        rate.facts = {.program = "/usr/bin/rsync", .limit = 1'500'000, .seconds = 10};
        QCOMPARE(alertTitle(rate), QStringLiteral("rsync: above 1.5 MB/s for 10 s"));
        QCOMPARE(
            alertBody(rate),
            QStringLiteral("The traffic of /usr/bin/rsync stayed above 1.5 MB/s for 10 seconds."));
        rate.facts.program.clear();
        rate.facts.seconds = 1;
        QCOMPARE(alertBody(rate),
                 QStringLiteral("All traffic stayed above 1.5 MB/s for 1 second."));

        Alert cap;
        cap.message = AlertMessage::CapReached;
        cap.facts = {.bytes = 2'100'000'000, .limit = 2'000'000'000, .daily = true};
        QCOMPARE(alertTitle(cap), QStringLiteral("All traffic: over the daily cap of 2.0 GB"));
        QCOMPARE(alertBody(cap),
                 QStringLiteral("All traffic reached 2.1 GB today, over the cap of 2.0 GB."));

        Alert dropping;
        dropping.message = AlertMessage::Dropping;
        dropping.facts = {.dropped = 125, .offered = 1000, .percent = 12.5, .seconds = 10};
        QCOMPARE(alertTitle(dropping), QStringLiteral("Capture is dropping 12.5 % of frames"));
        QVERIFY(alertBody(dropping).startsWith(
            QStringLiteral("125 of 1,000 frames were lost in the last 10 s;")));

        QCOMPARE(alertTitle(summary({"a", "b", "c"}, 2)),
                 QStringLiteral("5 programs used the network for the first time"));
        QCOMPARE(alertBody(summary({"a", "b", "c"}, 2)),
                 QStringLiteral("First connections: a, b, c and 2 more."));
        QCOMPARE(alertBody(summary({"a", "b"}, 0)), QStringLiteral("First connections: a and b."));
        QCOMPARE(alertTitle(summary({"a"}, 0)),
                 QStringLiteral("1 program used the network for the first time"));
    }

    void notificationsPageInEachLanguage();

    void writtenAlertsStayAsTheyAre() {
        Alert a;
        a.title = "Alert about x";
        a.body = "x did something.";
        QCOMPARE(alertTitle(a), QStringLiteral("Alert about x"));
        QCOMPARE(alertBody(a), QStringLiteral("x did something."));
    }

    // The catalogues answer: another language's words, the names and numbers kept.
    void translated() {
        const Alert first = firstConnection();
        const QString english = alertTitle(first);
        installLanguage(*qApp, QStringLiteral("de"));
        const QString german = alertTitle(first);
        QVERIFY2(german != english && german.contains(QStringLiteral("firefox")),
                 qPrintable(german));
        installLanguage(*qApp, QStringLiteral("ar"));
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QString arabic = alertTitle(summary({"a", "b", "c"}, 0));
        QVERIFY2(arabic.contains(QChar(0x0663)), qPrintable(arabic));  // ٣, Arabic-Indic three
        // Right to left, a program's name is an isolate inside the sentence.
        QVERIFY2(
            alertTitle(first).contains(QChar(0x2068) + QStringLiteral("firefox") + QChar(0x2069)),
            qPrintable(alertTitle(first)));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

// The Notifications page lists alerts in the window's language (German, Arabic right to
// left); FLOWSCOPE_SCREENSHOT_DIR=DIR saves notifications-de.png and notifications-ar.png.
void AlertTextTest::notificationsPageInEachLanguage() {
    for (const QString& code : {QStringLiteral("de"), QStringLiteral("ar")}) {
        installLanguage(*qApp, code);
        QGuiApplication::setLayoutDirection(code == QStringLiteral("ar") ? Qt::RightToLeft
                                                                         : Qt::LeftToRight);
        AlertCenter center;
        center.setDesktopDelivery(false);
        NotificationsPage page(&center);
        page.resize(1000, 260);  // grab() renders it without a window on screen
        Alert rate;
        rate.rule = AlertRule::TrafficRate;
        rate.message = AlertMessage::RateAbove;
        rate.facts.program = "/usr/bin/rsync";
        rate.facts.limit = 1'500'000;
        rate.facts.seconds = 10;
        Alert listed;
        listed.rule = AlertRule::Blocklist;
        listed.message = AlertMessage::Blocklisted;
        listed.facts.address = "203.0.113.7";
        listed.facts.program = "/usr/bin/curl";
        listed.facts.list = "firehol_level1";
        listed.facts.prefix = "203.0.113.0/24";
        listed.facts.line = 12;
        for (const Alert& alert : {summary({"a", "b", "c"}, 2), rate, listed, firstConnection()}) {
            Alert at = alert;
            at.timeNs = int64_t(1'764'900'000) * 1'000'000'000;  // 5 December 2025, 02:00 UTC
            center.add(at);
        }
        const QString details =
            center.model()->index(0, AlertModel::ColumnDetails).data().toString();
        QVERIFY2(details.contains(alertTitle(firstConnection())), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("used the network")), qPrintable(details));
        if (const QString dir = qEnvironmentVariable("FLOWSCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            page.grab().save(QDir(dir).filePath(QStringLiteral("notifications-%1.png").arg(code)));
        }
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(AlertTextTest)
#include "alert_text_test.moc"
