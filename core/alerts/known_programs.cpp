#include "core/alerts/known_programs.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace flowscope {

namespace fs = std::filesystem;

KnownPrograms::KnownPrograms(std::string path) : m_path(std::move(path)) {
    if (!m_path.empty()) {
        load();
    }
}

void KnownPrograms::load() {
    std::error_code ec;
    const auto status = fs::status(m_path, ec);
    if (status.type() == fs::file_type::not_found) {
        return;  // first run
    }
    const auto memoryOnly = " New programs are remembered only until Flowscope quits.";
    if (ec || status.type() != fs::file_type::regular) {
        m_writable = false;
        m_problem = "The known-programs file " + m_path + " is not a regular file." + memoryOnly;
        return;
    }
    std::ifstream in(m_path, std::ios::binary);
    if (!in) {
        m_writable = false;
        m_problem = "The known-programs file " + m_path + " cannot be read (" +
                    std::strerror(errno) + ")." + memoryOnly;
        return;
    }
    std::set<std::string> programs;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.size() > kMaxLineLength || line.find('\0') != std::string::npos) {
            m_writable = false;
            m_problem = "The known-programs file " + m_path +
                        " is damaged (it is not a list of programs); move it away to start a "
                        "new one." +
                        memoryOnly;
            return;
        }
        if (!line.empty()) {
            programs.insert(line);
        }
    }
    if (in.bad()) {
        m_writable = false;
        m_problem =
            "The known-programs file " + m_path + " could not be read to the end." + memoryOnly;
        return;
    }
    m_programs = std::move(programs);
}

void KnownPrograms::save() {
    if (m_path.empty() || !m_writable) {
        return;
    }
    const std::string temp = m_path + ".tmp";
    // On the first run the folder (e.g. ~/.local/share/flowscope) may not exist yet; a
    // failure shows when the file is opened.
    std::error_code folderError;
    if (const fs::path folder = fs::path(m_path).parent_path(); !folder.empty()) {
        fs::create_directories(folder, folderError);
    }
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        for (const auto& program : m_programs) {
            out << program << '\n';
        }
        out.flush();
        if (!out) {
            m_problem = "The known-programs file " + m_path + " cannot be written (" + temp +
                        " failed); new programs are remembered only until Flowscope quits.";
            std::error_code ignored;
            fs::remove(temp, ignored);
            return;
        }
    }
    std::error_code ec;
    fs::rename(temp, m_path, ec);
    if (ec) {
        m_problem = "The known-programs file " + m_path + " cannot be replaced (" + ec.message() +
                    "); new programs are remembered only until Flowscope quits.";
        fs::remove(temp, ec);
        return;
    }
    m_problem.clear();
}

}  // namespace flowscope
