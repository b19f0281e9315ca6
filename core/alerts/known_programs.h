// The programs that have used the network before, kept across runs in a plain text file: one
// program (its executable path, or its name when the path is unknown) a line, UTF-8, sorted.
// A missing file is an empty set. A file that cannot be read or is not such a list (a NUL
// byte, a line over kMaxLineLength) gives one sentence in problem(); the set then lives in
// memory only and the file is left as it is, so nothing the user had is overwritten.
#pragma once

#include <set>
#include <string>

#include "core/base/phrase.h"

namespace flowscope {

class KnownPrograms {
public:
    static constexpr size_t kMaxLineLength = 4096;

    // Empty path: in memory only.
    explicit KnownPrograms(std::string path);

    bool contains(const std::string& program) const { return m_programs.count(program) != 0; }
    // Adds a program (not yet saved).
    void add(const std::string& program) { m_programs.insert(program); }
    // Rewrites the file atomically (a temporary file beside it, then rename), creating its
    // folder if needed. A failure is kept in problem() and the set stays in memory.
    void save();

    size_t size() const { return m_programs.size(); }
    // The last load or save problem, one sentence; empty when there is none.
    const Phrase& problem() const { return m_problem; }

private:
    void load();

    std::string m_path;
    bool m_writable = true;  // false after a failed load: the file is not touched
    std::set<std::string> m_programs;
    Phrase m_problem;
};

}  // namespace flowscope
