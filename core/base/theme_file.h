// A user theme file: a small text file of colours that the desktop app lists in View → Theme
// (docs/themes.md is the reference). The bytes come from the user's config folder, so the
// parser trusts nothing: every line is checked and the first bad one is refused with its
// number. No Qt here: the app turns the colours into a palette.
//
//     # comment
//     name = Solarized Dark
//     based-on = dark            (light or dark: the colours not given, and the kind)
//     window = #002b36           (#rrggbb or #rgb)
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace flowscope {

// The colours a theme file may set, in docs/themes.md's order.
enum class ThemeRole {
    Window,
    WindowText,
    Base,
    AlternateBase,
    Text,
    Button,
    ButtonText,
    Highlight,
    HighlightedText,
    DisabledText,
    Link,
    ToolTipBase,
    ToolTipText,
    Border,
    SeriesIncoming,
    SeriesOutgoing,
    StatusOk,
    StatusWarning,
    StatusError,
};
inline constexpr size_t kThemeRoleCount = size_t(ThemeRole::StatusError) + 1;

// The file's key for a role ("window-text"), and the role of a key.
std::string_view themeRoleKey(ThemeRole role);
std::optional<ThemeRole> themeRoleOf(std::string_view key);

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

struct ThemeFile {
    std::string name;                                          // as the menu shows it (UTF-8)
    bool dark = false;                                         // based-on = dark
    std::array<std::optional<Rgb>, kThemeRoleCount> colors{};  // unset: from the base theme

    const std::optional<Rgb>& color(ThemeRole role) const { return colors[size_t(role)]; }
};

// Files larger than this are refused (a theme is a few hundred bytes).
inline constexpr size_t kThemeFileMaxBytes = 64 * 1024;

// Why a theme file was refused, for a caller that says it in the user's language.
struct ThemeFileProblem {
    enum class Kind : uint8_t {
        TooLarge,          // over kThemeFileMaxBytes
        NoName,            // no "name = …" line
        ExpectedKeyValue,  // a line that is not "key = value"
        GivenTwice,        // `text`: the key
        BadName,           // not 1 to 80 characters of UTF-8
        BadBasedOn,        // neither light nor dark
        UnknownKey,        // `text`: the key (its first 40 bytes)
        BadColor,          // `text`: the value (its first 40 bytes)
    };
    Kind kind = Kind::TooLarge;
    size_t line = 0;   // 1-based; 0 for the whole file
    std::string text;  // the key or value concerned, when the kind names one
};

// The problem in English, as parseThemeFile's error message: "line 7: …" and what to write.
std::string themeProblemText(const ThemeFileProblem& problem);

// Parses a theme file's text. The error's message names the line ("line 7: …") and says what
// to write instead; the caller adds the file name. `problem`, when given, gets the same as
// data (for a translated sentence).
Result<ThemeFile> parseThemeFile(std::string_view text, ThemeFileProblem* problem = nullptr);

// "#rrggbb" or "#rgb" (hex digits either case); nothing else.
std::optional<Rgb> parseRgb(std::string_view text);

}  // namespace flowscope
