// Linux's socket state numbers (include/net/tcp_states.h), as sock_diag and /proc/net report
// them, mapped to SocketState.
#pragma once

#include <cstdint>

#include "core/process/process_backend.h"

namespace flowscope::linuxproc {

inline SocketState socketStateFromKernel(uint8_t protocol, unsigned state) {
    if (protocol == 17) {  // UDP: ESTABLISHED when connected, CLOSE otherwise
        return state == 1 ? SocketState::Established : SocketState::Unconnected;
    }
    switch (state) {
        case 1:
            return SocketState::Established;
        case 2:
            return SocketState::SynSent;
        case 3:
        case 12:  // TCP_NEW_SYN_RECV
            return SocketState::SynReceived;
        case 4:
            return SocketState::FinWait1;
        case 5:
            return SocketState::FinWait2;
        case 6:
            return SocketState::TimeWait;
        case 7:
            return SocketState::Closed;
        case 8:
            return SocketState::CloseWait;
        case 9:
            return SocketState::LastAck;
        case 10:
            return SocketState::Listen;
        case 11:
            return SocketState::Closing;
        default:
            return SocketState::Unknown;
    }
}

}  // namespace flowscope::linuxproc
