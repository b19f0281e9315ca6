#include "core/base/phrase.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "core/base/placeholders.h"

namespace flowscope {

Phrase phrase(const char* text, std::vector<Phrase> args) {
    Phrase p;
    p.kind = Phrase::Kind::Template;
    p.text = text;
    p.args = std::move(args);
    return p;
}

Phrase plural(const char* text, uint64_t count, std::vector<Phrase> args) {
    Phrase p = phrase(text, std::move(args));
    p.count = static_cast<int64_t>(std::min<uint64_t>(count, INT64_MAX));
    return p;
}

Phrase verbatim(std::string text) {
    Phrase p;
    p.value = std::move(text);
    return p;
}

std::string englishForm(std::string_view text, int64_t count) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.substr(i, 3) == "(s)") {
            out += count == 1 ? "" : "s";
            i += 2;
        } else if (text.substr(i, 8) == "was/were") {
            out += count == 1 ? "was" : "were";
            i += 7;
        } else {
            out += text[i];
        }
    }
    return out;
}

Phrase clause(Phrase sentence) {
    sentence.clause = true;
    return sentence;
}

// The sentence with its final full stop (english() drops it from a clause).
namespace {

std::string englishSentence(const Phrase& p) {
    if (p.kind == Phrase::Kind::Joined) {
        std::string out;
        for (const Phrase& sentence : p.args) {
            out += (out.empty() ? "" : " ") + english(sentence);
        }
        return out;
    }
    if (p.kind != Phrase::Kind::Template) {
        return p.value;
    }
    std::string out;
    const std::string form =
        p.count >= 0 && p.text != nullptr ? englishForm(p.text, p.count) : std::string();
    const std::string_view text = p.count >= 0        ? std::string_view(form)
                                  : p.text == nullptr ? std::string_view()
                                                      : std::string_view(p.text);
    forEachPlaceholder(
        text, p.args.size(), [&](std::string_view literal) { out += literal; },
        [&](size_t index) { out += english(p.args[index]); });
    return out;
}

}  // namespace

std::string english(const Phrase& p) {
    std::string s = englishSentence(p);
    if (p.clause && !s.empty() && s.back() == '.') {
        s.pop_back();
    }
    return s;
}

Phrase joined(std::vector<Phrase> sentences) {
    std::erase_if(sentences, [](const Phrase& s) { return s.empty(); });
    if (sentences.size() == 1) {
        return std::move(sentences.front());
    }
    Phrase p;
    p.kind = Phrase::Kind::Joined;
    p.args = std::move(sentences);
    return p;
}

}  // namespace flowscope
