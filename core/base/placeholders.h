// The one-pass filling of %1..%9 that core's English (phrase.cpp) and the app's translated
// sentences (ui/core_text.cpp) share, over char or char16_t (a QString's units).
#pragma once

#include <cstddef>
#include <string_view>

namespace flowscope {

// Walks `text` once: each run of plain text goes to `literal`, each %1..%9 that has an
// argument (index < argCount) to `argument` with its index from 0; a placeholder without one
// stays as text. One pass, so an argument holding "%2" is never filled again.
template <class CharT, class Literal, class Argument>
void forEachPlaceholder(std::basic_string_view<CharT> text, size_t argCount, Literal&& literal,
                        Argument&& argument) {
    size_t start = 0;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        const CharT next = text[i + 1];
        if (text[i] != CharT('%') || next < CharT('1') || next > CharT('9')) {
            continue;
        }
        const auto index = static_cast<size_t>(next - CharT('1'));
        if (index >= argCount) {
            continue;
        }
        literal(text.substr(start, i - start));
        argument(index);
        start = i + 2;
        ++i;
    }
    literal(text.substr(start));
}

}  // namespace flowscope
