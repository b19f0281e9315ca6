// Shared by the history wiring tests: ticks of one application's connection as the engine
// publishes them (snapshot + diff), fed straight into a recorder sink on the test's thread so
// that what each tick carries, and when the recorder is paused, is exact.
#pragma once

#include <QByteArray>
#include <QFile>
#include <chrono>
#include <memory>
#include <utility>
#include <vector>

#include "core/engine/snapshot.h"
#include "core/process/application.h"

namespace flowscope::ui::test {

inline int64_t wallNowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

inline Application testApplication(uint32_t id, const char* name) {
    Application app;
    app.id = id;
    app.name = name;
    app.path = std::string("/usr/bin/") + name;
    app.user = "tester";
    app.uid = 1000;
    app.pids = {4000 + id};
    return app;
}

// One application with one UDP connection to 8.8.8.8:53 (DNS); tick() adds traffic.
class Ticker {
public:
    explicit Ticker(int64_t startNs = wallNowNs()) : m_nowNs(startNs) {
        auto apps = std::make_shared<std::vector<Application>>();
        apps->push_back(testApplication(1, "wiring-test"));
        m_apps = apps;
        m_flow.id = 1;
        m_flow.key.protocol = 17;
        m_flow.key.hasPorts = true;
        m_flow.key.a = {*IpAddress::parse("10.0.0.5"), 40000};
        m_flow.key.b = {*IpAddress::parse("8.8.8.8"), 53};
        m_flow.localIsA = true;
        m_flow.appId = 1;
        m_flow.pid = 4001;
        m_flow.firstSeenNs = m_nowNs;
    }

    // The next tick (one second later) with `out` bytes sent and `in` received, one packet
    // each way per 100 bytes (at least one).
    std::pair<SnapshotPtr, EngineDiff> tick(uint64_t out, uint64_t in) {
        m_nowNs += 1'000'000'000;
        m_flow.bytesOutAtTick = m_flow.counters.bytesOut;
        m_flow.bytesInAtTick = m_flow.counters.bytesIn;
        FlowCounters interval;
        interval.bytesOut = out;
        interval.bytesIn = in;
        interval.packetsOut = out ? std::max<uint64_t>(1, out / 100) : 0;
        interval.packetsIn = in ? std::max<uint64_t>(1, in / 100) : 0;
        m_flow.counters.bytesOut += interval.bytesOut;
        m_flow.counters.bytesIn += interval.bytesIn;
        m_flow.counters.packetsOut += interval.packetsOut;
        m_flow.counters.packetsIn += interval.packetsIn;
        m_flow.lastSeenNs = m_nowNs;

        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->sequence = ++m_sequence;
        snapshot->timeNs = m_nowNs;
        snapshot->intervalNs = 1'000'000'000;
        snapshot->tickNs = 1'000'000'000;
        snapshot->state = EngineState::Running;
        snapshot->applications = m_apps;
        snapshot->topApplications.push_back({1, m_flow.counters, interval, 1});
        snapshot->flowCount = 1;
        EngineDiff diff;
        (m_sequence == 1 ? diff.added : diff.changed).push_back(m_flow);
        return {snapshot, std::move(diff)};
    }
    int64_t nowNs() const { return m_nowNs; }
    const Flow& flow() const { return m_flow; }

private:
    std::shared_ptr<const std::vector<Application>> m_apps;
    Flow m_flow;
    uint64_t m_sequence = 0;
    int64_t m_nowNs;
};

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace flowscope::ui::test
