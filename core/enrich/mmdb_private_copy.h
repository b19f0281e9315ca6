// A database file's bytes in memory that only this process holds. libmaxminddb can only map a
// file by name, and a mapping of the user's file dies with SIGBUS when another process truncates
// or rewrites it in place (cp over it, a download tool, truncate). The bytes are read with read()
// (which never faults) into a sealed memfd on Linux, or an unlinked 0600 temporary file
// elsewhere, and libmaxminddb maps that instead.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/base/result.h"

namespace flowscope {

// What stat() says about a file: changes when it is written, truncated, replaced or removed.
struct FileStamp {
    bool exists = false;
    uint64_t device = 0;
    uint64_t inode = 0;
    uint64_t size = 0;
    int64_t mtimeNs = 0;
    int64_t ctimeNs = 0;

    bool operator==(const FileStamp&) const = default;
};

// The stamp of `path` now (exists == false when it cannot be stat'ed). One stat() call.
FileStamp fileStamp(const std::filesystem::path& path);

class MmdbPrivateCopy {
public:
    // Reads `path` in full. A file that changes while it is read is read again (a few times).
    // Errors, one sentence naming the file: NotFound, PermissionDenied, BadFormat (empty, not
    // a regular file), Io.
    static Result<MmdbPrivateCopy> make(const std::filesystem::path& path);

    MmdbPrivateCopy(MmdbPrivateCopy&& other) noexcept;
    MmdbPrivateCopy& operator=(MmdbPrivateCopy&&) = delete;
    MmdbPrivateCopy(const MmdbPrivateCopy&) = delete;
    MmdbPrivateCopy& operator=(const MmdbPrivateCopy&) = delete;
    ~MmdbPrivateCopy();  // closes the copy; a mapping made from it stays valid

    // A name under which the copy can be opened while this object exists.
    const std::string& openPath() const { return m_openPath; }
    // The original file's stamp when it was read.
    const FileStamp& stamp() const { return m_stamp; }

    // Call once the copy is mapped: removes a temporary file's name (no-op for a memfd).
    void forgetName();

private:
    MmdbPrivateCopy() = default;
    int m_fd = -1;
    std::string m_openPath;
    bool m_named = false;  // m_openPath is a temporary file to remove
    FileStamp m_stamp;
};

}  // namespace flowscope
