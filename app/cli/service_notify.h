// Tells systemd (a unit of Type=notify) when a long-running command really captures: after
// the adapter is open and its filter set, so that `systemctl start` returns only then, and a
// unit ordered after ours, or a script right after `systemctl start`, misses no packet. The
// protocol is sd_notify(3): datagrams to the socket named by $NOTIFY_SOCKET (a path, or '@'
// for an abstract name). Without that variable (a terminal, not Linux) nothing is sent.
#pragma once

#include <string>
#include <string_view>

namespace flowscope::cli {

// Prints "flowscope-cli: <sentence>" to stderr and tells the service manager READY=1 with the
// sentence as the unit's STATUS (what `systemctl status` shows).
void announceRunning(const std::string& sentence);

// STOPPING=1: the stop began (a signal, --duration, the end of the capture); the last records
// are being written.
void announceStopping();

// Sends `state` ("KEY=value" lines) to $NOTIFY_SOCKET; false when there is none or the send
// failed (the service manager then times the unit out with its own message).
bool notifyServiceManager(std::string_view state);

}  // namespace flowscope::cli
