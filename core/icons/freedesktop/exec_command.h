// Which program a desktop entry's Exec line really starts, seen through wrappers:
// "env VAR=value prog", "flatpak run app.id", "sh -c 'cd /opt/x && ./prog'", "python3 script.py",
// "/snap/bin/name", "nice -n 5 prog", "pkexec prog", ...
#pragma once

#include <string>
#include <vector>

namespace flowscope::freedesktop {

struct ProgramRef {
    std::string program;  // as written: "/usr/bin/vim", "vim", "/usr/share/foo/foo.py", "foo"
    // Compare by basename only: the name is not a path on this system (a flatpak command, a
    // snap application, a python -m module).
    bool nameOnly = false;
    // A query path that contains one of these also matches (a snap's or a flatpak's install
    // folder: "/snap/firefox/", "/flatpak/app/org.mozilla.firefox/").
    std::vector<std::string> pathMarks;
    std::string how;  // the wrappers passed, for --explain: "env", "sh -c", "python3 script"
};

// The programs `argv` (a split Exec line) starts. An interpreter with a script yields the
// script, not the interpreter (so "python3 foo.py" never claims python3); an interpreter alone
// ("Exec=/usr/bin/python3.11") yields the interpreter. Empty when nothing can be told.
std::vector<ProgramRef> programsOf(const std::vector<std::string>& argv);

// Splits a POSIX shell command line into simple commands (at ; & | && || newlines and
// parentheses) and those into words (single quotes, double quotes, backslashes). No expansion.
std::vector<std::vector<std::string>> splitShellCommands(const std::string& command);

// "python" for "python3.11", "lua" for "lua5.4": the name without a trailing version.
std::string withoutVersionSuffix(const std::string& name);

}  // namespace flowscope::freedesktop
