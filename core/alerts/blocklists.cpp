#include "core/alerts/blocklists.h"

namespace flowscope {

Blocklists::Blocklists(std::vector<NamedBlocklist> lists) {
    size_t total = 0;
    for (const auto& list : lists) {
        total += list.entries.size();
    }
    m_entries.reserve(total);
    m_listOf.reserve(total);
    std::vector<PrefixEntry> prefixes;
    prefixes.reserve(total);
    for (auto& list : lists) {
        const auto listIndex = static_cast<uint32_t>(m_names.size());
        m_names.push_back(std::move(list.name));
        for (const auto& e : list.entries) {
            const auto id = static_cast<uint32_t>(m_entries.size());
            prefixes.push_back({e.network, e.prefixLength, id});
            m_entries.push_back(e);
            m_listOf.push_back(listIndex);
        }
        list.entries = {};
    }
    m_set = PrefixSet(std::move(prefixes));
}

std::optional<BlocklistMatch> Blocklists::match(const IpAddress& address) const {
    const auto id = m_set.find(address);
    if (!id) {
        return std::nullopt;
    }
    return BlocklistMatch{&m_names[m_listOf[*id]], m_entries[*id]};
}

size_t Blocklists::memoryBytes() const {
    return m_set.memoryBytes() + m_entries.capacity() * sizeof(BlocklistEntry) +
           m_listOf.capacity() * sizeof(uint32_t);
}

}  // namespace flowscope
