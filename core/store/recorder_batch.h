// What the recorder writes for one tick (recorder_sink.cpp): it follows every flow it was told
// about, records the difference since the flow was last written, groups the differences by
// (application, remote host, AS, country, service) for the tick's minute, and turns flows that
// left the table into connection rows.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
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
    };

    void follow(const EngineSnapshot& snapshot, const Flow& flow, bool paused,
                std::unordered_map<int, Usage>& traffic);
    int groupOf(const EngineSnapshot& snapshot, const Flow& flow);
    void regroup(const EngineSnapshot& snapshot);
    static constexpr size_t kMaxGroups = 100'000;
    ConnectionRecord connection(const Followed& followed) const;

    PlaceSources m_sources;
    std::unordered_map<uint64_t, Followed> m_flows;
    std::vector<Group> m_groups;
    std::unordered_map<std::string, int> m_groupIndex;
};

}  // namespace flowscope::history
