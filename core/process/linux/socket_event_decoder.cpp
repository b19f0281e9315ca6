#include "core/process/linux/socket_event_decoder.h"

#include <cstring>
#include <string>

#include "core/process/linux/ebpf/socket_event.h"

namespace flowscope::linuxproc {

namespace {

// A fixed-size char field up to its first NUL (all of it when there is none).
std::string fieldText(const char* field, size_t size) {
    return std::string(field, strnlen(field, size));
}

IpAddress addressOf(uint8_t family, const uint8_t* bytes) {
    return family == 4 ? IpAddress::fromV4(bytes) : IpAddress::fromV6(bytes);
}

SocketState stateOf(uint8_t socketKind) {
    switch (socketKind) {
        case FS_SOCKET_LISTENING:
            return SocketState::Listen;
        case FS_SOCKET_UNCONNECTED:
            return SocketState::Unconnected;
        default:
            return SocketState::Established;
    }
}

bool decodeSocket(const fs_socket_event& e, SocketEvents& out) {
    if ((e.family != 4 && e.family != 6) || (e.protocol != 6 && e.protocol != 17) ||
        e.socket_kind < FS_SOCKET_CONNECTED || e.socket_kind > FS_SOCKET_UNCONNECTED ||
        e.tgid == 0) {
        return false;
    }
    SocketRecord r;
    r.protocol = e.protocol;
    r.local = {addressOf(e.family, e.local_addr), e.local_port};
    r.remote = {addressOf(e.family, e.remote_addr), e.remote_port};
    r.state = stateOf(e.socket_kind);
    r.uid = e.uid;
    r.pids = {e.tgid};
    out.sockets.push_back(std::move(r));
    return true;
}

// parts[0] is the file's name, parts[count - 1] the top directory: "/" + reversed parts.
// Empty when the kernel could not read all of it (user space reads /proc then).
std::string pathOf(const fs_process_event& e) {
    if (e.truncated || e.count == 0 || e.count > FS_PATH_PARTS) {
        return {};
    }
    std::string path;
    for (int i = e.count - 1; i >= 0; --i) {
        const std::string part = fieldText(e.parts[i], FS_PART_BYTES);
        if (part.empty() || part.find('/') != std::string::npos) {
            return {};  // not a component a dentry can have
        }
        path += '/';
        path += part;
    }
    return path;
}

bool decodeProcess(const fs_process_event& e, SocketEvents& out) {
    if (e.tgid == 0) {
        return false;
    }
    ProcessInfo info;
    info.pid = e.tgid;
    info.path = pathOf(e);
    // The full program name is the path's last part; comm is cut at 15 characters.
    const size_t slash = info.path.rfind('/');
    info.name = slash != std::string::npos ? info.path.substr(slash + 1)
                                           : fieldText(e.comm, sizeof(e.comm));
    info.uid = e.uid;
    out.processes.push_back(std::move(info));
    return true;
}

}  // namespace

bool decodeSocketEvent(const void* data, size_t size, SocketEvents& out) {
    if (data == nullptr || size == 0) {
        return false;
    }
    const uint8_t kind = *static_cast<const uint8_t*>(data);
    if (kind == FS_EVENT_SOCKET && size == sizeof(fs_socket_event)) {
        fs_socket_event e;
        std::memcpy(&e, data, sizeof(e));
        return decodeSocket(e, out);
    }
    if (kind == FS_EVENT_PROCESS && size == sizeof(fs_process_event)) {
        fs_process_event e;
        std::memcpy(&e, data, sizeof(e));
        return decodeProcess(e, out);
    }
    return false;
}

}  // namespace flowscope::linuxproc
