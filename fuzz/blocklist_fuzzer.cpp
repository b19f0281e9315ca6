// libFuzzer target for core/alerts: the input is a blocklist file's text. It is parsed whole
// and in chunks (split points taken from the input) and both must agree; every entry must be
// a clean prefix, every message one printable line; then a PrefixSet over the entries must
// find each entry's first and last address inside a listed prefix at least as specific.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/alerts/blocklist_parser.h"
#include "core/alerts/prefix_set.h"

using namespace flowscope;

namespace {

void check(bool ok) {
    if (!ok) {
        std::abort();
    }
}

IpAddress lastAddress(const BlocklistEntry& e) {
    auto b = e.network.bytes();
    for (size_t k = 0; k < e.network.size(); ++k) {
        const int kept = std::max(0, std::min(8, e.prefixLength - int(k) * 8));
        b[k] = uint8_t(b[k] | (kept == 8 ? 0 : 0xff >> kept));
    }
    return e.network.isV4() ? IpAddress::fromV4(b.data()) : IpAddress::fromV6(b.data());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ParsedBlocklist whole = parseBlocklist(text);

    BlocklistParser parser;
    const size_t step = size == 0 ? 1 : 1 + data[0] % 61;
    for (size_t i = 0; i < size; i += step) {
        parser.feed(text.substr(i, step));
    }
    const ParsedBlocklist pieces = parser.finish();
    check(pieces.entries.size() == whole.entries.size());
    check(pieces.problemSummary() == whole.problemSummary());
    check(whole.problems.size() <= BlocklistParser::kMaxReportedProblems);
    check(whole.problems.size() <= whole.problemCount());

    for (const auto& p : whole.problems) {
        check(!p.message.empty() && p.message.size() < 400);
        for (char c : p.message) {
            check(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f);
        }
    }
    std::vector<PrefixEntry> prefixes;
    for (const auto& e : whole.entries) {
        check(e.prefixLength <= e.network.size() * 8);
        check(e.line >= 1 && e.line <= whole.lines);
        prefixes.push_back({e.network, e.prefixLength, uint32_t(prefixes.size())});
    }
    const PrefixSet set(prefixes);
    for (const auto& e : whole.entries) {
        for (const IpAddress& a : {e.network, lastAddress(e)}) {
            const auto id = set.find(a);
            check(id.has_value() && *id < prefixes.size());
            const auto& hit = prefixes[*id];
            check(a.inPrefix(hit.network, hit.prefixLength));
            check(hit.prefixLength >= e.prefixLength);
        }
    }
    return 0;
}
