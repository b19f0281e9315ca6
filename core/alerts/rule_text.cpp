#include "core/alerts/rule_text.h"

#include <cstdio>
#include <iterator>

namespace flowscope::rule_text {

std::string shortName(const std::string& program) {
    const auto slash = program.find_last_of("/\\");
    return slash == std::string::npos || slash + 1 == program.size() ? program
                                                                     : program.substr(slash + 1);
}

std::string formatBytes(uint64_t bytes) {
    const char* units[] = {"B", "kB", "MB", "GB", "TB", "PB"};
    double value = double(bytes);
    size_t unit = 0;
    while (value >= 1000.0 && unit + 1 < std::size(units)) {
        value /= 1000.0;
        ++unit;
    }
    char text[32];
    std::snprintf(text, sizeof text, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    return text;
}

std::string formatRate(uint64_t bytesPerSecond) {
    return formatBytes(bytesPerSecond) + "/s";
}

std::vector<std::string> namesOf(const std::vector<Alert>& alerts, size_t named) {
    std::vector<std::string> names;
    const size_t shown = alerts.size() <= named + 1 ? alerts.size() : named;
    for (size_t i = 0; i < shown; ++i) {
        const std::string& subject = alerts[i].subject;
        // Executable paths ("/usr/bin/curl", "C:\\...\\x.exe") by their file name; addresses,
        // services ("tcp/443") and bare program names as they are.
        const bool path =
            !subject.empty() && (subject[0] == '/' || (subject.size() > 2 && subject[1] == ':'));
        names.push_back(path ? shortName(subject) : subject);
    }
    return names;
}

std::string nameList(const std::vector<Alert>& alerts, size_t named) {
    const std::vector<std::string> names = namesOf(alerts, named);
    std::string text;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            text += i + 1 == names.size() && names.size() == alerts.size() ? " and " : ", ";
        }
        text += names[i];
    }
    if (names.size() < alerts.size()) {
        text += " and " + std::to_string(alerts.size() - names.size()) + " more";
    }
    return text;
}

Alert summaryOf(const std::vector<Alert>& alerts, size_t named) {
    Alert summary;
    summary.timeNs = alerts.front().timeNs;
    summary.rule = alerts.front().rule;
    summary.count = 0;
    for (const auto& alert : alerts) {
        summary.count += alert.count;
    }
    const std::string n = std::to_string(alerts.size());
    const std::string names = nameList(alerts, named);
    summary.message = AlertMessage::Summary;
    summary.facts.names = namesOf(alerts, named);
    summary.facts.more = alerts.size() - summary.facts.names.size();
    switch (summary.rule) {
        case AlertRule::NewProgram:
            summary.title = n + " programs used the network for the first time";
            summary.body = summary.title + ": " + names + ".";
            break;
        case AlertRule::Blocklist:
            summary.title = n + " blocklisted addresses were contacted";
            summary.body = "Connections were made to " + names + ", which are on blocklists.";
            break;
        case AlertRule::TrafficRate:
            summary.title = n + " traffic rates stayed above their limits";
            summary.body = "The traffic of " + names + " stayed above its limit.";
            break;
        case AlertRule::Favorite:
            summary.title = n + " favorites became active";
            summary.body = "Traffic started for " + names + ".";
            break;
        case AlertRule::DataCap:
            summary.title = n + " data caps were exceeded";
            summary.body = "The traffic of " + names + " went over its cap.";
            break;
        case AlertRule::CaptureTrouble:
            summary.title = n + " capture problems";
            summary.body = "The capture had trouble: " + names + ".";
            break;
    }
    return summary;
}

}  // namespace flowscope::rule_text
