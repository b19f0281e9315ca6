#include "core/flow/fragment_map.h"

#include <cstring>

#include "core/flow/flow_hash.h"

namespace flowscope {

size_t FragmentMap::KeyHash::operator()(const Key& k) const {
    uint64_t w[4];
    std::memcpy(&w[0], k.src.bytes().data(), 8);
    std::memcpy(&w[1], k.src.bytes().data() + 8, 8);
    std::memcpy(&w[2], k.dst.bytes().data(), 8);
    std::memcpy(&w[3], k.dst.bytes().data() + 8, 8);
    const uint64_t meta = uint64_t(k.fragmentId) | (uint64_t(k.protocol) << 32) |
                          (uint64_t(k.src.family()) << 40) | (uint64_t(k.dst.family()) << 48);
    const uint64_t h = hashmix::mum(w[0] ^ hashmix::kSecret[0], w[1] ^ hashmix::kSecret[1]) ^
                       hashmix::mum(w[2] ^ hashmix::kSecret[2], w[3] ^ hashmix::kSecret[3]);
    return size_t(
        hashmix::avalanche(hashmix::mum(h ^ hashmix::kSecret[4], meta ^ hashmix::kSecret[5])));
}

FragmentMap::Key FragmentMap::keyOf(const DecodedPacket& packet) {
    return Key{packet.src, packet.dst, packet.fragmentId, packet.ipProtocol};
}

void FragmentMap::record(const DecodedPacket& packet, int64_t timestampNs,
                         const FragmentTarget& target) {
    expire(timestampNs);
    while (m_order.size() >= kMaxEntries) {
        dropOldest();
    }
    const Key key = keyOf(packet);
    const uint64_t sequence = m_nextSequence++;
    m_map[key] = Value{target, timestampNs, sequence};  // a reused id replaces the old entry
    m_order.push_back(Record{key, timestampNs, sequence});
}

const FragmentTarget* FragmentMap::find(const DecodedPacket& packet, int64_t timestampNs) {
    if (m_map.empty()) {
        return nullptr;
    }
    expire(timestampNs);
    const auto it = m_map.find(keyOf(packet));
    if (it == m_map.end() || it->second.timestampNs < timestampNs - kMaxAgeNs) {
        return nullptr;
    }
    return &it->second.target;
}

void FragmentMap::dropOldest() {
    const Record& oldest = m_order.front();
    const auto it = m_map.find(oldest.key);
    if (it != m_map.end() && it->second.sequence == oldest.sequence) {
        m_map.erase(it);
    }
    m_order.pop_front();
}

void FragmentMap::expire(int64_t nowNs) {
    while (!m_order.empty() && m_order.front().timestampNs < nowNs - kMaxAgeNs) {
        dropOldest();
    }
}

size_t FragmentMap::memoryBytes() const {
    // Approximate: map nodes (value + next pointer + cached hash) and buckets, deque records.
    const size_t node = sizeof(std::pair<const Key, Value>) + 2 * sizeof(void*);
    return m_map.size() * node + m_map.bucket_count() * sizeof(void*) +
           m_order.size() * sizeof(Record);
}

}  // namespace flowscope
