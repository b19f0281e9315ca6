#include "core/icons/freedesktop/folder_watch.h"

namespace flowscope::freedesktop {

FolderWatch FolderWatch::of(const std::string& path) {
    FolderWatch w;
    w.path = path;
    std::error_code ec;
    const auto mtime = std::filesystem::last_write_time(path, ec);
    if (!ec) {
        w.exists = true;
        w.mtime = mtime;
    }
    return w;
}

bool FolderWatch::changed() const {
    const FolderWatch now = of(path);
    return now.exists != exists || (exists && now.mtime != mtime);
}

}  // namespace flowscope::freedesktop
