// One hexadecimal digit's value, for the parsers of text that holds hex (procfs socket tables,
// colours in theme and XPM files, GUIDs in adapter names).
#pragma once

namespace flowscope {

// 0..15 for 0-9, a-f and A-F; -1 for anything else.
constexpr int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

}  // namespace flowscope
