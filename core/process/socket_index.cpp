#include "core/process/socket_index.h"

#include <algorithm>

namespace flowscope {

namespace {

bool isSecondary(const SocketRecord& r) {
    return r.state == SocketState::Listen || r.state == SocketState::Unconnected;
}

void removeKey(std::vector<processkeys::ExactKey>& keys, const processkeys::ExactKey& key) {
    keys.erase(std::remove(keys.begin(), keys.end(), key), keys.end());
}

}  // namespace

const char* matchKindName(MatchKind kind) {
    switch (kind) {
        case MatchKind::Exact:
            return "exact";
        case MatchKind::LocalAddress:
            return "local-address";
        case MatchKind::LocalPort:
            return "local-port";
        case MatchKind::None:
            break;
    }
    return "none";
}

void SocketIndex::erase(
    typename std::unordered_map<ExactKey, Entry, processkeys::KeyHash>::iterator it) {
    const Entry& e = it->second;
    if (e.secondary) {
        if (auto l = m_byLocal.find(e.local); l != m_byLocal.end()) {
            removeKey(l->second, it->first);
            if (l->second.empty()) {
                m_byLocal.erase(l);
            }
        }
        if (auto p = m_byPort.find(e.port); p != m_byPort.end()) {
            removeKey(p->second, it->first);
            if (p->second.empty()) {
                m_byPort.erase(p);
            }
        }
    }
    m_entries.erase(it);
}

bool SocketIndex::apply(const SocketRecord& r, uint32_t generation,
                        const ApplicationOf& applicationOf) {
    if (r.pids.empty() && !r.ownerHidden) {
        return false;  // no owner to remember (TIME-WAIT, other namespaces, ...)
    }
    const ExactKey key = processkeys::exactKey(r.protocol, r.local, r.remote);
    auto [it, inserted] = m_entries.try_emplace(key);
    Entry& e = it->second;
    if (!inserted && e.seen == generation) {
        // Another socket with the same 5-tuple (SO_REUSEPORT): one entry, all pids.
        std::vector<uint32_t> merged;
        std::set_union(e.pids.begin(), e.pids.end(), r.pids.begin(), r.pids.end(),
                       std::back_inserter(merged));
        if (merged != e.pids) {
            e.pids = std::move(merged);
            e.applicationId = 0;  // recomputed below from the lowest pid
        }
    } else if (!inserted && e.closedAtNs == 0 &&
               (e.pids == r.pids || (r.pids.empty() && r.ownerHidden))) {
        // Unchanged: the common case. Or a table read without the right to see the owner
        // (another user's socket) of a socket whose pids a socket event gave: what the event
        // said stays, as the socket has not closed in between.
        e.seen = generation;
        if (e.applicationId != 0) {
            return false;
        }
        // An owner that could not be named when last seen (exiting before its socket events
        // were read) is asked again: the events may have named it since.
        SocketRecord owner = r;
        owner.pids = e.pids;
        e.applicationId = applicationOf(owner);
        return e.applicationId != 0;
    } else {
        e.pids = r.pids;
        e.applicationId = 0;
        e.closedAtNs = 0;
    }
    e.seen = generation;
    bool changed = false;
    if (e.applicationId == 0) {
        SocketRecord owner = r;
        owner.pids = e.pids;
        e.applicationId = applicationOf(owner);
        changed = true;
    }
    if (inserted && isSecondary(r)) {
        e.secondary = true;
        e.local = processkeys::localKey(r.protocol, r.local);
        e.port = processkeys::portKey(r.protocol, r.local.port);
        m_byLocal[e.local].push_back(key);
        m_byPort[e.port].push_back(key);
    }
    return changed;
}

bool SocketIndex::update(const std::vector<SocketRecord>& table, int64_t nowNs,
                         const ApplicationOf& applicationOf) {
    const uint32_t generation = ++m_generation;
    bool changed = false;
    m_entries.reserve(table.size());  // no rehashing while a large first table goes in
    for (const SocketRecord& r : table) {
        changed |= apply(r, generation, applicationOf);
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        Entry& e = it->second;
        if (e.seen != generation && e.closedAtNs == 0) {
            e.closedAtNs = nowNs;
            changed = true;
        }
        if (e.closedAtNs != 0 && nowNs - e.closedAtNs > m_graceNs) {
            auto next = std::next(it);
            erase(it);
            it = next;
        } else {
            ++it;
        }
    }
    return changed;
}

bool SocketIndex::upsert(const std::vector<SocketRecord>& sockets,
                         const ApplicationOf& applicationOf) {
    const uint32_t generation = ++m_generation;
    bool changed = false;
    for (const SocketRecord& r : sockets) {
        changed |= apply(r, generation, applicationOf);
    }
    return changed;
}

SocketMatch SocketIndex::matchOf(const Entry& e, MatchKind kind) const {
    SocketMatch m;
    m.applicationId = e.applicationId;
    m.pid = e.pids.empty() ? 0 : e.pids.front();
    m.pids = &e.pids;
    m.match = kind;
    m.closed = e.closedAtNs != 0;
    return m;
}

template <class Map, class Key>
const SocketIndex::Entry* SocketIndex::bestOf(const Map& map, const Key& key, int64_t nowNs) const {
    auto it = map.find(key);
    if (it == map.end()) {
        return nullptr;
    }
    const Entry* closed = nullptr;
    for (const ExactKey& k : it->second) {
        auto e = m_entries.find(k);
        if (e == m_entries.end() || e->second.applicationId == 0) {
            continue;
        }
        if (e->second.closedAtNs == 0) {
            return &e->second;
        }
        if (usable(e->second, nowNs) && (!closed || e->second.closedAtNs > closed->closedAtNs)) {
            closed = &e->second;
        }
    }
    return closed;
}

std::optional<SocketMatch> SocketIndex::lookup(const ConnectionTuple& c, int64_t nowNs) const {
    // When both ends are on this machine, either end's socket will do: the local side's
    // first at each step.
    const SocketAddress* ends[2][2] = {{&c.local, &c.remote}, {&c.remote, &c.local}};
    const int n = c.peerIsLocal ? 2 : 1;
    for (int i = 0; i < n; ++i) {
        auto exact = m_entries.find(processkeys::exactKey(c.protocol, *ends[i][0], *ends[i][1]));
        if (exact != m_entries.end() && exact->second.applicationId != 0 &&
            usable(exact->second, nowNs)) {
            SocketMatch m = matchOf(exact->second, MatchKind::Exact);
            m.viaPeer = i == 1;
            return m;
        }
    }
    for (int i = 0; i < n; ++i) {
        if (const Entry* e =
                bestOf(m_byLocal, processkeys::localKey(c.protocol, *ends[i][0]), nowNs)) {
            SocketMatch m = matchOf(*e, MatchKind::LocalAddress);
            m.viaPeer = i == 1;
            return m;
        }
    }
    for (int i = 0; i < n; ++i) {
        if (const Entry* e =
                bestOf(m_byPort, processkeys::portKey(c.protocol, ends[i][0]->port), nowNs)) {
            SocketMatch m = matchOf(*e, MatchKind::LocalPort);
            m.viaPeer = i == 1;
            return m;
        }
    }
    return std::nullopt;
}

}  // namespace flowscope
