// A scripted ProcessBackend for the platform-independent unit tests: the test sets the socket
// table and the processes, and counts reads.
#pragma once

#include <map>
#include <mutex>

#include "core/process/process_backend.h"

namespace flowscope::test {

struct FakeState {
    std::mutex mutex;
    std::vector<SocketRecord> table;
    std::map<uint32_t, ProcessInfo> processes;
    int reads = 0;
    int describes = 0;
    bool fail = false;
};

class FakeBackend final : public ProcessBackend {
public:
    explicit FakeBackend(std::shared_ptr<FakeState> state) : m_state(std::move(state)) {}
    const char* name() const override { return "fake"; }
    Result<std::vector<SocketRecord>> readSockets() override {
        std::lock_guard lock(m_state->mutex);
        ++m_state->reads;
        if (m_state->fail) {
            return makeError(ErrorCode::Io, "The fake table is unavailable.");
        }
        return m_state->table;
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

private:
    std::shared_ptr<FakeState> m_state;
};

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
