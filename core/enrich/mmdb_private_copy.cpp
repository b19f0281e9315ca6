#include "core/enrich/mmdb_private_copy.h"
#include "core/base/system_reason.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#if defined(_WIN32)
#include <system_error>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace flowscope {

namespace fs = std::filesystem;

namespace {

// Unused on Windows, where the file is opened in place.
[[maybe_unused]] std::string quoted(const fs::path& p) {
    std::string out(1, '\'');
    out += p.string();
    out += '\'';
    return out;
}

}  // namespace

#if defined(_WIN32)

// Windows refuses to truncate or overwrite a file while a mapping of it exists, so the
// user's file is mapped as it is; the stamp comes from std::filesystem.
FileStamp fileStamp(const fs::path& path) {
    std::error_code ec;
    FileStamp s;
    const auto size = fs::file_size(path, ec);
    if (ec) {
        return s;
    }
    const auto time = fs::last_write_time(path, ec);
    if (ec) {
        return s;
    }
    s.exists = true;
    s.size = size;
    s.mtimeNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
    return s;
}

Result<MmdbPrivateCopy> MmdbPrivateCopy::make(const fs::path& path) {
    MmdbPrivateCopy copy;
    copy.m_openPath = path.string();
    copy.m_stamp = fileStamp(path);
    return copy;
}

MmdbPrivateCopy::~MmdbPrivateCopy() = default;
void MmdbPrivateCopy::forgetName() {}

#else

namespace {

FileStamp stampOf(const struct stat& st) {
    FileStamp s;
    s.exists = true;
    s.device = uint64_t(st.st_dev);
    s.inode = uint64_t(st.st_ino);
    s.size = uint64_t(st.st_size);
#if defined(__APPLE__)
    s.mtimeNs = int64_t(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
    s.ctimeNs = int64_t(st.st_ctimespec.tv_sec) * 1000000000 + st.st_ctimespec.tv_nsec;
#else
    s.mtimeNs = int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    s.ctimeNs = int64_t(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
#endif
    return s;
}

Error openError(const fs::path& path, int err) {
    if (err == ENOENT || err == ENOTDIR) {
        return makeError(
            ErrorCode::NotFound,
            phrase(FS_PHRASE("Core", "The database file '%1' does not exist; check the path."),
                   {verbatim(path.string())}));
    }
    if (err == EACCES || err == EPERM) {
        return makeError(
            ErrorCode::PermissionDenied,
            phrase(FS_PHRASE("Core",
                             "The database file '%1' cannot be read (permission denied); "
                             "check its permissions."),
                   {verbatim(path.string())}));
    }
    return makeError(ErrorCode::Io,
                     phrase(FS_PHRASE("Core",
                                      "The database file '%1' cannot be read (%2); check "
                                      "the disk and the path."),
                            {verbatim(path.string()), systemReason(err)}));
}

bool writeAll(int fd, const char* data, size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

// Where the copy goes: a sealed memfd (Linux), else an unlinked-after-mapping temporary file
// only this user can read. Returns the descriptor and a name libmaxminddb can open.
int makeTarget(std::string& openPath, bool& named) {
#if defined(__linux__)
    const int mfd = memfd_create("flowscope-mmdb", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (mfd >= 0) {
        openPath = "/proc/self/fd/" + std::to_string(mfd);
        if (::access(openPath.c_str(), R_OK) == 0) {  // /proc is mounted
            named = false;
            return mfd;
        }
        ::close(mfd);
    }
#endif
    std::error_code ec;
    std::string pattern = (fs::temp_directory_path(ec) / "flowscope-mmdb-XXXXXX").string();
    if (ec) {
        pattern = "/tmp/flowscope-mmdb-XXXXXX";
    }
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());  // mode 0600
    if (fd < 0) {
        return -1;
    }
    openPath = name.data();
    named = true;
    return fd;
}

enum class CopyOutcome { Done, Changed, Failed };

// Copies the file behind `src` (whose stamp is `before`) into `dst`; Changed when the file
// was written meanwhile (a different size read, or a different stamp afterwards).
CopyOutcome copyOnce(int src, int dst, const FileStamp& before, int& err) {
    std::vector<char> buffer(1 << 18);
    uint64_t total = 0;
    for (;;) {
        const ssize_t n = ::read(src, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            err = errno;
            return CopyOutcome::Failed;
        }
        if (n == 0) {
            break;
        }
        if (!writeAll(dst, buffer.data(), size_t(n))) {
            err = errno;
            return CopyOutcome::Failed;
        }
        total += uint64_t(n);
    }
    struct stat after {};
    if (::fstat(src, &after) != 0) {
        err = errno;
        return CopyOutcome::Failed;
    }
    return total == before.size && stampOf(after) == before ? CopyOutcome::Done
                                                            : CopyOutcome::Changed;
}

}  // namespace

FileStamp fileStamp(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        return {};
    }
    return stampOf(st);
}

Result<MmdbPrivateCopy> MmdbPrivateCopy::make(const fs::path& path) {
    constexpr int kAttempts = 4;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        // O_NONBLOCK: a FIFO given by mistake must not hang the open (regular files ignore it).
        const int src = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (src < 0) {
            return openError(path, errno);
        }
        struct stat st {};
        if (::fstat(src, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0) {
            const bool empty = S_ISREG(st.st_mode) && st.st_size == 0;
            ::close(src);
            return makeError(
                ErrorCode::BadFormat,
                phrase(empty ? FS_PHRASE("Core",
                                         "'%1' is empty; choose a GeoLite2, GeoIP2, DB-IP "
                                         "or IPinfo .mmdb file.")
                             : FS_PHRASE("Core",
                                         "'%1' is not a regular file; choose a GeoLite2, "
                                         "GeoIP2, DB-IP or IPinfo .mmdb file."),
                       {verbatim(path.string())}));
        }
        MmdbPrivateCopy copy;
        copy.m_stamp = stampOf(st);
        copy.m_fd = makeTarget(copy.m_openPath, copy.m_named);
        if (copy.m_fd < 0) {
            const int err = errno;
            ::close(src);
            return makeError(ErrorCode::Io, phrase(FS_PHRASE("Core",
                                                             "No memory for a private copy of the "
                                                             "database file '%1' (%2); close other "
                                                             "programs and try again."),
                                                   {verbatim(path.string()), systemReason(err)}));
        }
        int err = 0;
        const CopyOutcome outcome = copyOnce(src, copy.m_fd, copy.m_stamp, err);
        ::close(src);
        if (outcome == CopyOutcome::Failed) {
            return openError(path, err);
        }
        if (outcome == CopyOutcome::Done) {
#if defined(__linux__)
            // Nobody, not even this process, can change the copy once libmaxminddb maps it.
            if (!copy.m_named) {
                ::fcntl(copy.m_fd, F_ADD_SEALS,
                        F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
            }
#endif
            return copy;
        }
    }
    return makeError(ErrorCode::Io,
                     phrase(FS_PHRASE("Core",
                                      "The database file '%1' kept changing while it was "
                                      "read; try again once it has been written."),
                            {verbatim(path.string())}));
}

MmdbPrivateCopy::~MmdbPrivateCopy() {
    forgetName();
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

void MmdbPrivateCopy::forgetName() {
    if (m_named) {
        ::unlink(m_openPath.c_str());
        m_named = false;
    }
}

#endif

MmdbPrivateCopy::MmdbPrivateCopy(MmdbPrivateCopy&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)),
      m_openPath(std::move(other.m_openPath)),
      m_named(std::exchange(other.m_named, false)),
      m_stamp(other.m_stamp) {}

}  // namespace flowscope
