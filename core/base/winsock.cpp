#include "core/base/winsock.h"

#ifdef _WIN32
#include <winsock2.h>
#endif

namespace flowscope {

bool startWinsock() {
#ifdef _WIN32
    static const bool started = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    return started;
#else
    return true;
#endif
}

}  // namespace flowscope
