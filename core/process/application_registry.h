// Applications by executable path and user (one per program, whatever its pids; a program run
// by two users is two applications), plus one per uid for sockets whose owner is hidden. Describes
// each pid once; published copy-on-write.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/process/application.h"
#include "core/process/process_backend.h"
#include "core/process/socket_index.h"

namespace flowscope {

class ApplicationRegistry {
public:
    explicit ApplicationRegistry(ProcessBackend& backend) : m_backend(backend) {}

    // The application owning a socket record (its lowest living pid's program, or the
    // hidden-owner application of its uid); 0 when none of its processes can be described.
    uint32_t applicationOf(const SocketRecord& record);

    // After an index update that changed something: recomputes every application's pids
    // from the open sockets and forgets pid descriptions no socket needs any more.
    void refreshPids(const SocketIndex& index);

    // After a partial read (sockets looked up one by one): adds these pids to the application
    // (removals wait for the next whole-table refreshPids()).
    void addPids(uint32_t applicationId, const std::vector<uint32_t>& pids);

    // Where a process that has exited before it could be described is looked up (what the
    // socket event source learned when it made its first socket); none by default.
    using ExitedLookup = std::function<std::optional<ProcessInfo>(uint32_t pid)>;
    void setExitedLookup(ExitedLookup lookup) { m_exited = std::move(lookup); }
    // Whether socket events are coming, so that an exiting process (no executable left to
    // read) is better left unknown until its own events name it than named by its comm.
    void setEventsExpected(bool expected) { m_eventsExpected = expected; }

    // Publishes a new copy if anything changed since the last call.
    std::shared_ptr<const std::vector<Application>> publish();

private:
    uint32_t intern(const std::string& key, Application app);
    // The backend's description, or the socket events' where that has the path it lacks.
    std::optional<ProcessInfo> describe(uint32_t pid);

    ProcessBackend& m_backend;
    ExitedLookup m_exited;
    bool m_eventsExpected = false;
    std::vector<Application> m_apps;  // index = id - 1
    std::unordered_map<std::string, uint32_t> m_byKey;
    std::unordered_map<uint32_t, uint32_t> m_pidApp;  // pid -> application id
    bool m_dirty = true;
    std::shared_ptr<const std::vector<Application>> m_published;
};

}  // namespace flowscope
