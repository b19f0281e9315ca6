// What the notification rules (rules.h) watch for; the Settings page edits one of these.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/alerts/blocklists.h"
#include "core/base/ip_address.h"
#include "core/flow/aggregates.h"

namespace flowscope {

// Traffic (both directions) above bytesPerSecond for `seconds` in a row.
struct RateRule {
    std::string program;  // executable path (or name); empty: all traffic
    uint64_t bytesPerSecond = 0;
    uint32_t seconds = 10;
};

// More than `bytes` of traffic (both directions) in one local day or month.
struct CapRule {
    enum class Period { Day, Month };
    std::string program;  // executable path (or name); empty: all traffic
    uint64_t bytes = 0;
    Period period = Period::Month;
};

// Starred hosts, services and programs: an alert when one becomes active, that is has traffic
// after none for more than idleNs (or for the first time).
struct Favorites {
    std::vector<IpAddress> hosts;       // remote addresses
    std::vector<ServiceKey> services;   // protocol + service port
    std::vector<std::string> programs;  // executable paths (or names)
    int64_t idleNs = 300'000'000'000;   // 5 minutes
    bool empty() const { return hosts.empty() && services.empty() && programs.empty(); }
};

// Capture trouble: the capture failed (the adapter went away, or another capture error in the
// final snapshot), or more than dropPercent of the frames were lost over the last windowNs.
// Drops are only judged once the window saw at least minFrames frames (lost ones included),
// so a few lost frames of an idle adapter raise nothing.
struct CaptureTroubleRule {
    bool enabled = true;
    double dropPercent = 1.0;
    int64_t windowNs = 10'000'000'000;  // 10 s
    uint64_t minFrames = 100;
};

// A local calendar date; LocalDate(timeNs) gives the date of a capture time in the user's
// time zone (localtime_r by default; tests pass their own).
struct CalendarDate {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31
};
using LocalDate = std::function<CalendarDate(int64_t timeNs)>;
CalendarDate systemLocalDate(int64_t timeNs);

struct RulesConfig {
    bool newPrograms = true;
    std::string knownProgramsPath;  // empty: remembered in memory only
    // Null or empty: the blocklist rule is off.
    std::shared_ptr<const Blocklists> blocklists;
    std::vector<RateRule> rates;
    std::vector<CapRule> caps;
    Favorites favorites;
    CaptureTroubleRule captureTrouble;
    LocalDate localDate = systemLocalDate;

    int64_t rateLimitNs = 60'000'000'000;  // per rule and subject
    size_t coalesceAbove = 3;              // more alerts of one rule in a tick: one summary
    size_t summaryNames = 3;               // subjects named in a summary
};

}  // namespace flowscope
