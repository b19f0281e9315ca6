#include "ui/settings/notification_settings.h"

#include "ui/settings/rule_settings.h"

#include <QDir>
#include <QStandardPaths>
#include <QTime>

namespace flowscope::ui::notifications {

void muteFor(qint64 seconds, const QDateTime& now) {
    settings::mutedUntil.setValue(now.toUTC().addSecs(seconds).toString(Qt::ISODate));
}

void muteUntilTomorrow(const QDateTime& now) {
    const QDateTime local = now.toLocalTime();
    const QDateTime midnight(local.date().addDays(1), QTime(0, 0));
    settings::mutedUntil.setValue(midnight.toUTC().toString(Qt::ISODate));
}

void unmute() {
    settings::mutedUntil.reset();
}

QDateTime mutedUntil() {
    const QString text = settings::mutedUntil.value();
    if (text.isEmpty()) {
        return {};
    }
    QDateTime until = QDateTime::fromString(text, Qt::ISODate);
    if (until.isValid() && until.timeSpec() == Qt::LocalTime) {
        until.setTimeSpec(Qt::UTC);  // stored without a zone: UTC, as documented
    }
    return until;
}

bool isMuted(const QDateTime& now) {
    const QDateTime until = mutedUntil();
    return until.isValid() && now < until;
}

bool isRuleMuted(const QString& rule) {
    return settings::mutedRules.value().contains(rule);
}

void muteRule(const QString& rule) {
    QStringList rules = settings::mutedRules.value();
    if (!rules.contains(rule)) {
        rules << rule;
        settings::mutedRules.setValue(rules);
    }
}

void unmuteRule(const QString& rule) {
    QStringList rules = settings::mutedRules.value();
    if (rules.removeAll(rule) > 0) {
        settings::mutedRules.setValue(rules);
    }
}

QString knownProgramsPath() {
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
#else
    // The same lower-case folder name as the settings file ($XDG_CONFIG_HOME/flowscope/).
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/flowscope");
#endif
    return QDir(folder).filePath(QStringLiteral("known-programs"));
}

flowscope::RulesConfig rulesConfigFromSettings(QStringList* problems, bool withBlocklists) {
    flowscope::RulesConfig config;
    config.newPrograms = settings::notifyNewPrograms.value();
    // The folder is created by the notifier when it first saves the file.
    config.knownProgramsPath = QDir::toNativeSeparators(knownProgramsPath()).toStdString();
    addUserRules(config, problems,
                 withBlocklists);  // rates, caps, favorites, blocklists (rule_settings.h)
    return config;
}

}  // namespace flowscope::ui::notifications
