// The user's notification rules, as settings: traffic-rate and data-cap rules, favorites
// (hosts, services, programs) and their idle time, and blocklist files. Declared here (same
// Setting<T> as settings.h); addUserRules() turns them into a RulesConfig.
//
// Stored forms (one string per rule or favorite, so the ini file stays readable):
// - a rate rule "bytesPerSecond;seconds;program" (program last: a path may hold ';'; empty:
//   all traffic), e.g. "1000000;10;/usr/bin/curl";
// - a cap rule "bytes;day|month;program", e.g. "5000000000;month;";
// - a favorite host as its address text, a service as "tcp/443", "udp/53" or "<protocol
//   number>/<port>", a program as its path.
// Entries that cannot be read back are skipped with a problem sentence.
#pragma once

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

#include "core/alerts/rules_config.h"
#include "ui/settings/settings.h"

namespace flowscope::ui {

namespace settings {

inline const Setting<QStringList> rateRules{"notifications/rateRules", {}};
inline const Setting<QStringList> capRules{"notifications/capRules", {}};
inline const Setting<QStringList> favoriteHosts{"favorites/hosts", {}};
inline const Setting<QStringList> favoriteServices{"favorites/services", {}};
inline const Setting<QStringList> favoritePrograms{"favorites/programs", {}};
// A favorite counts as becoming active after this many minutes without traffic.
inline const Setting<int> favoriteIdleMinutes{"favorites/idleMinutes", 5};
// Plain-text IP/CIDR lists (absolute paths), in the order they are matched.
inline const Setting<QStringList> blocklistFiles{"notifications/blocklistFiles", {}};

}  // namespace settings

QString rateRuleText(const RateRule& rule);
std::optional<RateRule> parseRateRule(const QString& text);
QString capRuleText(const CapRule& rule);
std::optional<CapRule> parseCapRule(const QString& text);
// "tcp/443", "udp/53", "132/9899"; parse accepts the same (case-insensitive).
QString serviceText(const ServiceKey& service);
std::optional<ServiceKey> parseService(const QString& text);

// The stored rules; entries that cannot be read are skipped (one sentence each in problems).
std::vector<RateRule> storedRateRules(QStringList* problems = nullptr);
std::vector<CapRule> storedCapRules(QStringList* problems = nullptr);
void storeRateRules(const std::vector<RateRule>& rules);
void storeCapRules(const std::vector<CapRule>& rules);
Favorites storedFavorites(QStringList* problems = nullptr);

// One blocklist file as loaded: its entries and what was wrong with it.
struct BlocklistFileReport {
    QString path;
    bool usable = false;  // false: not loaded at all (missing, unreadable, no entry)
    size_t entries = 0;
    size_t problemCount = 0;  // every malformed or corrected line, also those not listed
    // One sentence each: why the file is unusable, or "line 12: ..." per reported line (at
    // most BlocklistParser::kMaxReportedProblems, then "... and N more.").
    QStringList problems;
};

// Loads one file; the entries are appended to *list when given (the file's name names it).
BlocklistFileReport loadBlocklist(const QString& path, NamedBlocklist* list = nullptr);
// Loads every file; the usable ones become one Blocklists (null when none loaded).
std::shared_ptr<const Blocklists> loadBlocklists(const QStringList& paths,
                                                 std::vector<BlocklistFileReport>* reports);

// Fills config.rates, config.caps and config.favorites from the settings and loads the
// blocklist files into config.blocklists. Every problem (a stored rule that cannot be read, a
// blocklist file that cannot be used, a malformed line N of one) is one sentence in
// *problems, naming the file; the rest still loads.
// withBlocklists false: config.blocklists is left alone (the desktop app loads the files on a
// worker, ui/alerts/blocklist_loader.h).
void addUserRules(RulesConfig& config, QStringList* problems, bool withBlocklists = true);

}  // namespace flowscope::ui
