#include "core/process/process_backend.h"

namespace flowscope {

const char* socketStateName(SocketState state) {
    switch (state) {
        case SocketState::Unknown:
            return "UNKNOWN";
        case SocketState::Established:
            return "ESTABLISHED";
        case SocketState::SynSent:
            return "SYN-SENT";
        case SocketState::SynReceived:
            return "SYN-RECV";
        case SocketState::FinWait1:
            return "FIN-WAIT-1";
        case SocketState::FinWait2:
            return "FIN-WAIT-2";
        case SocketState::TimeWait:
            return "TIME-WAIT";
        case SocketState::Closed:
            return "CLOSED";
        case SocketState::CloseWait:
            return "CLOSE-WAIT";
        case SocketState::LastAck:
            return "LAST-ACK";
        case SocketState::Listen:
            return "LISTEN";
        case SocketState::Closing:
            return "CLOSING";
        case SocketState::Unconnected:
            return "UNCONN";
    }
    return "UNKNOWN";
}

}  // namespace flowscope
