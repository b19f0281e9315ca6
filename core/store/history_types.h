// The values the history database holds and answers with (core/store). Times are Unix
// seconds; ranges are half-open [since, until). Hour and day buckets follow the local time
// zone (a day is a local calendar day, as a user reads "today"), minutes are plain minutes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace flowscope::history {

// What a report groups by. Application: the program (its path, name and user); Host: the
// remote end's host name, or its address when no name was learned; Service: "https",
// "dns", or "tcp/8443" without a registered name; Country: ISO code ("DE", "" unknown); As:
// "AS15169" ("" unknown).
enum class Dimension { Application, Host, Service, Country, As };
const char* dimensionName(Dimension dimension);  // "application", "host", ...
bool parseDimension(const std::string& text, Dimension& out);

enum class Granularity { Minute, Hour, Day };
const char* granularityName(Granularity granularity);  // "minute", "hour", "day"

// Traffic both ways. "In" is received by this machine, "out" sent by it; bytes are wire bytes
// (Wireshark's frame.len), as everywhere in Flowscope.
struct Usage {
    uint64_t bytesIn = 0;
    uint64_t bytesOut = 0;
    uint64_t packetsIn = 0;
    uint64_t packetsOut = 0;

    uint64_t bytes() const { return bytesIn + bytesOut; }
    uint64_t packets() const { return packetsIn + packetsOut; }
    Usage& operator+=(const Usage& other) {
        bytesIn += other.bytesIn;
        bytesOut += other.bytesOut;
        packetsIn += other.packetsIn;
        packetsOut += other.packetsOut;
        return *this;
    }
    friend bool operator==(const Usage&, const Usage&) = default;
};

struct TimeRange {
    int64_t since = 0;  // inclusive
    int64_t until = 0;  // exclusive
};

// Restricts a query to one value of one dimension (e.g. one application's hosts).
struct Filter {
    Dimension dimension = Dimension::Application;
    std::string key;  // a TotalRow::key of that dimension
};

// One group's totals over a range, largest first.
struct TotalRow {
    std::string key;     // stable within one database; what a Filter takes
    std::string label;   // what a user reads: program name, host, "https", "DE", "AS15169"
    std::string detail;  // application: its path; As: the organisation; else empty
    std::string user;    // application: the user it ran as; else empty
    Usage usage;
};

// Traffic over time for the largest groups of a range: values[k][b] is keys[k]'s traffic in
// the bucket starting at buckets[b]. Groups beyond the top N are summed into a last key
// "other" (label "Other") when there are any. Buckets without traffic are present (zero).
struct Series {
    Granularity granularity = Granularity::Hour;
    std::vector<int64_t> buckets;  // bucket starts, ascending
    std::vector<TotalRow> keys;    // with their totals over the range
    std::vector<std::vector<Usage>> values;
};

// One finished connection (or one still open when recording stopped).
struct ConnectionRow {
    int64_t firstSeenNs = 0;
    int64_t lastSeenNs = 0;
    uint8_t protocol = 0;  // IP protocol number
    std::string localAddress;
    uint16_t localPort = 0;
    std::string remoteAddress;
    uint16_t remotePort = 0;
    std::string application;  // program name, "" unknown
    std::string path;
    std::string host;  // learned host name, "" none
    std::string service;
    std::string country;  // ISO code, "" unknown
    uint32_t asNumber = 0;
    std::string asOrganization;
    Usage usage;
};

// What the database holds.
struct HistoryInfo {
    std::string path;
    uint64_t fileBytes = 0;  // the database file and its WAL
    int schemaVersion = 0;
    int64_t firstMinute = 0;  // oldest and newest recorded minute (0 when empty)
    int64_t lastMinute = 0;
    uint64_t connections = 0;  // connection rows kept
};

}  // namespace flowscope::history
