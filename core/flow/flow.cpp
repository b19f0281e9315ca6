#include "core/flow/flow.h"

namespace flowscope {

uint16_t Flow::servicePort() const {
    if (!key.hasPorts) {
        return 0;
    }
    const uint16_t localPort = local().port;
    const uint16_t remotePort = remote().port;
    if (localPort < 1024 && remotePort >= 1024) {
        return localPort;
    }
    return remotePort;
}

}  // namespace flowscope
