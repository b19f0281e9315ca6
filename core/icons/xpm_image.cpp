#include "core/icons/xpm_image.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "core/base/hex_digit.h"
#include "core/icons/x11_colors.h"

namespace flowscope {

namespace {

constexpr int kMaxSide = 4096;
constexpr int kMaxCharsPerPixel = 8;
constexpr int kMaxColors = 1 << 20;

Error corrupt(const std::string& what) {
    return makeError(ErrorCode::Corrupt, "This XPM image is damaged (" + what +
                                             "); the program's icon cannot be " +
                                             "shown, and a generic icon is used instead.");
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool startsWithXpm2(std::string_view text) {
    size_t i = 0;
    while (i < text.size() && isSpace(text[i])) {
        ++i;
    }
    return text.substr(i).rfind("! XPM2", 0) == 0;
}

// XPM2: every line after the "! XPM2" header is one string.
std::vector<std::string> xpm2Strings(std::string_view text) {
    std::vector<std::string> out;
    size_t pos = text.find("! XPM2");
    pos = text.find('\n', pos);
    while (pos != std::string_view::npos && pos + 1 <= text.size()) {
        const size_t start = pos + 1;
        size_t end = text.find('\n', start);
        std::string_view line =
            text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (!line.empty() && line[0] != '!') {
            out.emplace_back(line);
        }
        pos = end;
    }
    return out;
}

// XPM3: the C string literals of the array, outside comments.
Result<std::vector<std::string>> xpm3Strings(std::string_view text, size_t limit = SIZE_MAX) {
    std::vector<std::string> out;
    size_t i = 0;
    const size_t n = text.size();
    while (i < n && out.size() < limit) {
        const char c = text[i];
        if (c == '/' && i + 1 < n && text[i + 1] == '*') {
            const size_t end = text.find("*/", i + 2);
            if (end == std::string_view::npos) {
                return corrupt("a comment is not closed");
            }
            i = end + 2;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '/') {
            const size_t end = text.find('\n', i);
            i = end == std::string_view::npos ? n : end + 1;
        } else if (c == '"') {
            std::string s;
            ++i;
            bool closed = false;
            while (i < n) {
                const char d = text[i];
                if (d == '\\' && i + 1 < n) {
                    s.push_back(text[i + 1]);
                    i += 2;
                } else if (d == '"') {
                    closed = true;
                    ++i;
                    break;
                } else if (d == '\n') {
                    break;
                } else {
                    s.push_back(d);
                    ++i;
                }
            }
            if (!closed) {
                return corrupt("a string is not closed");
            }
            out.push_back(std::move(s));
        } else {
            ++i;
        }
    }
    return out;
}

std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s[i])) {
            ++i;
        }
        const size_t start = i;
        while (i < s.size() && !isSpace(s[i])) {
            ++i;
        }
        if (i > start) {
            out.push_back(s.substr(start, i - start));
        }
    }
    return out;
}

bool parseInt(std::string_view s, int& out) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// "#RGB", "#RRGGBB", "#RRRGGGBBB", "#RRRRGGGGBBBB": the top 8 bits of each channel.
bool parseHexColor(std::string_view spec, Rgb& out) {
    const std::string_view hex = spec.substr(1);
    if (hex.empty() || hex.size() % 3 != 0 || hex.size() > 12) {
        return false;
    }
    const size_t digits = hex.size() / 3;
    uint8_t channel[3] = {0, 0, 0};
    for (size_t c = 0; c < 3; ++c) {
        unsigned value = 0;
        for (size_t d = 0; d < digits; ++d) {
            const int v = hexDigit(hex[c * digits + d]);
            if (v < 0) {
                return false;
            }
            value = value * 16 + unsigned(v);
        }
        // Scale the channel to 8 bits: shift down when wider, replicate the nibble when narrower.
        if (digits == 1) {
            value = value * 17;
        } else {
            value >>= (digits - 2) * 4;
        }
        channel[c] = uint8_t(value);
    }
    out = Rgb{channel[0], channel[1], channel[2]};
    return true;
}

struct Rgba {
    uint8_t r, g, b, a;
};

// One colour definition: "<key> c #ff0000 m black s red". Prefers c, then g, g4, m.
Rgba parseColorSpec(std::string_view rest) {
    static constexpr std::string_view kKeys[] = {"c", "g", "g4", "m", "s"};
    std::string specs[5];
    int current = -1;
    for (std::string_view w : words(rest)) {
        int key = -1;
        for (int k = 0; k < 5; ++k) {
            if (w == kKeys[k]) {
                key = k;
            }
        }
        if (key >= 0) {
            current = key;
            specs[current].clear();
        } else if (current >= 0) {
            if (!specs[current].empty()) {
                specs[current].push_back(' ');
            }
            specs[current].append(w);
        }
    }
    for (int k : {0, 1, 2, 3}) {
        const std::string& spec = specs[k];
        if (spec.empty()) {
            continue;
        }
        if (spec == "None" || spec == "none" || spec == "NONE" || spec == "transparent") {
            return {0, 0, 0, 0};
        }
        Rgb rgb;
        if (spec[0] == '#' && parseHexColor(spec, rgb)) {
            return {rgb.r, rgb.g, rgb.b, 255};
        }
        if (auto named = x11Color(spec)) {
            return {named->r, named->g, named->b, 255};
        }
        return {128, 128, 128, 255};  // a name we do not know: visible, neutral
    }
    return {0, 0, 0, 255};
}

}  // namespace

Result<RgbaImage> parseXpm(std::string_view text) {
    std::vector<std::string> strings;
    if (startsWithXpm2(text)) {
        strings = xpm2Strings(text);
    } else {
        if (text.find("XPM") == std::string_view::npos) {
            return makeError(ErrorCode::BadFormat,
                             "This file is not an XPM image (no XPM header); the program's icon "
                             "cannot be shown, and a generic icon is used instead.");
        }
        auto parsed = xpm3Strings(text);
        if (!parsed) {
            return parsed.error();
        }
        strings = std::move(parsed.value());
    }
    if (strings.empty()) {
        return corrupt("no values line");
    }
    const auto values = words(strings[0]);
    int width = 0;
    int height = 0;
    int colors = 0;
    int cpp = 0;
    if (values.size() < 4 || !parseInt(values[0], width) || !parseInt(values[1], height) ||
        !parseInt(values[2], colors) || !parseInt(values[3], cpp)) {
        return corrupt("the values line is not 'width height colours chars-per-pixel'");
    }
    if (width < 1 || height < 1 || width > kMaxSide || height > kMaxSide) {
        return corrupt("size " + std::to_string(width) + "x" + std::to_string(height) +
                       " is outside 1 to 4096 pixels");
    }
    if (cpp < 1 || cpp > kMaxCharsPerPixel || colors < 1 || colors > kMaxColors) {
        return corrupt("colour count or characters per pixel out of range");
    }
    if (strings.size() < size_t(1) + size_t(colors) + size_t(height)) {
        return corrupt("fewer rows than the values line announces");
    }
    std::unordered_map<std::string, Rgba> table;
    table.reserve(size_t(colors));
    for (int i = 0; i < colors; ++i) {
        const std::string& line = strings[size_t(1 + i)];
        if (line.size() < size_t(cpp)) {
            return corrupt("colour line " + std::to_string(i + 1) + " is too short");
        }
        table[line.substr(0, size_t(cpp))] =
            parseColorSpec(std::string_view(line).substr(size_t(cpp)));
    }
    // Every row long enough before the pixels are allocated (up to 64 MiB).
    for (int y = 0; y < height; ++y) {
        if (strings[size_t(1 + colors + y)].size() < size_t(width) * size_t(cpp)) {
            return corrupt("pixel row " + std::to_string(y + 1) + " is too short");
        }
    }
    RgbaImage image;
    image.width = width;
    image.height = height;
    image.rgba.resize(size_t(width) * size_t(height) * 4);
    std::string key(size_t(cpp), ' ');
    for (int y = 0; y < height; ++y) {
        const std::string& row = strings[size_t(1 + colors + y)];
        uint8_t* out = image.rgba.data() + size_t(y) * size_t(width) * 4;
        for (int x = 0; x < width; ++x) {
            key.assign(row, size_t(x) * size_t(cpp), size_t(cpp));
            const auto it = table.find(key);
            if (it == table.end()) {
                return corrupt("pixel row " + std::to_string(y + 1) +
                               " uses a colour that is not defined");
            }
            out[0] = it->second.r;
            out[1] = it->second.g;
            out[2] = it->second.b;
            out[3] = it->second.a;
            out += 4;
        }
    }
    return image;
}

Result<RgbaImage> loadXpmFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::NotFound, "Cannot open the XPM image " + path +
                                                  "; check that it exists and is readable.");
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (text.size() > (size_t(16) << 20)) {
        return makeError(ErrorCode::BadFormat,
                         "The XPM image " + path + " is larger than 16 MiB; it is not read.");
    }
    return parseXpm(text);
}

XpmSize probeXpmSize(std::string_view text) {
    std::vector<std::string> strings;
    if (startsWithXpm2(text)) {
        strings = xpm2Strings(text.substr(0, std::min<size_t>(text.size(), 4096)));
    } else if (text.find("XPM") != std::string_view::npos) {
        auto parsed = xpm3Strings(text, 1);  // only the values line
        if (!parsed) {
            return {};
        }
        strings = std::move(parsed.value());
    }
    if (strings.empty()) {
        return {};
    }
    const auto values = words(strings[0]);
    XpmSize size;
    if (values.size() < 4 || !parseInt(values[0], size.width) ||
        !parseInt(values[1], size.height) || size.width < 1 || size.height < 1) {
        return {};
    }
    return size;
}

}  // namespace flowscope
