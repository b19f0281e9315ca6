// One notification produced by the rules (rules.h): what the ui shows, delivers and opens.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/ip_address.h"
#include "core/base/phrase.h"

namespace flowscope {

enum class AlertRule { NewProgram, Blocklist, TrafficRate, Favorite, DataCap, CaptureTrouble };
// A stable, short name ("new-program", "blocklist", "traffic-rate", "favorite",
// "data-cap", "capture-trouble") for settings and webhooks.
const char* alertRuleName(AlertRule rule);

// Which sentences an alert's title and body are, so that the desktop app can say them in its
// own language from AlertFacts; title and body stay in English for webhooks and logs.
// AsWritten: only title and body (alerts made elsewhere, e.g. in tests).
enum class AlertMessage {
    AsWritten,
    FirstConnection,  // program, user
    Blocklisted,      // address, program, list, prefix, line
    FavoriteHost,     // subject, address, service, program
    FavoriteService,  // the same
    FavoriteProgram,  // the same
    RateAbove,        // program (empty: all traffic), limit (bytes/s), seconds
    CapReached,       // program (empty: all traffic), daily, bytes, limit (the cap in bytes)
    AdapterGone,      // error: core's sentence
    CaptureFailed,    // error
    Dropping,         // percent, dropped, offered, seconds
    Summary,          // the rule's summary: names, more, Alert::count events
};

// What fills an AlertMessage's sentences; unused fields stay empty.
struct AlertFacts {
    std::string program{};  // path or name
    std::string user{};
    std::string address{};             // the remote address as text
    std::string list{};                // blocklist name
    std::string prefix{};              // the listed network, "203.0.113.0/24"
    std::string service{};             // "tcp/443 (https)"
    std::string subject{};             // a favorite as the user wrote it
    Phrase error{};                    // core's sentence (capture errors)
    std::vector<std::string> names{};  // a summary's subjects, short names
    uint64_t more = 0;                 // a summary's subjects not named
    uint64_t line = 0;                 // in the blocklist file
    uint64_t bytes = 0;                // the traffic that reached a cap
    uint64_t limit = 0;                // a rate's bytes per second, or a cap's bytes
    uint64_t dropped = 0;              // frames lost in the window
    uint64_t offered = 0;              // frames offered in the window
    double percent = 0;
    int64_t seconds = 0;
    bool daily = false;  // a cap per day (else per month)
};

struct Alert {
    int64_t timeNs = 0;  // the snapshot's time (capture time) when the rule fired
    AlertRule rule = AlertRule::NewProgram;
    // What the alert is about: a program path or name, an address, a service ("tcp/443"), or
    // "all traffic". Empty for a summary of several subjects (count > 1).
    std::string subject;
    std::string title;   // one line
    std::string body;    // one sentence
    uint32_t count = 1;  // events this alert stands for (> 1: a coalesced summary)
    // What "Show" opens Inspect filtered to: the remote address and/or the application
    // (EngineSnapshot::applications id, 0 = none). Both empty for a summary.
    IpAddress address;
    uint32_t appId = 0;
    AlertMessage message = AlertMessage::AsWritten;
    AlertFacts facts;
};

}  // namespace flowscope
