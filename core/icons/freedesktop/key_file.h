// The key file syntax of the freedesktop specifications ("[Group]" / "Key=Value" lines), shared
// by .desktop files, icon themes' index.theme, GTK's settings.ini and KDE's kdeglobals.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace flowscope::freedesktop {

class KeyFile {
public:
    // Lenient like GLib's reader where the specs allow it: blank lines and '#' comments
    // (';' too, for settings.ini) are skipped, spaces around '=' are trimmed, localised keys
    // ("Name[de]") are dropped (only plain keys are kept), a key repeated in a group keeps its
    // first value, a repeated group adds to the first. Lines that are neither a group, a key
    // nor a comment are counted in badLines() and skipped.
    static KeyFile parse(std::string_view text);

    // The raw value (escapes not processed), or nullptr.
    const std::string* raw(std::string_view group, std::string_view key) const;
    // The value as a "string" with the escapes \s \n \t \r \\ processed; `fallback` if absent.
    std::string string(std::string_view group, std::string_view key,
                       std::string_view fallback = {}) const;
    // "true" / "false" (also "1" / "0" as older files have it).
    bool boolean(std::string_view group, std::string_view key, bool fallback = false) const;
    // A base-10 integer; `fallback` when absent or not a number.
    int integer(std::string_view group, std::string_view key, int fallback) const;
    // A list separated by `separator` (';' in desktop entries, ',' in index.theme), with "\;"
    // as an escaped separator; empty items are dropped, items trimmed.
    std::vector<std::string> list(std::string_view group, std::string_view key,
                                  char separator) const;

    bool hasGroup(std::string_view group) const;
    const std::vector<std::string>& groups() const { return m_groupOrder; }
    int badLines() const { return m_badLines; }

private:
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> m_groups;
    std::vector<std::string> m_groupOrder;
    int m_badLines = 0;
};

// The escapes of the "string" type: \s space, \n, \t, \r, \\ backslash; any other escaped
// character is kept with its backslash (the Exec parser needs them).
std::string unescapeValue(std::string_view raw);

}  // namespace flowscope::freedesktop
