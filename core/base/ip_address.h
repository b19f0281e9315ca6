// An IPv4 or IPv6 address as a small value type (17 bytes of state, trivially copyable).
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace flowscope {

class IpAddress {
public:
    enum class Family : uint8_t { None = 0, V4 = 4, V6 = 6 };

    IpAddress() = default;
    // Inline: the decoder calls these per packet, and an out-of-line call returning the
    // struct through memory costs a store-forwarding stall.
    static IpAddress fromV4(const uint8_t* networkOrder4) {
        IpAddress a;
        a.m_family = Family::V4;
        std::memcpy(a.m_bytes.data(), networkOrder4, 4);
        return a;
    }
    static IpAddress fromV6(const uint8_t* networkOrder16) {
        IpAddress a;
        a.m_family = Family::V6;
        std::memcpy(a.m_bytes.data(), networkOrder16, 16);
        return a;
    }
    static IpAddress fromV4(uint32_t hostOrder);
    // In-place forms of the above, for the per-packet decoder (no temporary object).
    void assignV4(const uint8_t* networkOrder4) {
        // The 16 bytes in one store: the flow key reads them back in one 16-byte load (and the
        // hash as two words), which the store buffer cannot serve from two 8-byte stores, the
        // form the compiler gives a zeroed std::array. A vector value is stored whole.
        using Words32 = uint32_t __attribute__((vector_size(16)));
        uint32_t word;
        std::memcpy(&word, networkOrder4, 4);
        const Words32 bytes = {word, 0, 0, 0};
        std::memcpy(m_bytes.data(), &bytes, 16);
        m_family = Family::V4;
    }
    void assignV6(const uint8_t* networkOrder16) {
        std::memcpy(m_bytes.data(), networkOrder16, 16);
        m_family = Family::V6;
    }
    // The address whose bytes are `hi` then `lo` (as memcpy'd from bytes() 0..7 and 8..15).
    void assignWords(uint64_t hi, uint64_t lo, Family family) {
        std::memcpy(m_bytes.data(), &hi, 8);
        std::memcpy(m_bytes.data() + 8, &lo, 8);
        m_family = family;
    }
    // Parses dotted IPv4 or any RFC 4291 textual IPv6 form; nullopt if invalid.
    static std::optional<IpAddress> parse(std::string_view text);

    Family family() const { return m_family; }
    bool isV4() const { return m_family == Family::V4; }
    bool isV6() const { return m_family == Family::V6; }
    bool isNone() const { return m_family == Family::None; }
    // Network-order bytes; IPv4 uses the first 4, the rest are zero.
    const std::array<uint8_t, 16>& bytes() const { return m_bytes; }
    size_t size() const { return isV4() ? 4 : isV6() ? 16 : 0; }

    // RFC 5952 for IPv6 (compressed, lower case), dotted quad for IPv4; "" for none.
    std::string toString() const;
    // The same text written to `out`, which has room for kMaxTextLength bytes; returns its end.
    static constexpr size_t kMaxTextLength = 45;  // "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"
    char* write(char* out) const;

    bool isLoopback() const;
    bool isLinkLocal() const;
    bool isMulticast() const;
    bool isBroadcast() const;  // 255.255.255.255 only (subnet broadcasts need a prefix)
    bool isUnspecified() const;
    // RFC 1918, RFC 6598 (CGNAT) and IPv6 unique-local fc00::/7.
    bool isPrivate() const;
    // True for addresses that are never the "remote" side of a local machine's traffic
    // when reading a file: private, loopback, link-local, unspecified.
    bool isLocalScope() const { return isPrivate() || isLoopback() || isLinkLocal(); }

    // Does this address lie inside prefix/length (same family)?
    bool inPrefix(const IpAddress& prefix, int length) const;

    size_t hash() const;

    friend auto operator<=>(const IpAddress&, const IpAddress&) = default;
    friend bool operator==(const IpAddress&, const IpAddress&) = default;

private:
    std::array<uint8_t, 16> m_bytes{};
    Family m_family = Family::None;
};

struct IpAddressHash {
    size_t operator()(const IpAddress& a) const { return a.hash(); }
};

}  // namespace flowscope
