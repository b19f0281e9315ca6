// The matcher's cache: every socket of the latest table (and those looked up one by one since)
// that has an owner, by exact 5-tuple, and listeners / unconnected UDP sockets also by
// (protocol, local address, local port) and (protocol, local port). A socket that leaves the
// table keeps its owner for a grace period, so connections that were short or have just closed
// are still attributed. Sockets with the same 5-tuple (SO_REUSEPORT groups) are one entry with
// all their pids.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include "core/process/connection_tuple.h"
#include "core/process/process_backend.h"

namespace flowscope {

struct SocketMatch {
    uint32_t applicationId = 0;
    uint32_t pid = 0;  // lowest pid holding the socket; 0 when the owner is hidden
    const std::vector<uint32_t>* pids = nullptr;  // all of them (valid until the next update)
    MatchKind match = MatchKind::None;
    bool closed = false;   // the socket has left the table; its owner is remembered
    bool viaPeer = false;  // found as the other end's socket (both ends on this machine)
};

class SocketIndex {
public:
    explicit SocketIndex(int64_t graceNs) : m_graceNs(graceNs) {}

    // The application of a socket record (with pids or ownerHidden); 0 to leave it out.
    using ApplicationOf = std::function<uint32_t(const SocketRecord&)>;

    // Applies a fresh table read at `nowNs`. Returns true when an entry was added, changed
    // owner or pids, or closed (so per-application pid lists may have changed).
    bool update(const std::vector<SocketRecord>& table, int64_t nowNs,
                const ApplicationOf& applicationOf);

    // Adds or refreshes the sockets of a partial read (sockets looked up one by one): nothing
    // else is closed. Returns true like update().
    bool upsert(const std::vector<SocketRecord>& sockets, const ApplicationOf& applicationOf);

    // Exact 5-tuple, then (protocol, local address, local port) among listeners and
    // unconnected UDP sockets, then (protocol, local port) among them. Open sockets first at
    // each step, then closed ones within the grace period.
    std::optional<SocketMatch> lookup(const ConnectionTuple& connection, int64_t nowNs) const;

    // Calls fn(applicationId, pids) for every open socket.
    template <class Fn>
    void forEachOpen(Fn fn) const {
        for (const auto& [key, e] : m_entries) {
            if (e.closedAtNs == 0) {
                fn(e.applicationId, e.pids);
            }
        }
    }
    size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        std::vector<uint32_t> pids;  // ascending
        uint32_t applicationId = 0;
        uint32_t seen = 0;       // generation of the last table that had it
        int64_t closedAtNs = 0;  // 0 while open
        bool secondary = false;  // listener or unconnected UDP: also in the local/port maps
        processkeys::LocalKey local;
        processkeys::PortKey port = 0;
    };
    using ExactKey = processkeys::ExactKey;

    bool usable(const Entry& e, int64_t nowNs) const {
        return e.closedAtNs == 0 || nowNs - e.closedAtNs <= m_graceNs;
    }
    bool apply(const SocketRecord& r, uint32_t generation, const ApplicationOf& applicationOf);
    template <class Map, class Key>
    const Entry* bestOf(const Map& map, const Key& key, int64_t nowNs) const;
    SocketMatch matchOf(const Entry& e, MatchKind kind) const;
    void erase(typename std::unordered_map<ExactKey, Entry, processkeys::KeyHash>::iterator it);

    int64_t m_graceNs;
    uint32_t m_generation = 0;
    std::unordered_map<ExactKey, Entry, processkeys::KeyHash> m_entries;
    std::unordered_map<processkeys::LocalKey, std::vector<ExactKey>, processkeys::KeyHash>
        m_byLocal;
    std::unordered_map<processkeys::PortKey, std::vector<ExactKey>> m_byPort;
};

}  // namespace flowscope
