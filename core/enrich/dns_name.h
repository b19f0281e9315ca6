// Domain names in DNS wire format (RFC 1035 3.1 and 4.1.4): reading them from untrusted
// messages (with compression), writing them for queries, and the reverse-lookup names
// (in-addr.arpa, ip6.arpa) of addresses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/ip_address.h"
#include "core/enrich/name_parse_status.h"

namespace flowscope {

inline constexpr size_t kDnsMaxLabelLength = 63;
inline constexpr size_t kDnsMaxNameLength = 255;  // wire bytes, length octets and root included

// Reads the name that starts at `offset` in `message` (the whole DNS message, from its header:
// compression pointers are offsets from its first byte). On Ok, `name` is the name as dotted,
// lower-case text without the final dot ("" for the root); a byte outside '!'..'~' is written
// as \DDD and a '.' or '\' inside a label as "\." or "\\". `next` is the offset just past the
// name where it starts (after its first compression pointer, if any).
// Truncated: the bytes end inside the name. Malformed: a label type other than length or
// pointer, a label over 63 bytes, a name over 255 bytes, or a pointer that does not point
// before itself (the rule that makes every chain of pointers end: no loops).
ParseStatus readDnsName(std::span<const uint8_t> message, size_t offset, std::string& name,
                        size_t& next);

// Appends `name` (dotted text, optional final dot, no escapes) in wire format without
// compression. False, with `out` unchanged, if a label is empty or over 63 bytes or the name
// is over 255 bytes.
bool appendDnsName(std::string_view name, std::vector<uint8_t>& out);

// "4.3.2.1.in-addr.arpa" for 1.2.3.4; the 32 nibbles of an IPv6 address, lowest first, then
// "ip6.arpa". Empty for IpAddress::Family::None.
std::string reverseDnsName(const IpAddress& address);

// The inverse of reverseDnsName (case-insensitive, final dot allowed): nullopt for any other
// name, including partial reverse names of networks ("3.2.1.in-addr.arpa").
std::optional<IpAddress> addressFromReverseName(std::string_view name);

}  // namespace flowscope
