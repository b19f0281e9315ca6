#include "core/icons/freedesktop/desktop_entry.h"

#include <cstdint>
#include <filesystem>
#include <fstream>

#include "core/icons/freedesktop/key_file.h"

namespace flowscope::freedesktop {

namespace {

constexpr std::string_view kGroup = "Desktop Entry";

bool isFieldCode(char c) {
    switch (c) {
        case 'f':
        case 'F':
        case 'u':
        case 'U':
        case 'i':
        case 'c':
        case 'k':
        case 'd':
        case 'D':
        case 'n':
        case 'N':
        case 'v':
        case 'm':
            return true;
        default:
            return false;
    }
}

// Removes field codes from one argument; false when the argument was only a field code.
bool stripFieldCodes(const std::string& in, bool quoted, std::string& out) {
    out.clear();
    bool hadCode = false;
    for (size_t i = 0; i < in.size(); ++i) {
        if (!quoted && in[i] == '%' && i + 1 < in.size()) {
            const char n = in[i + 1];
            if (n == '%') {
                out.push_back('%');
                ++i;
                continue;
            }
            if (isFieldCode(n) || (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z')) {
                hadCode = true;  // unknown codes are invalid: dropped like the known ones
                ++i;
                continue;
            }
        }
        out.push_back(in[i]);
    }
    return !(hadCode && out.empty());
}

}  // namespace

Result<std::vector<std::string>> splitExec(std::string_view exec) {
    std::vector<std::string> args;
    std::string current;
    bool inArg = false;
    bool quotedArg = false;  // the argument had a quoted part: field codes are not expanded
    bool inQuotes = false;
    std::string stripped;
    auto finish = [&] {
        if (inArg && stripFieldCodes(current, quotedArg, stripped)) {
            args.push_back(stripped);
        }
        current.clear();
        inArg = false;
        quotedArg = false;
    };
    for (size_t i = 0; i < exec.size(); ++i) {
        const char c = exec[i];
        if (inQuotes) {
            if (c == '\\' && i + 1 < exec.size()) {
                current.push_back(exec[++i]);
            } else if (c == '"') {
                inQuotes = false;
            } else {
                current.push_back(c);
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n') {
            finish();
        } else if (c == '"') {
            inQuotes = true;
            inArg = true;
            quotedArg = true;
        } else if (c == '\\' && i + 1 < exec.size()) {
            // Not allowed unquoted by the spec, but shells and GLib accept it.
            current.push_back(exec[++i]);
            inArg = true;
        } else {
            current.push_back(c);
            inArg = true;
        }
    }
    if (inQuotes) {
        return makeError(ErrorCode::Corrupt,
                         "The Exec line has a quote that is not closed, so the program it starts "
                         "cannot be told; fix or remove the desktop entry.");
    }
    finish();
    return args;
}

Result<DesktopEntry> parseDesktopEntry(std::string_view text) {
    if (text.find('\0') != std::string_view::npos) {
        return makeError(ErrorCode::BadFormat,
                         "This is not a text file, so not a desktop entry; remove it from the "
                         "applications folder or replace it with a valid entry.");
    }
    const KeyFile file = KeyFile::parse(text);
    if (!file.hasGroup(kGroup)) {
        return makeError(ErrorCode::BadFormat,
                         "The file has no [Desktop Entry] group, so it is not a desktop entry; "
                         "fix or remove it.");
    }
    DesktopEntry e;
    e.type = file.string(kGroup, "Type");
    e.name = file.string(kGroup, "Name");
    e.exec = file.string(kGroup, "Exec");
    e.tryExec = file.string(kGroup, "TryExec");
    e.icon = file.string(kGroup, "Icon");
    e.startupWMClass = file.string(kGroup, "StartupWMClass");
    e.noDisplay = file.boolean(kGroup, "NoDisplay");
    e.hidden = file.boolean(kGroup, "Hidden");
    if (!e.exec.empty()) {
        auto args = splitExec(e.exec);
        if (!args) {
            return args.error();
        }
        e.execArgs = std::move(args.value());
    }
    return e;
}

Result<DesktopEntry> loadDesktopEntry(const std::string& path, const std::string& id) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::NotFound,
                         "Cannot read the desktop entry " + path + "; check its permissions.");
    }
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > (uintmax_t(1) << 20)) {
        return makeError(ErrorCode::BadFormat,
                         "The desktop entry " + path + " is larger than 1 MiB; it is not read.");
    }
    std::string text(ec ? size_t(0) : size_t(size), '\0');
    in.read(text.data(), std::streamsize(text.size()));
    text.resize(size_t(in.gcount()));
    auto entry = parseDesktopEntry(text);
    if (!entry) {
        return makeError(entry.error().code, path + ": " + entry.error().message);
    }
    entry->id = id;
    entry->path = path;
    return entry;
}

}  // namespace flowscope::freedesktop
