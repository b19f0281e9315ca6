// Private: remembers which flow each IP datagram's first fragment went to, so that its
// non-first fragments (which carry no ports) are counted to the same flow. Bounded: at most
// kMaxEntries datagrams, each forgotten kMaxAgeNs of packet time after its first fragment.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <unordered_map>

#include "core/base/ip_address.h"
#include "core/packet/decoded_packet.h"

namespace flowscope {

struct FragmentTarget {
    uint32_t slot = 0;
    uint64_t flowId = 0;  // to detect a slot reused by another flow since
    bool sourceIsA = true;
};

class FragmentMap {
public:
    static constexpr size_t kMaxEntries = 65'536;
    static constexpr int64_t kMaxAgeNs = 30'000'000'000;

    // Records the first fragment `packet` (seen at `timestampNs`) as belonging to `target`.
    void record(const DecodedPacket& packet, int64_t timestampNs, const FragmentTarget& target);
    // The target of a non-first fragment's datagram, or null if unknown or too old.
    const FragmentTarget* find(const DecodedPacket& packet, int64_t timestampNs);

    size_t size() const { return m_map.size(); }
    size_t memoryBytes() const;

private:
    struct Key {
        IpAddress src;
        IpAddress dst;
        uint32_t fragmentId = 0;
        uint8_t protocol = 0;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash {
        size_t operator()(const Key& k) const;
    };
    struct Value {
        FragmentTarget target;
        int64_t timestampNs = 0;
        uint64_t sequence = 0;  // of the record in m_order that owns this entry
    };
    struct Record {
        Key key;
        int64_t timestampNs = 0;
        uint64_t sequence = 0;
    };

    static Key keyOf(const DecodedPacket& packet);
    void dropOldest();
    void expire(int64_t nowNs);

    std::unordered_map<Key, Value, KeyHash> m_map;
    std::deque<Record> m_order;  // insertion order, oldest first
    uint64_t m_nextSequence = 0;
};

}  // namespace flowscope
