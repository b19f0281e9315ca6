// Several named blocklists behind one PrefixSet: "is this address listed, and where".
// Immutable once built; a new set of lists is built aside and swapped in whole.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/alerts/blocklist_parser.h"
#include "core/alerts/prefix_set.h"
#include "core/base/ip_address.h"

namespace flowscope {

struct NamedBlocklist {
    std::string name;  // shown in the alert ("firehol_level1")
    std::vector<BlocklistEntry> entries;
};

struct BlocklistMatch {
    const std::string* listName = nullptr;  // valid while the Blocklists lives
    BlocklistEntry entry;                   // the matching prefix and its line in that list
};

class Blocklists {
public:
    Blocklists() = default;
    explicit Blocklists(std::vector<NamedBlocklist> lists);

    // The most specific listed prefix holding the address; when several lists hold that same
    // prefix, the one given first wins.
    std::optional<BlocklistMatch> match(const IpAddress& address) const;

    size_t listCount() const { return m_names.size(); }
    size_t entryCount() const { return m_entries.size(); }
    size_t memoryBytes() const;

private:
    std::vector<std::string> m_names;
    std::vector<BlocklistEntry> m_entries;  // all lists, in order
    std::vector<uint32_t> m_listOf;         // list index per entry
    PrefixSet m_set;
};

}  // namespace flowscope
