#include "ui/alerts/alert_text.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/alerts/rule_text.h"
#include "ui/app_style.h"
#include "ui/core_text.h"
#include "ui/format.h"

namespace flowscope::ui {

namespace {

QString q(const std::string& text) {
    return isolated(QString::fromStdString(text));
}

// "firefox" for "/usr/lib/firefox/firefox", isolated.
QString shortName(const std::string& program) {
    return q(rule_text::shortName(program));
}

// Gives the sentences below a translation context lupdate can see (tr() of a class).
class AlertText {
    Q_DECLARE_TR_FUNCTIONS(AlertText)

public:
    static QString title(const Alert& alert);
    static QString body(const Alert& alert);

private:
    static QString favoriteTitle(const Alert& alert);
    static QString summaryTitle(const Alert& alert);
    static QString summaryBody(const Alert& alert);
    static QString names(const AlertFacts& facts);
    static QString trafficOf(const AlertFacts& facts);
    static QString separator() {
        //: Between the names of a list ("firefox, curl"): the language's list separator.
        return tr(", ");
    }
};

QString AlertText::names(const AlertFacts& facts) {
    QStringList named;
    for (const std::string& name : facts.names) {
        named << q(name);
    }
    if (facts.more > 0) {
        //: The end of a list of names: "firefox, curl and 9 more".
        return tr("%1 and %2 more", nullptr, pluralCount(facts.more))
            .arg(named.join(separator()), formatCount(facts.more));
    }
    if (named.size() <= 1) {
        return named.join(QString());
    }
    const QString last = named.takeLast();
    //: The last two names of a list: "firefox, curl and wget" (%1 the others, %2 the last).
    return tr("%1 and %2").arg(named.join(separator()), last);
}

// "The traffic of firefox" or "All traffic" as a sentence's subject.
QString AlertText::trafficOf(const AlertFacts& facts) {
    return facts.program.empty() ? tr("All traffic")
                                 : tr("The traffic of %1").arg(q(facts.program));
}

QString AlertText::favoriteTitle(const Alert& alert) {
    const AlertFacts& f = alert.facts;
    switch (alert.message) {
        case AlertMessage::FavoriteHost:
            return tr("Favorite host %1 is active").arg(q(f.subject));
        case AlertMessage::FavoriteService:
            return tr("Favorite service %1 is active").arg(q(f.subject));
        default:
            return tr("Favorite program %1 is active").arg(shortName(f.subject));
    }
}

QString AlertText::summaryTitle(const Alert& alert) {
    const uint64_t n = alert.facts.names.size() + alert.facts.more;
    const int plural = pluralCount(n);
    QString text;
    switch (alert.rule) {
        case AlertRule::NewProgram:
            text = tr("%1 program(s) used the network for the first time", nullptr, plural);
            break;
        case AlertRule::Blocklist:
            text = tr("%1 blocklisted address(es) contacted", nullptr, plural);
            break;
        case AlertRule::TrafficRate:
            text = tr("%1 traffic rate(s) stayed above their limits", nullptr, plural);
            break;
        case AlertRule::Favorite:
            text = tr("%1 favorite(s) became active", nullptr, plural);
            break;
        case AlertRule::DataCap:
            text = tr("%1 data cap(s) exceeded", nullptr, plural);
            break;
        case AlertRule::CaptureTrouble:
            text = tr("%1 capture problem(s)", nullptr, plural);
            break;
    }
    return text.arg(formatCount(n));
}

QString AlertText::summaryBody(const Alert& alert) {
    const QString list = names(alert.facts);
    switch (alert.rule) {
        case AlertRule::NewProgram:
            return tr("First connections: %1.").arg(list);
        case AlertRule::Blocklist:
            return tr("Connections were made to %1, which are on blocklists.").arg(list);
        case AlertRule::TrafficRate:
            return tr("Traffic stayed above its limit: %1.").arg(list);
        case AlertRule::Favorite:
            return tr("Traffic started for %1.").arg(list);
        case AlertRule::DataCap:
            return tr("Traffic went over its cap: %1.").arg(list);
        case AlertRule::CaptureTrouble:
            return tr("The capture had trouble: %1.").arg(list);
    }
    return list;
}

QString AlertText::title(const Alert& alert) {
    const AlertFacts& f = alert.facts;
    switch (alert.message) {
        case AlertMessage::AsWritten:
            return QString::fromStdString(alert.title);
        case AlertMessage::FirstConnection:
            return tr("%1 used the network for the first time").arg(shortName(f.program));
        case AlertMessage::Blocklisted:
            return tr("%1 is on the blocklist %2").arg(q(f.address), q(f.list));
        case AlertMessage::FavoriteHost:
        case AlertMessage::FavoriteService:
        case AlertMessage::FavoriteProgram:
            return favoriteTitle(alert);
        case AlertMessage::RateAbove:
            //: %1 the program or "All traffic", %2 a rate ("1.5 MB/s"), %3 seconds.
            return tr("%1: above %2 for %3 s")
                .arg(f.program.empty() ? tr("All traffic") : shortName(f.program),
                     formatRate(double(f.limit), RateUnit::Bytes),
                     formatCount(uint64_t(f.seconds)));
        case AlertMessage::CapReached:
            return (f.daily ? tr("%1: over the daily cap of %2")
                            : tr("%1: over the monthly cap of %2"))
                .arg(f.program.empty() ? tr("All traffic") : shortName(f.program),
                     formatBytes(f.limit));
        case AlertMessage::AdapterGone:
            return tr("The adapter went away");
        case AlertMessage::CaptureFailed:
            return tr("The capture stopped with an error");
        case AlertMessage::Dropping:
            return tr("Capture is dropping %1 of frames").arg(formatPercent(f.percent / 100.0));
        case AlertMessage::Summary:
            return summaryTitle(alert);
    }
    return QString::fromStdString(alert.title);
}

QString AlertText::body(const Alert& alert) {
    const AlertFacts& f = alert.facts;
    switch (alert.message) {
        case AlertMessage::AsWritten:
            return QString::fromStdString(alert.body);
        case AlertMessage::FirstConnection:
            return f.user.empty()
                       ? tr("%1 made its first connection.").arg(q(f.program))
                       : tr("%1 made its first connection (user %2).").arg(q(f.program), q(f.user));
        case AlertMessage::Blocklisted:
            //: %1 the address, %2 the list, %3 the listed network, %4 the list's line.
            return (f.program.empty()
                        ? tr("A connection was made to %1, listed in %2 as %3 (line %4).")
                              .arg(q(f.address), q(f.list), q(f.prefix), formatCount(f.line))
                        : tr("%5 connected to %1, listed in %2 as %3 (line %4).")
                              .arg(q(f.address), q(f.list), q(f.prefix), formatCount(f.line),
                                   q(f.program)));
        case AlertMessage::FavoriteHost:
        case AlertMessage::FavoriteService:
        case AlertMessage::FavoriteProgram:
            return f.program.empty()
                       ? tr("Traffic started: %1 over %2.").arg(q(f.address), q(f.service))
                       : tr("Traffic started: %1 over %2 by %3.")
                             .arg(q(f.address), q(f.service), q(f.program));
        case AlertMessage::RateAbove:
            return tr("%1 stayed above %2 for %3 second(s).", nullptr,
                      pluralCount(uint64_t(f.seconds)))
                .arg(trafficOf(f), formatRate(double(f.limit), RateUnit::Bytes),
                     formatCount(uint64_t(f.seconds)));
        case AlertMessage::CapReached:
            return (f.daily ? tr("%1 reached %2 today, over the cap of %3.")
                            : tr("%1 reached %2 this month, over the cap of %3."))
                .arg(trafficOf(f), formatBytes(f.bytes), formatBytes(f.limit));
        case AlertMessage::AdapterGone:
        case AlertMessage::CaptureFailed:
            return localized(f.error);
        case AlertMessage::Dropping:
            return tr("%1 of %2 frames were lost in the last %3 s; the machine or Flowscope "
                      "cannot keep up. Narrow the capture with a filter or close other busy "
                      "programs.")
                .arg(formatCount(f.dropped), formatCount(f.offered),
                     formatCount(uint64_t(f.seconds)));
        case AlertMessage::Summary:
            return summaryBody(alert);
    }
    return QString::fromStdString(alert.body);
}

}  // namespace

QString alertTitle(const Alert& alert) {
    return AlertText::title(alert);
}

QString alertBody(const Alert& alert) {
    return AlertText::body(alert);
}

}  // namespace flowscope::ui
