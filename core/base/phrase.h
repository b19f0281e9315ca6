// A sentence for the user as an English template and its arguments, so that each twin words it
// in its own language: core renders the English (the command-line tool's words and every
// Error's message), and the desktop app looks the same template up in its catalogue and fills
// the same arguments (ui/core_text.h).
//
// FS_PHRASE("Core", "…") marks a template for that catalogue: tools/update_translations.sh
// lets lupdate read it as QT_TRANSLATE_NOOP, so the template itself is the catalogue's key and
// core needs no Qt. The context must be "Core" (checked when compiling); it is spelled out only
// because lupdate reads the call as written.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace flowscope {

namespace detail {
consteval const char* corePhrase(std::string_view context, const char* text) {
    if (context != "Core") {
        throw "FS_PHRASE: the context must be \"Core\"";  // a compile error in consteval
    }
    return text;
}
}  // namespace detail

#define FS_PHRASE(context, text) ::flowscope::detail::corePhrase(context, text)
// A template whose words depend on a count (lupdate: QT_TRANSLATE_N_NOOP), for plural(). Its
// English is written as in the app's catalogues: "%1 packet(s)", "was/were".
#define FS_PHRASE_N(context, text) ::flowscope::detail::corePhrase(context, text)

struct Phrase {
    enum class Kind : uint8_t {
        Template,  // `text` with %1..%9 filled from `args`
        Verbatim,  // `value` as it is: a path, an adapter's name, a library's own words
        Number,    // `value` holds decimal digits; the app shows them in its language's digits
        Joined,    // `args` are sentences shown one after another, separated by a space
    };
    Kind kind = Kind::Verbatim;
    const char* text = nullptr;  // a FS_PHRASE template (static storage)
    std::string value;
    std::vector<Phrase> args;
    int64_t count = -1;   // plural(): the count that picks the template's form
    bool clause = false;  // shown inside another sentence: without its final full stop

    bool empty() const {
        return kind == Kind::Joined ? args.empty() : kind != Kind::Template && value.empty();
    }
};

// A template and its arguments; each argument is a string (shown as it is), a number, or
// another Phrase (a clause that is itself translated).
Phrase phrase(const char* text, std::vector<Phrase> args = {});
// A FS_PHRASE_N template; `count` picks its form (the count itself is one of the arguments).
// In English, "(s)" becomes "s" and "was/were" becomes "were" unless the count is 1.
Phrase plural(const char* text, uint64_t count, std::vector<Phrase> args);
Phrase verbatim(std::string text);
template <std::integral T>
Phrase number(T n) {
    Phrase p;
    p.kind = Phrase::Kind::Number;
    p.value = std::to_string(n);
    return p;
}

// The English sentence: %1..%9 replaced by the arguments' English, in one pass (an argument
// holding "%1" stays as it is).
std::string english(const Phrase& p);

// A plural template's English for `count`: "(s)" and "was/were" resolved, %1..%9 kept.
std::string englishForm(std::string_view text, int64_t count);

// A sentence used as a clause of another ("%1; Flowscope uses …"): its final full stop (in
// any script) is dropped where it is shown.
Phrase clause(Phrase sentence);

// Sentences shown one after another ("A. B."), as core joins warnings.
Phrase joined(std::vector<Phrase> sentences);

}  // namespace flowscope
