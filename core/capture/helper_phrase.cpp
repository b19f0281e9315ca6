#include "core/capture/helper_phrase.h"

#include <mutex>
#include <set>
#include <string_view>

#include "core/capture/helper_wire.h"

namespace flowscope::helper {

namespace {

constexpr uint8_t kClause = 1;
constexpr uint8_t kHasCount = 2;
// Far more than the templates core has; bounds what a damaged stream can make us keep.
constexpr size_t kMaxTemplates = 2048;

bool encodable(const Phrase& p, int depth) {
    if (depth > kMaxPhraseDepth || p.args.size() > kMaxPhraseArgs) {
        return false;
    }
    for (const Phrase& a : p.args) {
        if (!encodable(a, depth + 1)) {
            return false;
        }
    }
    return true;
}

void putText(std::vector<uint8_t>& out, std::string_view text) {
    putU32(out, static_cast<uint32_t>(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

void put(std::vector<uint8_t>& out, const Phrase& p) {
    out.push_back(static_cast<uint8_t>(p.kind));
    const bool counted = p.count >= 0;
    out.push_back(static_cast<uint8_t>((p.clause ? kClause : 0) | (counted ? kHasCount : 0)));
    if (counted) {
        putU64(out, static_cast<uint64_t>(p.count));
    }
    putText(out, p.kind == Phrase::Kind::Template && p.text != nullptr ? std::string_view(p.text)
                                                                       : std::string_view(p.value));
    out.push_back(static_cast<uint8_t>(p.args.size()));
    for (const Phrase& a : p.args) {
        put(out, a);
    }
}

// The template's text with static lifetime: the same pointer for the same text.
const char* interned(std::string_view text) {
    static std::mutex mutex;
    static std::set<std::string, std::less<>> templates;
    std::lock_guard lock(mutex);
    if (auto it = templates.find(text); it != templates.end()) {
        return it->c_str();
    }
    if (templates.size() >= kMaxTemplates) {
        return nullptr;
    }
    return templates.emplace(text).first->c_str();
}

bool readText(WireReader& r, std::string_view& text, std::string& why) {
    uint32_t length = 0;
    HP_GET_U32(r, length, "sentence length");
    if (length > kMaxPhraseBytes) {
        why = "a sentence is longer than any the helper writes";
        return false;
    }
    const uint8_t* bytes = nullptr;
    HP_GET_BYTES(r, length, bytes, "sentence");
    text = std::string_view(reinterpret_cast<const char*>(bytes), length);
    return true;
}

bool get(WireReader& r, Phrase& p, int depth, std::string& why) {
    if (depth > kMaxPhraseDepth) {
        why = "a sentence is nested deeper than any the helper writes";
        return false;
    }
    uint8_t kind = 0;
    uint8_t flags = 0;
    HP_GET_U8(r, kind, "sentence kind");
    HP_GET_U8(r, flags, "sentence flags");
    if (kind > static_cast<uint8_t>(Phrase::Kind::Joined) || (flags & ~(kClause | kHasCount))) {
        why = "a sentence has an unknown kind or flag";
        return false;
    }
    p.kind = static_cast<Phrase::Kind>(kind);
    p.clause = (flags & kClause) != 0;
    if (flags & kHasCount) {
        uint64_t count = 0;
        HP_GET_U64(r, count, "count");
        if (count > static_cast<uint64_t>(INT64_MAX)) {
            why = "a sentence has a count no sentence has";
            return false;
        }
        p.count = static_cast<int64_t>(count);
    }
    std::string_view text;
    if (!readText(r, text, why)) {
        return false;
    }
    if (p.kind == Phrase::Kind::Template) {
        if (text.find('\0') != std::string_view::npos) {
            why = "a sentence's template holds a NUL byte";  // it is kept as C text
            return false;
        }
        p.text = interned(text);
        if (p.text == nullptr) {
            why = "more distinct sentences than any Flowscope writes";
            return false;
        }
    } else {
        p.value.assign(text);
    }
    uint8_t args = 0;
    HP_GET_U8(r, args, "argument count");
    if (args > kMaxPhraseArgs) {
        why = "a sentence has more arguments than any the helper writes";
        return false;
    }
    p.args.resize(args);
    for (Phrase& a : p.args) {
        if (!get(r, a, depth + 1, why)) {
            return false;
        }
    }
    return true;
}

}  // namespace

void encodePhrase(std::vector<uint8_t>& out, const Phrase& p) {
    const size_t at = out.size();
    if (encodable(p, 0)) {
        put(out, p);
        if (out.size() - at <= kMaxPhraseBytes) {
            return;
        }
        out.resize(at);
    }
    const std::string english = flowscope::english(p);
    put(out, verbatim(english.substr(0, kMaxPhraseBytes - 16)));
}

bool decodePhrase(WireReader& r, Phrase& out, std::string& why) {
    out = Phrase{};
    return get(r, out, 0, why);
}

}  // namespace flowscope::helper
