#include "core/base/theme_file.h"

#include <algorithm>

#include "core/base/hex_digit.h"

namespace flowscope {

namespace {

constexpr std::array<std::string_view, kThemeRoleCount> kKeys{
    "window",          "window-text", "base",
    "alternate-base",  "text",        "button",
    "button-text",     "highlight",   "highlighted-text",
    "disabled-text",   "link",        "tooltip-base",
    "tooltip-text",    "border",      "series-incoming",
    "series-outgoing", "status-ok",   "status-warning",
    "status-error",
};

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && space(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && space(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

// Well-formed UTF-8 (lead and continuation bytes) without control characters: the name is
// shown in a menu.
bool validName(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t extra = 0;
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        } else if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
        } else {
            return false;
        }
        if (extra >= s.size() - i) {
            return false;  // cut short
        }
        for (size_t k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) {
                return false;
            }
        }
        i += extra + 1;
    }
    return true;
}

using Kind = ThemeFileProblem::Kind;

// A problem as an error, kept in `out` for the caller.
Error refuse(ThemeFileProblem problem, ThemeFileProblem& out) {
    out = std::move(problem);
    return makeError(ErrorCode::BadFormat, themeProblemText(out));
}

}  // namespace

std::string_view themeRoleKey(ThemeRole role) {
    return kKeys[size_t(role)];
}

std::optional<ThemeRole> themeRoleOf(std::string_view key) {
    auto it = std::find(kKeys.begin(), kKeys.end(), key);
    if (it == kKeys.end()) {
        return std::nullopt;
    }
    return ThemeRole(it - kKeys.begin());
}

std::optional<Rgb> parseRgb(std::string_view text) {
    if ((text.size() != 7 && text.size() != 4) || text[0] != '#') {
        return std::nullopt;
    }
    int d[6];
    const size_t n = text.size() - 1;
    for (size_t i = 0; i < n; ++i) {
        if ((d[i] = hexDigit(text[i + 1])) < 0) {
            return std::nullopt;
        }
    }
    if (n == 3) {
        return Rgb{uint8_t(d[0] * 17), uint8_t(d[1] * 17), uint8_t(d[2] * 17)};
    }
    return Rgb{uint8_t(d[0] * 16 + d[1]), uint8_t(d[2] * 16 + d[3]), uint8_t(d[4] * 16 + d[5])};
}

namespace {

// One "key = value" line into `theme`; `seen` notes the keys already given.
Status applyLine(std::string_view key, std::string_view value, size_t line, ThemeFile& theme,
                 std::array<bool, kThemeRoleCount + 2>& seen, ThemeFileProblem& problem) {
    const std::string k(key.substr(0, 40));
    auto once = [&](size_t slot) -> Status {
        if (seen[slot]) {
            return refuse({Kind::GivenTwice, line, k}, problem);
        }
        seen[slot] = true;
        return {};
    };
    if (key == "name") {
        if (Status s = once(kThemeRoleCount); !s) {
            return s;
        }
        if (value.empty() || value.size() > 80 || !validName(value)) {
            return refuse({Kind::BadName, line, {}}, problem);
        }
        theme.name = std::string(value);
        return {};
    }
    if (key == "based-on") {
        if (Status s = once(kThemeRoleCount + 1); !s) {
            return s;
        }
        if (value != "light" && value != "dark") {
            return refuse({Kind::BadBasedOn, line, {}}, problem);
        }
        theme.dark = value == "dark";
        return {};
    }
    const auto role = themeRoleOf(key);
    if (!role) {
        return refuse({Kind::UnknownKey, line, k}, problem);
    }
    if (Status s = once(size_t(*role)); !s) {
        return s;
    }
    const auto rgb = parseRgb(value);
    if (!rgb) {
        return refuse({Kind::BadColor, line, std::string(value.substr(0, 40))}, problem);
    }
    theme.colors[size_t(*role)] = rgb;
    return {};
}

}  // namespace

std::string themeProblemText(const ThemeFileProblem& p) {
    const std::string at = "line " + std::to_string(p.line) + ": ";
    switch (p.kind) {
        case Kind::TooLarge:
            return "the file is larger than 64 KB; a theme is a list of a few colours (see "
                   "docs/themes.md).";
        case Kind::NoName:
            return "the file has no \"name = …\" line; add one with the name to show.";
        case Kind::ExpectedKeyValue:
            return at + "expected \"key = value\".";
        case Kind::GivenTwice:
            return at + "\"" + p.text + "\" is given twice; keep one.";
        case Kind::BadName:
            return at + "the name must be 1 to 80 characters of UTF-8 text.";
        case Kind::BadBasedOn:
            return at + "based-on must be \"light\" or \"dark\".";
        case Kind::UnknownKey:
            return at + "unknown key \"" + p.text +
                   "\"; docs/themes.md lists the keys a theme may set.";
        case Kind::BadColor:
            return at + "\"" + p.text + "\" is not a colour; write it as #rrggbb.";
    }
    return at;
}

Result<ThemeFile> parseThemeFile(std::string_view text, ThemeFileProblem* problemOut) {
    ThemeFileProblem ignored;
    ThemeFileProblem& problem = problemOut ? *problemOut : ignored;
    if (text.size() > kThemeFileMaxBytes) {
        return refuse({Kind::TooLarge, 0, {}}, problem);
    }
    ThemeFile theme;
    std::array<bool, kThemeRoleCount + 2> seen{};
    size_t lineNumber = 0;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        const std::string_view raw = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++lineNumber;
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos) {
            return refuse({Kind::ExpectedKeyValue, lineNumber, {}}, problem);
        }
        if (Status s = applyLine(trim(line.substr(0, eq)), trim(line.substr(eq + 1)), lineNumber,
                                 theme, seen, problem);
            !s) {
            return s.error();
        }
    }
    if (theme.name.empty()) {
        return refuse({Kind::NoName, 0, {}}, problem);
    }
    return theme;
}

}  // namespace flowscope
