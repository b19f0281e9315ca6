// A scripted ProcessBackend for the platform-independent unit tests: the test sets the socket
// table and the processes, and counts reads. With `lookups` on, it also answers
// readSocketsOf() from the same table like the kernel does (exact tuple, else the socket
// bound to the local port), counting calls and connections asked for.
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <utility>

#include "core/process/process_backend.h"
#include "core/process/process_resolver.h"

namespace flowscope::test {

struct FakeState {
    std::mutex mutex;
    std::vector<SocketRecord> table;
    std::map<uint32_t, ProcessInfo> processes;
    int reads = 0;
    int describes = 0;
    bool identifies = false;  // identify() answers (path and uid) instead of nullopt
    int identified = 0;
    bool fail = false;
    std::function<void()> duringRead;  // called once inside readSockets(), before the copy
    bool lookups = false;
    bool lookupFails = false;
    int lookupCalls = 0;
    size_t lookedUp = 0;
};

class FakeBackend final : public ProcessBackend {
public:
    explicit FakeBackend(std::shared_ptr<FakeState> state) : m_state(std::move(state)) {}
    const char* name() const override { return "fake"; }
    Result<std::vector<SocketRecord>> readSockets() override {
        if (auto hook = std::exchange(m_state->duringRead, nullptr)) {
            hook();
        }
        std::lock_guard lock(m_state->mutex);
        ++m_state->reads;
        if (m_state->fail) {
            return makeError(ErrorCode::Io, "The fake table is unavailable.");
        }
        return m_state->table;
    }
    bool looksUpSockets() const override {
        std::lock_guard lock(m_state->mutex);
        return m_state->lookups;
    }
    std::optional<Result<std::vector<SocketRecord>>> readSocketsOf(
        const std::vector<ConnectionTuple>& connections) override {
        std::lock_guard lock(m_state->mutex);
        if (!m_state->lookups) {
            return std::nullopt;
        }
        ++m_state->lookupCalls;
        m_state->lookedUp += connections.size();
        if (m_state->lookupFails) {
            return Result<std::vector<SocketRecord>>(
                makeError(ErrorCode::Io, "The fake lookup failed."));
        }
        std::vector<SocketRecord> out;
        for (const ConnectionTuple& c : connections) {
            find(c.protocol, c.local, c.remote, out);
            if (c.peerIsLocal) {
                find(c.protocol, c.remote, c.local, out);
            }
        }
        return Result<std::vector<SocketRecord>>(std::move(out));
    }
    std::optional<ProcessInfo> describe(uint32_t pid) override {
        std::lock_guard lock(m_state->mutex);
        ++m_state->describes;
        auto it = m_state->processes.find(pid);
        if (it == m_state->processes.end()) {
            return std::nullopt;
        }
        return it->second;
    }

    std::optional<ProcessIdentity> identify(uint32_t pid) override {
        std::lock_guard lock(m_state->mutex);
        auto it = m_state->processes.find(pid);
        if (!m_state->identifies || it == m_state->processes.end()) {
            return std::nullopt;
        }
        ++m_state->identified;
        return ProcessIdentity{it->second.path, it->second.uid};
    }

private:
    static bool same(const SocketAddress& a, const SocketAddress& b) {
        return a.port == b.port && a.address == b.address;
    }
    void find(uint8_t protocol, const SocketAddress& local, const SocketAddress& remote,
              std::vector<SocketRecord>& out) const {
        const SocketRecord* bound = nullptr;
        for (const SocketRecord& r : m_state->table) {
            if (r.protocol != protocol) {
                continue;
            }
            if (same(r.local, local) && same(r.remote, remote)) {
                out.push_back(r);
                return;
            }
            if ((r.state == SocketState::Listen || r.state == SocketState::Unconnected) &&
                r.local.port == local.port) {
                bound = &r;
            }
        }
        if (bound) {
            out.push_back(*bound);
        }
    }

    std::shared_ptr<FakeState> m_state;
};

// The resolver settings the unit tests share, on an injected clock: refreshes 10 ms apart,
// retries after 50 ms doubling to 400 ms, a 5 s grace period.
inline ProcessResolverConfig testConfig(const int64_t& clock, int maxAttempts) {
    using namespace std::chrono_literals;
    ProcessResolverConfig config;
    config.minRefreshInterval = 10ms;
    config.firstRetry = 50ms;
    config.maxRetry = 400ms;
    config.maxAttempts = maxAttempts;
    config.gracePeriod = 5s;
    config.clock = [&clock] { return clock; };
    return config;
}

inline SocketAddress addr(const char* ip, uint16_t port) {
    return SocketAddress{*IpAddress::parse(ip), port};
}

inline SocketRecord sock(uint8_t proto, SocketAddress local, SocketAddress remote,
                         SocketState state, std::vector<uint32_t> pids, uint32_t uid = 1000) {
    SocketRecord r;
    r.protocol = proto;
    r.local = local;
    r.remote = remote;
    r.state = state;
    r.pids = std::move(pids);
    r.uid = uid;
    return r;
}

inline ProcessInfo proc(uint32_t pid, const char* path, const char* name, uint32_t uid = 1000) {
    ProcessInfo p;
    p.pid = pid;
    p.path = path;
    p.name = name;
    p.uid = uid;
    p.user = "user" + std::to_string(uid);
    p.commandLine = name;
    return p;
}

}  // namespace flowscope::test
