// A file or folder's existence and modification time, to notice changes without inotify.
#pragma once

#include <filesystem>
#include <string>

namespace flowscope::freedesktop {

struct FolderWatch {
    std::string path;
    bool exists = false;
    std::filesystem::file_time_type mtime;

    static FolderWatch of(const std::string& path);
    // Created, removed or modified since this watch was taken.
    bool changed() const;
};

}  // namespace flowscope::freedesktop
