#include "core/capture/interface_index.h"

#include "core/base/hex_digit.h"

namespace flowscope {

namespace {

constexpr std::string_view kNpfPrefix = "\\Device\\NPF_";

// Reads `digits` hex digits from the front of `text` (consumed); false if one is not hex.
bool readHex(std::string_view& text, size_t digits, uint64_t& out) {
    if (text.size() < digits) {
        return false;
    }
    out = 0;
    for (size_t i = 0; i < digits; ++i) {
        const int d = hexDigit(text[i]);
        if (d < 0) {
            return false;
        }
        out = (out << 4) | uint64_t(d);
    }
    text.remove_prefix(digits);
    return true;
}

bool readChar(std::string_view& text, char c) {
    if (text.empty() || text.front() != c) {
        return false;
    }
    text.remove_prefix(1);
    return true;
}

}  // namespace

std::optional<AdapterGuid> npcapAdapterGuid(std::string_view name) {
    if (!name.starts_with(kNpfPrefix)) {
        return std::nullopt;
    }
    std::string_view t = name.substr(kNpfPrefix.size());
    AdapterGuid g;
    uint64_t v = 0;
    // {8-4-4-4-12}: the fourth group is Data4's first two bytes, the fifth its other six.
    if (!readChar(t, '{') || !readHex(t, 8, v)) {
        return std::nullopt;
    }
    g.data1 = uint32_t(v);
    if (!readChar(t, '-') || !readHex(t, 4, v)) {
        return std::nullopt;
    }
    g.data2 = uint16_t(v);
    if (!readChar(t, '-') || !readHex(t, 4, v)) {
        return std::nullopt;
    }
    g.data3 = uint16_t(v);
    if (!readChar(t, '-')) {
        return std::nullopt;
    }
    for (size_t i = 0; i < g.data4.size(); ++i) {
        if ((i == 2 && !readChar(t, '-')) || !readHex(t, 2, v)) {
            return std::nullopt;
        }
        g.data4[i] = uint8_t(v);
    }
    if (!readChar(t, '}') || !t.empty()) {
        return std::nullopt;
    }
    return g;
}

bool isNpcapLoopback(std::string_view name) {
    return name == "\\Device\\NPF_Loopback";
}

}  // namespace flowscope
