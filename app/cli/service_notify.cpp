#include "app/cli/service_notify.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <iostream>

#ifdef __linux__
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace flowscope::cli {

#ifdef __linux__
bool notifyServiceManager(std::string_view state) {
    const char* name = std::getenv("NOTIFY_SOCKET");
    if (!name || (name[0] != '/' && name[0] != '@')) {
        return false;  // unset, or a form we do not speak (vsock): as sd_notify, say nothing
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const size_t length = std::strlen(name);
    if (length >= sizeof address.sun_path) {
        return false;
    }
    std::memcpy(address.sun_path, name, length);
    if (name[0] == '@') {
        address.sun_path[0] = '\0';  // an abstract name: no terminating zero counts
    }
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    const auto size =
        static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + length + (name[0] == '@' ? 0 : 1));
    const ssize_t sent = ::sendto(fd, state.data(), state.size(), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr*>(&address), size);
    ::close(fd);
    return sent == static_cast<ssize_t>(state.size());
}
#else
bool notifyServiceManager(std::string_view) {
    return false;  // launchd and the Windows service manager have no such protocol
}
#endif

void announceRunning(const std::string& sentence) {
    std::cerr << "flowscope-cli: " << sentence << "\n";
    std::string state = "READY=1\nSTATUS=";
    state += sentence;
    (void)notifyServiceManager(state);
}

void announceStopping() {
    (void)notifyServiceManager(
        "STOPPING=1\nSTATUS=Stopping: sending and writing the last records.");
}

}  // namespace flowscope::cli
