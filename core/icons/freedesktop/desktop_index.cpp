#include "core/icons/freedesktop/desktop_index.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

namespace flowscope::freedesktop {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    return s;
}

std::string baseName(const std::string& path) {
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string canonicalOf(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::canonical(path, ec);
    if (ec) {
        return fs::path(path).lexically_normal().string();
    }
    return p.string();
}

bool isExecutableFile(const fs::path& p) {
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::is_regular_file(st)) {
        return false;
    }
    const auto exec = fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec;
    return (st.permissions() & exec) != fs::perms::none;
}

// A symlink into a multiplexer binary says nothing about the program (every snap command is
// a link to /usr/bin/snap, many tools link to busybox).
bool isMultiplexer(const std::string& canonical) {
    const std::string base = baseName(canonical);
    return base == "snap" || base == "busybox" || base == "toybox";
}

std::string stripDeleted(const std::string& path) {
    static const std::string kDeleted = " (deleted)";
    if (path.size() > kDeleted.size() &&
        path.compare(path.size() - kDeleted.size(), kDeleted.size(), kDeleted) == 0) {
        return path.substr(0, path.size() - kDeleted.size());
    }
    return path;
}

}  // namespace

DesktopIndex::DesktopIndex(DesktopIndexOptions options) : m_options(std::move(options)) {}

std::string DesktopIndex::resolveInPath(const std::string& name) const {
    for (const std::string& dir : m_options.searchPath) {
        if (dir.empty()) {
            continue;
        }
        const fs::path p = fs::path(dir) / name;
        if (isExecutableFile(p)) {
            return p.lexically_normal().string();
        }
    }
    return {};
}

void DesktopIndex::addCandidate(size_t entry, const ProgramRef& ref, bool fromTryExec) {
    Candidate c;
    c.entry = entry;
    c.written = ref.program;
    c.name = baseName(ref.program);
    c.fromTryExec = fromTryExec;
    c.how = ref.how;
    c.pathMarks = ref.pathMarks;
    if (c.name.empty()) {
        return;
    }
    if (!ref.nameOnly) {
        if (!ref.program.empty() && ref.program[0] == '/') {
            c.path = fs::path(ref.program).lexically_normal().string();
        } else if (ref.program.find('/') == std::string::npos) {
            c.path = resolveInPath(ref.program);
        }
        if (!c.path.empty()) {
            c.canonical = canonicalOf(c.path);
            if (isMultiplexer(c.canonical)) {
                c.canonical.clear();
            }
        }
    }
    const size_t index = m_candidates.size();
    if (!c.path.empty()) {
        m_byPath[c.path].push_back(index);
    }
    if (!c.canonical.empty() && c.canonical != c.path) {
        m_byPath[c.canonical].push_back(index);
    }
    m_byName[c.name].push_back(index);
    if (!c.pathMarks.empty()) {
        m_marked.push_back(index);
    }
    m_candidates.push_back(std::move(c));
}

void DesktopIndex::addEntry(DesktopEntry entry) {
    const size_t index = m_entries.size();
    for (const ProgramRef& ref : programsOf(entry.execArgs)) {
        addCandidate(index, ref, false);
    }
    if (!entry.tryExec.empty()) {
        addCandidate(index, ProgramRef{entry.tryExec, false, {}, ""}, true);
    }
    if (!entry.startupWMClass.empty()) {
        m_byWmClass[lower(entry.startupWMClass)].push_back(index);
    }
    // "org.gnome.gedit.desktop" -> "org.gnome.gedit" and "gedit".
    std::string stem = entry.id.substr(0, entry.id.size() - std::string(".desktop").size());
    stem = lower(stem);
    m_byIdName[stem].push_back(index);
    const size_t dot = stem.rfind('.');
    if (dot != std::string::npos && dot + 1 < stem.size()) {
        m_byIdName[stem.substr(dot + 1)].push_back(index);
    }
    m_entries.push_back(std::move(entry));
}

void DesktopIndex::build() {
    m_entries.clear();
    m_candidates.clear();
    m_byPath.clear();
    m_byName.clear();
    m_marked.clear();
    m_byWmClass.clear();
    m_byIdName.clear();
    m_watched.clear();
    m_problems.clear();
    ++m_builds;
    std::unordered_set<std::string> seenIds;  // taken by a folder with precedence
    for (const std::string& dir : m_options.applicationDirs) {
        std::error_code ec;
        m_watched.push_back(FolderWatch::of(dir));
        if (!fs::is_directory(dir, ec)) {
            continue;
        }
        // Desktop file IDs: the path below the applications folder, '/' turned into '-'.
        std::vector<std::pair<std::string, std::string>> found;  // id, path
        fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
        for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const fs::directory_entry& de = *it;
            std::error_code ec2;
            if (de.is_directory(ec2)) {
                m_watched.push_back(FolderWatch::of(de.path().string()));
                continue;
            }
            const std::string name = de.path().filename().string();
            if (name.size() <= 8 || name.compare(name.size() - 8, 8, ".desktop") != 0 ||
                !de.is_regular_file(ec2)) {
                continue;
            }
            std::string id = de.path().lexically_relative(dir).generic_string();
            std::replace(id.begin(), id.end(), '/', '-');
            found.emplace_back(std::move(id), de.path().string());
        }
        std::sort(found.begin(), found.end());
        for (auto& [id, path] : found) {
            if (seenIds.count(id)) {
                continue;
            }
            auto entry = loadDesktopEntry(path, id);
            if (!entry) {
                m_problems.push_back(entry.error().message);
                continue;  // a broken file does not hide a valid one with the same ID below
            }
            seenIds.insert(id);
            if (entry->hidden || entry->type != "Application") {
                continue;
            }
            addEntry(std::move(entry.value()));
        }
    }
}

bool DesktopIndex::refreshIfChanged() {
    if (m_builds == 0) {
        build();
        return true;
    }
    for (const FolderWatch& w : m_watched) {
        if (w.changed()) {
            build();
            return true;
        }
    }
    return false;
}

std::vector<std::string> DesktopIndex::entryPrograms() const {
    std::vector<std::string> out(m_entries.size());
    std::vector<bool> fromExec(m_entries.size(), false);
    for (const Candidate& c : m_candidates) {
        std::string& slot = out[c.entry];
        const std::string value = c.path.empty() ? c.name : c.path;
        if (slot.empty() || (!c.fromTryExec && !fromExec[c.entry])) {
            slot = value;
            fromExec[c.entry] = !c.fromTryExec;
        }
    }
    return out;
}

namespace {

std::string candidateText(const std::string& written, bool fromTryExec, const std::string& how) {
    std::string s = std::string(fromTryExec ? "TryExec" : "Exec") + " '" + written + "'";
    if (!how.empty()) {
        s += " (via " + how + ")";
    }
    return s;
}

}  // namespace

void DesktopIndex::samePathHits(const Query& q, std::vector<Hit>& hits) const {
    for (const std::string* key : {&q.path, &q.canonical}) {
        const auto it = m_byPath.find(*key);
        if (it == m_byPath.end()) {
            continue;
        }
        for (size_t ci : it->second) {
            const Candidate& c = m_candidates[ci];
            std::string reason =
                candidateText(c.written, c.fromTryExec, c.how) + " resolves to the same file";
            if (c.canonical != c.path && !c.canonical.empty()) {
                reason += " (" + c.path + " -> " + c.canonical + ")";
            } else {
                reason += " (" + c.path + ")";
            }
            hits.push_back({EntryMatch::Level::SameFile, c.entry, c.fromTryExec, reason});
        }
    }
}

void DesktopIndex::sameNameHits(const Query& q, std::vector<Hit>& hits) const {
    for (const std::string& name : q.names) {
        const auto it = m_byName.find(name);
        if (it == m_byName.end()) {
            continue;
        }
        for (size_t ci : it->second) {
            const Candidate& c = m_candidates[ci];
            hits.push_back({EntryMatch::Level::Basename, c.entry, c.fromTryExec,
                            candidateText(c.written, c.fromTryExec, c.how) +
                                " has the same file name '" + name + "'"});
        }
    }
}

void DesktopIndex::installFolderHits(const Query& q, std::vector<Hit>& hits) const {
    for (size_t ci : m_marked) {
        const Candidate& c = m_candidates[ci];
        for (const std::string& mark : c.pathMarks) {
            if (q.path.find(mark) != std::string::npos ||
                q.canonical.find(mark) != std::string::npos) {
                hits.push_back(
                    {EntryMatch::Level::InstallFolder, c.entry, c.fromTryExec,
                     candidateText(c.written, c.fromTryExec, c.how) + " runs from " + mark});
            }
        }
    }
}

void DesktopIndex::entryNameHits(const Query& q, std::vector<Hit>& hits) const {
    for (const std::string& name : q.names) {
        const auto it = m_byWmClass.find(lower(name));
        if (it != m_byWmClass.end()) {
            for (size_t e : it->second) {
                hits.push_back(
                    {EntryMatch::Level::WmClass, e, false,
                     "StartupWMClass '" + m_entries[e].startupWMClass + "' is the program's name"});
            }
        }
        const auto jt = m_byIdName.find(lower(name));
        if (jt != m_byIdName.end()) {
            for (size_t e : jt->second) {
                hits.push_back({EntryMatch::Level::DesktopFileName, e, false,
                                "the desktop file is named after the program"});
            }
        }
    }
}

// Whether the desktop file id ends in the program's name ("org.gnome.Foo.desktop" for foo).
bool DesktopIndex::idNamesProgram(size_t entry, const Query& q) const {
    const std::string& id = m_entries[entry].id;
    const std::string stem = lower(id.substr(0, id.size() - 8));
    for (const std::string& n : q.names) {
        const std::string ln = lower(n);
        if (stem == ln ||
            (stem.size() > ln.size() && stem.compare(stem.size() - ln.size(), ln.size(), ln) == 0 &&
             stem[stem.size() - ln.size() - 1] == '.')) {
            return true;
        }
    }
    return false;
}

std::optional<EntryMatch> DesktopIndex::match(const std::string& executablePath) const {
    Query q;
    q.path = stripDeleted(executablePath);
    q.canonical = canonicalOf(q.path);
    q.names = {baseName(q.path)};
    if (baseName(q.canonical) != q.names[0]) {
        q.names.push_back(baseName(q.canonical));
    }
    std::vector<Hit> hits;
    samePathHits(q, hits);
    sameNameHits(q, hits);
    installFolderHits(q, hits);
    entryNameHits(q, hits);
    if (hits.empty()) {
        return std::nullopt;
    }
    auto rank = [&](const Hit& h) {
        const DesktopEntry& e = m_entries[h.entry];
        return std::make_tuple(int(h.level), idNamesProgram(h.entry, q), !h.fromTryExec,
                               !e.noDisplay, !e.icon.empty(), -long(h.entry));
    };
    const auto best = std::max_element(
        hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) { return rank(a) < rank(b); });
    return EntryMatch{m_entries[best->entry], best->level, best->reason};
}

}  // namespace flowscope::freedesktop
