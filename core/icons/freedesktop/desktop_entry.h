// Desktop entries (.desktop files) as the Desktop Entry Specification 1.5 defines them, reduced
// to what finding a program's icon needs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace flowscope::freedesktop {

struct DesktopEntry {
    std::string id;    // desktop file ID: "vim.desktop", "kde4-konsole.desktop"
    std::string path;  // the file it was read from
    std::string type;  // "Application", "Link", "Directory"
    std::string name;
    std::string exec;                   // Exec= after the string escapes, before splitting
    std::vector<std::string> execArgs;  // Exec= split, field codes (%f, %U, ...) removed
    std::string tryExec;
    std::string icon;
    std::string startupWMClass;
    bool noDisplay = false;
    bool hidden = false;  // Hidden=true: the entry is deleted (and masks lower ones)
};

// The [Desktop Entry] group of `text`. Errors (one sentence each) for a file without that
// group or with an Exec= that cannot be split. Entries of other types and hidden entries
// are returned as they are; the index decides what to do with them.
Result<DesktopEntry> parseDesktopEntry(std::string_view text);

// Reads `path` (refuses files over 1 MiB) and parses it; `id` is stored as given.
Result<DesktopEntry> loadDesktopEntry(const std::string& path, const std::string& id);

// Splits an Exec value (string escapes already processed) by the spec's quoting rules:
// arguments separated by spaces, double quotes group, and inside them a backslash escapes
// '"', '`', '$' and '\'. Field codes are removed: a standalone %f %F %u %U %i %c %k (and the
// deprecated %d %D %n %N %v %m) drops the argument, a code inside an argument drops the code,
// "%%" is a literal '%'. Error on an unterminated quote.
Result<std::vector<std::string>> splitExec(std::string_view exec);

}  // namespace flowscope::freedesktop
