// A folder under the system temp folder, removed when the test ends, with helpers to write
// files into it (desktop entries, fake programs, symlinks).
#pragma once

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace flowscope::test {

class TempTree {
public:
    TempTree() {
        static std::atomic<int> counter{0};
        std::random_device rd;
        m_root = std::filesystem::temp_directory_path() /
                 ("flowscope-icons-" + std::to_string(rd()) + "-" + std::to_string(++counter));
        std::filesystem::create_directories(m_root);
        m_root = std::filesystem::canonical(m_root);
    }
    ~TempTree() {
        std::error_code ec;
        std::filesystem::remove_all(m_root, ec);
    }
    TempTree(const TempTree&) = delete;
    TempTree& operator=(const TempTree&) = delete;

    std::string path(const std::string& relative = "") const {
        return relative.empty() ? m_root.string() : (m_root / relative).string();
    }
    std::string write(const std::string& relative, const std::string& content) const {
        const auto p = m_root / relative;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
    // An executable file (a shell script; the tests never run it).
    std::string program(const std::string& relative) const {
        const std::string p = write(relative, "#!/bin/sh\nexit 0\n");
        std::filesystem::permissions(p, std::filesystem::perms::owner_all |
                                            std::filesystem::perms::group_read |
                                            std::filesystem::perms::group_exec);
        return p;
    }
    std::string symlink(const std::string& target, const std::string& relative) const {
        const auto p = m_root / relative;
        std::filesystem::create_directories(p.parent_path());
        std::filesystem::create_symlink(target, p);
        return p.string();
    }
    std::string dir(const std::string& relative) const {
        std::filesystem::create_directories(m_root / relative);
        return path(relative);
    }

private:
    std::filesystem::path m_root;
};

}  // namespace flowscope::test
