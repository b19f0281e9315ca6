// Synthetic snapshots for the rules tests: the snapshot's time is the tests' clock.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/engine/snapshot.h"

namespace flowscope::test {

constexpr int64_t kSecond = 1'000'000'000;

inline Application app(uint32_t id, std::string path, std::string user = "alice") {
    Application a;
    a.id = id;
    a.path = std::move(path);
    const auto slash = a.path.find_last_of('/');
    a.name = slash == std::string::npos ? a.path : a.path.substr(slash + 1);
    a.user = std::move(user);
    return a;
}

// A snapshot at `seconds` covering the one-second tick before it.
inline EngineSnapshot snapshotAt(int64_t seconds, std::vector<Application> apps = {}) {
    EngineSnapshot s;
    s.timeNs = seconds * kSecond;
    s.tickNs = kSecond;
    s.intervalNs = kSecond;
    s.state = EngineState::Running;
    if (!apps.empty()) {
        s.applications = std::make_shared<const std::vector<Application>>(std::move(apps));
    }
    return s;
}

// A flow from this machine (10.0.0.2) to `remote`, owned by `appId`.
inline Flow flowTo(const std::string& remote, uint32_t appId = 0, uint16_t port = 443) {
    Flow f;
    f.key.protocol = 6;
    f.key.hasPorts = true;
    f.key.a = {*IpAddress::parse("10.0.0.2"), 40000};
    f.key.b = {*IpAddress::parse(remote), port};
    f.localIsA = true;
    f.appId = appId;
    return f;
}

}  // namespace flowscope::test
