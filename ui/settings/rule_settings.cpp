#include "ui/settings/rule_settings.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "core/alerts/blocklist_parser.h"
#include "core/alerts/blocklists.h"
#include "ui/core_text.h"

namespace flowscope::ui {

namespace {

constexpr uint8_t kTcp = 6;
constexpr uint8_t kUdp = 17;
constexpr int64_t kNsPerMinute = 60'000'000'000;

// A translation context lupdate can see (tr() of a class).
class RuleSettings {
    Q_DECLARE_TR_FUNCTIONS(RuleSettings)
};

// "bytes;x;program": the first two fields and the rest (the program may hold ';').
bool splitRule(const QString& text, QString* first, QString* second, QString* program) {
    const qsizetype a = text.indexOf(QLatin1Char(';'));
    const qsizetype b = a < 0 ? -1 : text.indexOf(QLatin1Char(';'), a + 1);
    if (b < 0) {
        return false;
    }
    *first = text.left(a);
    *second = text.mid(a + 1, b - a - 1);
    *program = text.mid(b + 1);
    return true;
}

}  // namespace

QString rateRuleText(const RateRule& rule) {
    return QStringLiteral("%1;%2;%3")
        .arg(rule.bytesPerSecond)
        .arg(rule.seconds)
        .arg(QString::fromStdString(rule.program));
}

std::optional<RateRule> parseRateRule(const QString& text) {
    QString rate, seconds, program;
    if (!splitRule(text, &rate, &seconds, &program)) {
        return std::nullopt;
    }
    bool rateOk = false, secondsOk = false;
    RateRule rule;
    rule.bytesPerSecond = rate.toULongLong(&rateOk);
    rule.seconds = seconds.toUInt(&secondsOk);
    rule.program = program.toStdString();
    if (!rateOk || !secondsOk || rule.bytesPerSecond == 0 || rule.seconds == 0) {
        return std::nullopt;
    }
    return rule;
}

QString capRuleText(const CapRule& rule) {
    return QStringLiteral("%1;%2;%3")
        .arg(rule.bytes)
        .arg(rule.period == CapRule::Period::Day ? QStringLiteral("day") : QStringLiteral("month"))
        .arg(QString::fromStdString(rule.program));
}

std::optional<CapRule> parseCapRule(const QString& text) {
    QString bytes, period, program;
    if (!splitRule(text, &bytes, &period, &program)) {
        return std::nullopt;
    }
    bool ok = false;
    CapRule rule;
    rule.bytes = bytes.toULongLong(&ok);
    rule.program = program.toStdString();
    if (period == QLatin1String("day")) {
        rule.period = CapRule::Period::Day;
    } else if (period == QLatin1String("month")) {
        rule.period = CapRule::Period::Month;
    } else {
        return std::nullopt;
    }
    if (!ok || rule.bytes == 0) {
        return std::nullopt;
    }
    return rule;
}

QString serviceText(const ServiceKey& service) {
    const QString protocol = service.protocol == kTcp   ? QStringLiteral("tcp")
                             : service.protocol == kUdp ? QStringLiteral("udp")
                                                        : QString::number(service.protocol);
    return protocol + QLatin1Char('/') + QString::number(service.port);
}

std::optional<ServiceKey> parseService(const QString& text) {
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char('/'));
    if (parts.size() != 2) {
        return std::nullopt;
    }
    ServiceKey key;
    bool ok = true;
    if (parts[0] == QLatin1String("tcp")) {
        key.protocol = kTcp;
    } else if (parts[0] == QLatin1String("udp")) {
        key.protocol = kUdp;
    } else {
        const uint number = parts[0].toUInt(&ok);
        if (!ok || number > 255) {
            return std::nullopt;
        }
        key.protocol = uint8_t(number);
    }
    const uint port = parts[1].toUInt(&ok);
    if (!ok || port > 65535) {
        return std::nullopt;
    }
    key.port = uint16_t(port);
    return key;
}

std::vector<RateRule> storedRateRules(QStringList* problems) {
    std::vector<RateRule> rules;
    for (const QString& text : settings::rateRules.value()) {
        if (auto rule = parseRateRule(text)) {
            rules.push_back(std::move(*rule));
        } else if (problems) {
            problems->append(
                RuleSettings::tr("The traffic-rate rule \"%1\" in the settings cannot be read; "
                                 "it is ignored. Add it again in Settings.")
                    .arg(text));
        }
    }
    return rules;
}

std::vector<CapRule> storedCapRules(QStringList* problems) {
    std::vector<CapRule> rules;
    for (const QString& text : settings::capRules.value()) {
        if (auto rule = parseCapRule(text)) {
            rules.push_back(std::move(*rule));
        } else if (problems) {
            problems->append(
                RuleSettings::tr("The data-cap rule \"%1\" in the settings cannot be read; it "
                                 "is ignored. Add it again in Settings.")
                    .arg(text));
        }
    }
    return rules;
}

void storeRateRules(const std::vector<RateRule>& rules) {
    QStringList texts;
    for (const auto& rule : rules) {
        texts.append(rateRuleText(rule));
    }
    settings::rateRules.setValue(texts);
}

void storeCapRules(const std::vector<CapRule>& rules) {
    QStringList texts;
    for (const auto& rule : rules) {
        texts.append(capRuleText(rule));
    }
    settings::capRules.setValue(texts);
}

Favorites storedFavorites(QStringList* problems) {
    Favorites favorites;
    for (const QString& text : settings::favoriteHosts.value()) {
        if (auto address = IpAddress::parse(text.toStdString())) {
            favorites.hosts.push_back(*address);
        } else if (problems) {
            problems->append(
                RuleSettings::tr("The favorite host \"%1\" is not an IP address; it is ignored.")
                    .arg(text));
        }
    }
    for (const QString& text : settings::favoriteServices.value()) {
        if (auto service = parseService(text)) {
            favorites.services.push_back(*service);
        } else if (problems) {
            problems->append(
                RuleSettings::tr(
                    "The favorite service \"%1\" is not of the form tcp/443; it is ignored.")
                    .arg(text));
        }
    }
    for (const QString& text : settings::favoritePrograms.value()) {
        favorites.programs.push_back(text.toStdString());
    }
    favorites.idleNs = int64_t(std::max(1, settings::favoriteIdleMinutes.value())) * kNsPerMinute;
    return favorites;
}

BlocklistFileReport loadBlocklist(const QString& path, NamedBlocklist* list) {
    BlocklistFileReport report;
    report.path = path;
    const QString name = QFileInfo(path).fileName();
    auto parsed = loadBlocklistFile(path.toStdString());
    if (!parsed) {
        report.problems.append(localized(parsed.error()));
        return report;
    }
    report.usable = true;
    report.entries = parsed->entries.size();
    report.problemCount = parsed->problemCount();
    for (const auto& problem : parsed->problems) {
        //: %1 is a blocklist file's name, %2 one of its problems ("Line 12: …").
        report.problems.append(RuleSettings::tr("%1 — %2").arg(
            name, problem.phrase.empty() ? QString::fromStdString(problem.message)
                                         : localized(problem.phrase)));
    }
    if (parsed->problemCount() > parsed->problems.size()) {
        report.problems.append(RuleSettings::tr("%1: … and %2 more lines with problems.")
                                   .arg(name)
                                   .arg(parsed->problemCount() - parsed->problems.size()));
    }
    if (list) {
        list->name = name.toStdString();
        list->entries = std::move(parsed->entries);
    }
    return report;
}

std::shared_ptr<const Blocklists> loadBlocklists(const QStringList& paths,
                                                 std::vector<BlocklistFileReport>* reports) {
    std::vector<NamedBlocklist> lists;
    for (const QString& path : paths) {
        NamedBlocklist list;
        BlocklistFileReport report = loadBlocklist(path, &list);
        if (report.usable) {
            lists.push_back(std::move(list));
        }
        if (reports) {
            reports->push_back(std::move(report));
        }
    }
    if (lists.empty()) {
        return nullptr;
    }
    return std::make_shared<const Blocklists>(std::move(lists));
}

void addUserRules(RulesConfig& config, QStringList* problems, bool withBlocklists) {
    config.rates = storedRateRules(problems);
    config.caps = storedCapRules(problems);
    config.favorites = storedFavorites(problems);
    if (!withBlocklists) {
        return;
    }
    std::vector<BlocklistFileReport> reports;
    config.blocklists = loadBlocklists(settings::blocklistFiles.value(), &reports);
    if (problems) {
        for (const auto& report : reports) {
            problems->append(report.problems);
        }
    }
}

}  // namespace flowscope::ui
