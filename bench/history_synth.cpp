#include "bench/history_synth.h"

#include <cmath>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "core/store/history_time.h"

namespace flowscope::history::synth {

namespace {

struct Program {
    const char* name;
    const char* path;
    double weight;  // share of the traffic
    std::vector<int> hosts;
};

struct Host {
    const char* name;
    const char* address;
    const char* country;
    uint32_t asNumber;
    const char* organization;
    const char* service;
    uint16_t port;
};

const std::vector<Host>& hosts() {
    static const std::vector<Host> list = {
        {"www.google.com", "142.250.185.68", "US", 15169, "Google LLC", "https", 443},
        {"www.youtube.com", "142.250.186.110", "US", 15169, "Google LLC", "https", 443},
        {"github.com", "140.82.121.4", "US", 36459, "GitHub, Inc.", "https", 443},
        {"deb.debian.org", "151.101.38.132", "US", 54113, "Fastly, Inc.", "http", 80},
        {"cdn.jsdelivr.net", "104.16.89.20", "US", 13335, "Cloudflare, Inc.", "https", 443},
        {"imap.mail.example.de", "88.198.10.10", "DE", 24940, "Hetzner Online GmbH", "imaps", 993},
        {"smtp.mail.example.de", "88.198.10.11", "DE", 24940, "Hetzner Online GmbH", "submission",
         587},
        {"audio-ak.spotifycdn.com", "23.53.40.12", "NL", 20940, "Akamai International B.V.",
         "https", 443},
        {"api.spotify.com", "35.186.224.25", "US", 15169, "Google LLC", "https", 443},
        {"slack.com", "54.230.11.94", "US", 16509, "Amazon.com, Inc.", "https", 443},
        {"wss-primary.slack.com", "3.65.102.105", "DE", 16509, "Amazon.com, Inc.", "https", 443},
        {"zoom.us", "170.114.52.2", "US", 30103, "Zoom Video Communications, Inc.", "https", 443},
        {"zoomfrn.zoom.us", "206.247.115.20", "DE", 30103, "Zoom Video Communications, Inc.",
         "udp/8801", 8801},
        {"client.dropbox.com", "162.125.69.19", "US", 19679, "Dropbox, Inc.", "https", 443},
        {"steamcdn-a.akamaihd.net", "2.16.186.11", "FR", 20940, "Akamai International B.V.",
         "https", 443},
        {"chat.signal.org", "76.223.92.165", "US", 16509, "Amazon.com, Inc.", "https", 443},
        {"update.code.visualstudio.com", "13.107.246.40", "IE", 8075, "Microsoft Corporation",
         "https", 443},
        {"ovh.example.fr", "51.38.1.20", "FR", 16276, "OVH SAS", "ssh", 22},
        {"1.1.1.1", "1.1.1.1", "AU", 13335, "Cloudflare, Inc.", "domain", 53},
        {"ntp.ubuntu.com", "185.125.190.58", "GB", 41231, "Canonical Group Limited", "ntp", 123},
        {"news.ycombinator.com", "209.216.230.240", "US", 21581, "M5 Computer Security", "https",
         443},
        {"www.wikipedia.org", "185.15.59.224", "NL", 14907, "Wikimedia Foundation Inc.", "https",
         443},
    };
    return list;
}

const std::vector<Program>& programs() {
    static const std::vector<Program> list = {
        {"firefox-esr", "/usr/lib/firefox-esr/firefox-esr", 0.30, {0, 1, 2, 4, 20, 21}},
        {"spotify", "/usr/share/spotify/spotify", 0.16, {7, 8}},
        {"zoom", "/opt/zoom/zoom", 0.14, {11, 12}},
        {"slack", "/usr/lib/slack/slack", 0.08, {9, 10}},
        {"thunderbird", "/usr/lib/thunderbird/thunderbird", 0.06, {5, 6}},
        {"steam", "/usr/lib/steam/steam", 0.09, {14}},
        {"dropbox", "/opt/dropbox/dropbox", 0.05, {13}},
        {"code", "/usr/share/code/code", 0.04, {16, 2}},
        {"apt", "/usr/bin/apt", 0.03, {3}},
        {"signal-desktop", "/opt/Signal/signal-desktop", 0.02, {15}},
        {"ssh", "/usr/bin/ssh", 0.02, {17}},
        {"systemd-resolved", "/usr/lib/systemd/systemd-resolved", 0.01, {18, 19}},
    };
    return list;
}

// How busy a desktop is at a local hour: quiet at night, busy in the afternoon and evening.
double activity(int64_t minute) {
    const time_t t = static_cast<time_t>(minute);
    std::tm parts{};
    localtime_r(&t, &parts);
    const double hour = parts.tm_hour + parts.tm_min / 60.0;
    const double day = std::exp(-std::pow((hour - 15.0) / 4.5, 2));
    const double evening = 0.7 * std::exp(-std::pow((hour - 21.0) / 2.0, 2));
    const double weekend = (parts.tm_wday == 0 || parts.tm_wday == 6) ? 0.6 : 1.0;
    return 0.03 + weekend * (day + evening);
}

MinuteRecord record(int64_t minute, const Program& program, const Host& host, uint64_t bytes) {
    MinuteRecord r;
    r.minute = minute;
    r.app = {program.name, program.path, "alice"};
    r.remote = {host.name, host.country, host.asNumber, host.organization};
    r.service = host.service;
    // Downloads dominate a desktop; about one packet per 1,200 bytes in, 400 out.
    r.usage.bytesIn = bytes * 5 / 6;
    r.usage.bytesOut = bytes - r.usage.bytesIn;
    r.usage.packetsIn = r.usage.bytesIn / 1200 + 1;
    r.usage.packetsOut = r.usage.bytesOut / 400 + 1;
    return r;
}

ConnectionRecord connectionOf(const MinuteRecord& r, const Host& host, int serial) {
    ConnectionRecord c;
    c.app = r.app;
    c.remote = r.remote;
    ConnectionRow& row = c.row;
    row.firstSeenNs = (r.minute + serial % 50) * 1'000'000'000;
    row.lastSeenNs = row.firstSeenNs + 7'000'000'000;
    row.protocol =
        std::string(host.service).starts_with("udp") || host.port == 53 || host.port == 123 ? 17
                                                                                            : 6;
    row.localAddress = "192.168.1.23";
    row.localPort = static_cast<uint16_t>(40000 + serial % 20000);
    row.remoteAddress = host.address;
    row.remotePort = host.port;
    row.service = r.service;
    row.usage = r.usage;
    return c;
}

}  // namespace

Result<Written> fill(HistoryWriter& writer, const Options& options) {
    const int64_t end = floorMinute(options.end ? options.end : std::time(nullptr));
    const int64_t start = end - int64_t{options.days} * 86'400;
    std::mt19937 random(options.seed);
    std::discrete_distribution<int> pickProgram = [] {
        std::vector<double> weights;
        for (const Program& p : programs()) {
            weights.push_back(p.weight);
        }
        return std::discrete_distribution<int>(weights.begin(), weights.end());
    }();
    std::lognormal_distribution<double> size(9.5, 1.2);  // bytes per group-minute at full load
    Written written;
    int serial = 0;
    for (int64_t minute = start; minute < end; minute += 60) {
        TickBatch batch;
        batch.now = minute + 59;
        const double busy = activity(minute);
        for (int g = 0; g < options.groupsPerMinute; ++g) {
            const Program& program = programs()[static_cast<size_t>(pickProgram(random))];
            const Host& host =
                hosts()[static_cast<size_t>(program.hosts[random() % program.hosts.size()])];
            const auto bytes = static_cast<uint64_t>(size(random) * busy * options.scale) + 60;
            batch.traffic.push_back(record(minute, program, host, bytes));
            written.total += batch.traffic.back().usage;
            if (g < options.connectionsPerMinute) {
                batch.connections.push_back(connectionOf(batch.traffic.back(), host, serial++));
            }
        }
        if (Status s = writer.write(batch); !s) {
            return s.error();
        }
        (void)writer.prune(batch.now);
        ++written.minutes;
        written.records += batch.traffic.size();
        written.connections += batch.connections.size();
    }
    if (Status s = writer.flush(); !s) {
        return s.error();
    }
    return written;
}

}  // namespace flowscope::history::synth
