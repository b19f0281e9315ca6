// Shared by the History page tests: a history database filled through HistoryWriter with known
// numbers — two applications over three whole hours before "now", and one connection each —
// and the values every view of it must show.
#pragma once

#include <QFile>
#include <QString>
#include <QtTest>
#include <cstdint>
#include <memory>

#include "core/store/history_time.h"
#include "core/store/history_writer.h"

namespace flowscope::ui::historytest {

constexpr int64_t kHour = 3600;

// Firefox: to example.org (DE, https) 1000·(h+1) bytes in and 100·(h+1) out in hour h (0..2),
// and to cdn.example.net (US, https) 2000 in / 200 out in hour 2. Curl: to debian.org (FR,
// http) 500 in / 50 out in each hour. Packets: one per 100 bytes in, one per 10 bytes out.
struct Known {
    int64_t now = 0;        // the tests' clock: 30 minutes into the current hour
    int64_t hours[3] = {};  // the three hour starts, oldest first
    static constexpr uint64_t kFirefoxIn = 1000 + 2000 + 3000 + 2000;
    static constexpr uint64_t kFirefoxOut = 100 + 200 + 300 + 200;
    static constexpr uint64_t kCurlIn = 3 * 500;
    static constexpr uint64_t kCurlOut = 3 * 50;
    uint64_t firefoxIn(int hour) const {
        return 1000u * uint64_t(hour + 1) + (hour == 2 ? 2000 : 0);
    }
    uint64_t firefoxOut(int hour) const {
        return 100u * uint64_t(hour + 1) + (hour == 2 ? 200 : 0);
    }
};

inline history::AppRef firefox() {
    return {"firefox", "/usr/lib/firefox/firefox", "alice"};
}

inline history::AppRef curl() {
    return {"curl", "/usr/bin/curl", "bob"};
}

inline history::MinuteRecord minute(int64_t at, history::AppRef app, const char* host,
                                    const char* country, const char* service, uint64_t in,
                                    uint64_t out) {
    history::MinuteRecord r;
    r.minute = history::floorMinute(at);
    r.app = std::move(app);
    r.remote.host = host;
    r.remote.country = country;
    r.service = service;
    r.usage = {in, out, in / 100, out / 10};
    return r;
}

inline history::ConnectionRecord connection(int64_t first, history::AppRef app, const char* host,
                                            const char* address, const char* country, uint64_t in,
                                            uint64_t out) {
    history::ConnectionRecord c;
    c.app = app;
    c.remote.host = host;
    c.remote.country = country;
    c.row.firstSeenNs = first * 1'000'000'000;
    c.row.lastSeenNs = (first + 60) * 1'000'000'000;
    c.row.protocol = 6;
    c.row.localAddress = "192.0.2.10";
    c.row.localPort = 40000;
    c.row.remoteAddress = address;
    c.row.remotePort = 443;
    c.row.application = app.name;
    c.row.path = app.path;
    c.row.host = host;
    c.row.service = "https";
    c.row.country = country;
    c.row.usage = {in, out, in / 100, out / 10};
    return c;
}

// Fills `path` (a new file) and returns the known values; QFAIL-style checks via QVERIFY2.
inline Known fillDatabase(const QString& path) {
    Known known;
    known.now = history::floorHour(QDateTime::currentSecsSinceEpoch()) + 30 * 60;
    const int64_t current = history::floorHour(known.now);
    for (int h = 0; h < 3; ++h) {
        known.hours[h] = current - (3 - h) * kHour;
    }
    auto writer = history::HistoryWriter::open(QFile::encodeName(path).toStdString(), {});
    if (!writer) {
        qFatal("cannot create the test database: %s", writer.error().message.c_str());
    }
    for (int h = 0; h < 3; ++h) {
        const int64_t at = known.hours[h] + 5 * 60;
        history::TickBatch batch;
        batch.now = at + 60;
        const uint64_t n = uint64_t(h + 1);
        batch.traffic.push_back(
            minute(at, firefox(), "example.org", "DE", "https", 1000 * n, 100 * n));
        batch.traffic.push_back(minute(at, curl(), "debian.org", "FR", "http", 500, 50));
        if (h == 2) {
            batch.traffic.push_back(
                minute(at, firefox(), "cdn.example.net", "US", "https", 2000, 200));
        }
        if (h == 1) {
            batch.connections.push_back(
                connection(at, firefox(), "example.org", "93.184.216.34", "DE", 2000, 200));
        }
        if (h == 0) {
            batch.connections.push_back(
                connection(at, curl(), "debian.org", "2001:db8::80", "FR", 500, 50));
        }
        const Status written = (*writer)->write(batch);
        if (!written) {
            qFatal("cannot write the test database: %s", written.error().message.c_str());
        }
    }
    return known;
}

}  // namespace flowscope::ui::historytest
