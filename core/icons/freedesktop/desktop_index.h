// Every desktop entry of the applications folders (XDG_DATA_HOME first, then each of
// XDG_DATA_DIRS), indexed by the programs their Exec and TryExec lines start, and matched
// against a running program's executable path.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/icons/freedesktop/desktop_entry.h"
#include "core/icons/freedesktop/exec_command.h"
#include "core/icons/freedesktop/folder_watch.h"

namespace flowscope::freedesktop {

struct EntryMatch {
    // Better matches have higher levels; within a level see DesktopIndex::match.
    enum class Level {
        DesktopFileName = 1,  // the desktop file ID is the program's name (htop.desktop)
        WmClass = 2,          // StartupWMClass equals the program's name, ignoring case
        InstallFolder = 3,    // the program lives in the snap or flatpak the entry runs
        Basename = 4,         // Exec/TryExec names a program with the same file name
        SameFile = 5,         // Exec/TryExec resolves (PATH, symlinks) to the same file
    };
    DesktopEntry entry;
    Level level = Level::DesktopFileName;
    std::string reason;  // for --explain: "Exec 'vim' resolves to the same file (/usr/bin/...)"
};

struct DesktopIndexOptions {
    std::vector<std::string> applicationDirs;  // in precedence order
    std::vector<std::string> searchPath;       // PATH, for Exec programs without a slash
};

// Not thread-safe: the backend serialises access.
class DesktopIndex {
public:
    explicit DesktopIndex(DesktopIndexOptions options);

    // Reads every entry again. Entries shadow those with the same desktop file ID in later
    // folders; Hidden=true deletes the ID; only Type=Application entries are indexed; broken
    // files are skipped and listed in problems().
    void build();
    // Builds on first use; afterwards rebuilds only when an applications folder (or one of
    // its subfolders) was created, removed or changed its modification time. True if rebuilt.
    bool refreshIfChanged();

    // The best entry for a program: SameFile beats Basename beats InstallFolder beats WmClass
    // beats DesktopFileName; ties go to the entry whose file name is the program's name, then
    // to Exec over TryExec, then to entries shown in menus, with an Icon=, from the folder
    // with precedence, by ID. `executablePath` may carry the kernel's " (deleted)" suffix.
    std::optional<EntryMatch> match(const std::string& executablePath) const;

    const std::vector<DesktopEntry>& entries() const { return m_entries; }
    // The program each entry starts as resolved here (first Exec program, else TryExec):
    // absolute paths where PATH finds them, names otherwise. One per entry, may be empty.
    std::vector<std::string> entryPrograms() const;
    const std::vector<std::string>& problems() const { return m_problems; }
    int builds() const { return m_builds; }

private:
    struct Candidate {
        size_t entry = 0;
        std::string name;       // basename
        std::string path;       // absolute, as found (empty: name only)
        std::string canonical;  // symlinks resolved
        bool fromTryExec = false;
        std::string written;  // as the entry wrote it
        std::string how;
        std::vector<std::string> pathMarks;
    };

    // One way an entry matched the program asked about, and why (for `icon --explain`).
    struct Hit {
        EntryMatch::Level level;
        size_t entry;
        bool fromTryExec;
        std::string reason;
    };
    // The program asked about: as given (" (deleted)" stripped), symlinks resolved, names.
    struct Query {
        std::string path;
        std::string canonical;
        std::vector<std::string> names;
    };

    void samePathHits(const Query& q, std::vector<Hit>& hits) const;
    void sameNameHits(const Query& q, std::vector<Hit>& hits) const;
    void installFolderHits(const Query& q, std::vector<Hit>& hits) const;
    void entryNameHits(const Query& q, std::vector<Hit>& hits) const;
    bool idNamesProgram(size_t entry, const Query& q) const;
    void addEntry(DesktopEntry entry);
    void addCandidate(size_t entry, const ProgramRef& ref, bool fromTryExec);
    std::string resolveInPath(const std::string& name) const;

    DesktopIndexOptions m_options;
    std::vector<DesktopEntry> m_entries;
    std::vector<Candidate> m_candidates;
    std::unordered_map<std::string, std::vector<size_t>> m_byPath;     // path/canonical -> cands
    std::unordered_map<std::string, std::vector<size_t>> m_byName;     // basename -> cands
    std::vector<size_t> m_marked;                                      // cands with pathMarks
    std::unordered_map<std::string, std::vector<size_t>> m_byWmClass;  // lower case -> entries
    std::unordered_map<std::string, std::vector<size_t>> m_byIdName;   // lower case -> entries
    std::vector<FolderWatch> m_watched;
    std::vector<std::string> m_problems;
    int m_builds = 0;
};

}  // namespace flowscope::freedesktop
