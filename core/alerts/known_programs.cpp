#include "core/alerts/known_programs.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "core/base/system_reason.h"

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
    if (ec || status.type() != fs::file_type::regular) {
        m_writable = false;
        m_problem = phrase(FS_PHRASE("Core",
                                     "The known-programs file %1 is not a regular file. New "
                                     "programs are remembered only until Flowscope quits."),
                           {verbatim(m_path)});
        return;
    }
    std::ifstream in(m_path, std::ios::binary);
    if (!in) {
        m_writable = false;
        //: %2 is the operating system's reason.
        m_problem = phrase(FS_PHRASE("Core",
                                     "The known-programs file %1 cannot be read (%2). New "
                                     "programs are remembered only until Flowscope quits."),
                           {verbatim(m_path), systemReason(errno)});
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
            m_problem = phrase(FS_PHRASE("Core",
                                         "The known-programs file %1 is damaged (it is not a "
                                         "list of programs); move it away to start a new one. "
                                         "New programs are remembered only until Flowscope "
                                         "quits."),
                               {verbatim(m_path)});
            return;
        }
        if (!line.empty()) {
            programs.insert(line);
        }
    }
    if (in.bad()) {
        m_writable = false;
        m_problem = phrase(FS_PHRASE("Core",
                                     "The known-programs file %1 could not be read to the end. "
                                     "New programs are remembered only until Flowscope quits."),
                           {verbatim(m_path)});
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
            //: %2 is the temporary file beside it.
            m_problem = phrase(FS_PHRASE("Core",
                                         "The known-programs file %1 cannot be written (%2 "
                                         "failed); new programs are remembered only until "
                                         "Flowscope quits."),
                               {verbatim(m_path), verbatim(temp)});
            std::error_code ignored;
            fs::remove(temp, ignored);
            return;
        }
    }
    std::error_code ec;
    fs::rename(temp, m_path, ec);
    if (ec) {
        //: %2 is the operating system's reason.
        m_problem = phrase(FS_PHRASE("Core",
                                     "The known-programs file %1 cannot be replaced (%2); new "
                                     "programs are remembered only until Flowscope quits."),
                           {verbatim(m_path), systemReason(ec)});
        fs::remove(temp, ec);
        return;
    }
    m_problem = {};
}

}  // namespace flowscope
