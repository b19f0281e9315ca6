// What the recorder writes for one tick (recorder_sink.cpp): it follows every flow it was told
// about, records the difference since the flow was last written, groups the differences by
// (application, remote host, AS, country, service) for the tick's minute, and turns flows that
// left the table into connection rows.
//
// While the engine identifies programs, the traffic of a flow whose program is not known yet
// is held back (with the minutes it happened in) until the program is known, the flow leaves
// the table, the capture ends, or kHoldNs have passed: the process resolver usually names a
// new connection's program a tick or more after its first packets, and writing them at once
// put a short connection's traffic, often all of it, under "unknown program".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/engine/snapshot.h"
#include "core/store/history_writer.h"

namespace flowscope {
class GeoResolver;
class ServiceTable;
class OwnAddresses;
}  // namespace flowscope

namespace flowscope::history {

struct PlaceSources {
    GeoResolver* geo = nullptr;  // may be null
    const ServiceTable* services = nullptr;
    const OwnAddresses* own = nullptr;
};

class RecorderBatch {
public:
    explicit RecorderBatch(PlaceSources sources) : m_sources(sources) {}

    // The batch for one tick. `paused`: flows move on, nothing is written. The final snapshot
    // (Finished, Stopped, Failed) also writes the flows still open as connection rows.
    TickBatch build(const EngineSnapshot& snapshot, const EngineDiff& diff, bool paused);
    // The flows that are followed now.
    size_t followed() const { return m_flows.size(); }

    // How long traffic of a flow without a program is held back: longer than the process
    // resolver's retries take with its defaults (50 ms doubling to 2 s, 8 attempts: ~7.2 s).
    static constexpr int64_t kHoldNs = 8'000'000'000;

private:
    struct Group {
        AppRef app;
        RemoteRef remote;
        std::string service;
    };
    struct Followed {
        Flow flow;
        FlowCounters written;
        int group = -1;
        uint32_t groupAppId = 0;
        uint32_t groupNameId = 0;
        std::vector<std::pair<int64_t, Usage>> held;  // (minute, traffic) not written yet
        int64_t heldSinceNs = 0;
    };
    // Traffic of the tick by (minute, group): held traffic keeps the minute it happened in.
    using Traffic = std::map<std::pair<int64_t, int>, Usage>;

    void follow(const EngineSnapshot& snapshot, const Flow& flow, bool paused, bool hold,
                Traffic& traffic);
    void release(uint64_t id, Followed& followed, Traffic& traffic);
    void releaseDue(const EngineSnapshot& snapshot, Traffic& traffic);
    int groupOf(const EngineSnapshot& snapshot, const Flow& flow);
    void regroup(const EngineSnapshot& snapshot);
    static constexpr size_t kMaxGroups = 100'000;
    ConnectionRecord connection(const Followed& followed) const;

    PlaceSources m_sources;
    std::unordered_map<uint64_t, Followed> m_flows;
    std::unordered_set<uint64_t> m_holding;  // flows with held traffic
    std::vector<Group> m_groups;
    std::unordered_map<std::string, int> m_groupIndex;
};

}  // namespace flowscope::history
