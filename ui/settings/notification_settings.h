// The notification settings (the delivery side; the Settings page of the rules keeps its own
// in rule_settings.h) and the rules configuration a live capture's notifier starts with.
// Read and written on the GUI thread, through the settings module (settings.h).
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "core/alerts/rules_config.h"
#include "ui/settings/settings.h"

namespace flowscope::ui {

namespace settings {

// "A program uses the network for the first time" (on by default, as the issue asks).
inline const Setting<bool> notifyNewPrograms{"notifications/newPrograms", true};
// Ask the notification server to play the standard "message-new-instant" sound.
inline const Setting<bool> notifySound{"notifications/sound", false};
// Every delivered alert is POSTed there as JSON (docs/notifications.md); empty: no webhook.
inline const Setting<QString> webhookUrl{"notifications/webhookUrl", {}};
// Nothing is delivered before this ISO-8601 UTC date-time; empty: not muted.
inline const Setting<QString> mutedUntil{"notifications/mutedUntil", {}};
// Rules whose alerts are listed but not delivered: alertRuleName() values ("new-program", ...).
inline const Setting<QStringList> mutedRules{"notifications/mutedRules", {}};

}  // namespace settings

namespace notifications {

// Global mute (the tray menu's "Mute for 1 hour" / "Mute until tomorrow"). `now` defaults to
// the current time; tests pass their own.
void muteFor(qint64 seconds, const QDateTime& now = QDateTime::currentDateTimeUtc());
// Until the next local midnight after `now`.
void muteUntilTomorrow(const QDateTime& now = QDateTime::currentDateTime());
void unmute();
// The end of the global mute, or an invalid QDateTime when not muted (or the value is not a
// date-time).
QDateTime mutedUntil();
bool isMuted(const QDateTime& now = QDateTime::currentDateTimeUtc());

// Per rule ("Mute this rule" in a desktop notification), by alertRuleName().
bool isRuleMuted(const QString& rule);
void muteRule(const QString& rule);
void unmuteRule(const QString& rule);

// Where the programs already seen are remembered across runs: on XDG systems
// $XDG_DATA_HOME/flowscope/known-programs (beside the settings' $XDG_CONFIG_HOME/flowscope/),
// elsewhere the application data folder.
QString knownProgramsPath();

// The configuration for a live capture's notifier: the new-programs rule and its file, plus
// the user's own rules (rate, cap, favorites, blocklists) from the rules Settings page. Each
// problem (an unreadable blocklist, a bad line) is one sentence in `problems`; the rest loads.
// withBlocklists false: the lists are left out (BlocklistLoader loads them off the GUI thread).
flowscope::RulesConfig rulesConfigFromSettings(QStringList* problems = nullptr,
                                               bool withBlocklists = true);

}  // namespace notifications

}  // namespace flowscope::ui
