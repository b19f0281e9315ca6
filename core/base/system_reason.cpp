#include "core/base/system_reason.h"

#include <cerrno>
#include <cstring>

namespace flowscope {

namespace {

struct Reason {
    int error;
    const char* text;
};

// The reasons a user meets reading and writing files, capturing and sending, in glibc's words
// (on every system, so that one catalogue entry serves them all).
//: The operating system's reason why something failed (strerror), shown after a colon.
constexpr Reason kReasons[] = {
    {EPERM, FS_PHRASE("Core", "Operation not permitted")},
    {ENOENT, FS_PHRASE("Core", "No such file or directory")},
    {EIO, FS_PHRASE("Core", "Input/output error")},
    {ENXIO, FS_PHRASE("Core", "No such device or address")},
    {EAGAIN, FS_PHRASE("Core", "Resource temporarily unavailable")},
    {ENOMEM, FS_PHRASE("Core", "Cannot allocate memory")},
    {EACCES, FS_PHRASE("Core", "Permission denied")},
    {EBUSY, FS_PHRASE("Core", "Device or resource busy")},
    {EEXIST, FS_PHRASE("Core", "File exists")},
    {ENODEV, FS_PHRASE("Core", "No such device")},
    {ENOTDIR, FS_PHRASE("Core", "Not a directory")},
    {EISDIR, FS_PHRASE("Core", "Is a directory")},
    {EINVAL, FS_PHRASE("Core", "Invalid argument")},
    {ENFILE, FS_PHRASE("Core", "Too many open files in system")},
    {EMFILE, FS_PHRASE("Core", "Too many open files")},
    {EFBIG, FS_PHRASE("Core", "File too large")},
    {ENOSPC, FS_PHRASE("Core", "No space left on device")},
    {EROFS, FS_PHRASE("Core", "Read-only file system")},
    {EPIPE, FS_PHRASE("Core", "Broken pipe")},
    {ENAMETOOLONG, FS_PHRASE("Core", "File name too long")},
    {ELOOP, FS_PHRASE("Core", "Too many levels of symbolic links")},
    {EMSGSIZE, FS_PHRASE("Core", "Message too long")},
    {EAFNOSUPPORT, FS_PHRASE("Core", "Address family not supported by protocol")},
    {EADDRINUSE, FS_PHRASE("Core", "Address already in use")},
    {EADDRNOTAVAIL, FS_PHRASE("Core", "Cannot assign requested address")},
    {ENETDOWN, FS_PHRASE("Core", "Network is down")},
    {ENETUNREACH, FS_PHRASE("Core", "Network is unreachable")},
    {ECONNABORTED, FS_PHRASE("Core", "Software caused connection abort")},
    {ECONNRESET, FS_PHRASE("Core", "Connection reset by peer")},
    {ENOBUFS, FS_PHRASE("Core", "No buffer space available")},
    {ENOTCONN, FS_PHRASE("Core", "Transport endpoint is not connected")},
    {ETIMEDOUT, FS_PHRASE("Core", "Connection timed out")},
    {ECONNREFUSED, FS_PHRASE("Core", "Connection refused")},
    {EHOSTUNREACH, FS_PHRASE("Core", "No route to host")},
#ifdef EDQUOT
    {EDQUOT, FS_PHRASE("Core", "Disk quota exceeded")},
#endif
};

}  // namespace

Phrase systemReason(int error) {
    for (const Reason& r : kReasons) {
        if (r.error == error) {
            return phrase(r.text);
        }
    }
    return verbatim(std::strerror(error));
}

Phrase systemReason(const std::error_code& error) {
#ifdef _WIN32
    const bool isErrno = error.category() == std::generic_category();
#else
    const bool isErrno =
        error.category() == std::generic_category() || error.category() == std::system_category();
#endif
    return isErrno ? systemReason(error.value()) : verbatim(error.message());
}

}  // namespace flowscope
