// StopSignals on Windows: Ctrl+C, Ctrl+Break, closing the console window, logoff and shutdown
// arrive as console control events (SetConsoleCtrlHandler), not as POSIX signals. They are
// mapped to SIGINT (Ctrl+C / Ctrl+Break) and SIGTERM (close, logoff, shutdown) so that the
// commands report them exactly as on POSIX. A second Ctrl+C ends the process at once (the
// handler passes it on to the default one, as SA_RESETHAND does on POSIX).
#include <windows.h>

#include <atomic>
#include <csignal>

#include "app/cli/stop_signals.h"

namespace flowscope::cli {

namespace {

std::atomic<int> g_received{0};

BOOL WINAPI onConsoleEvent(DWORD event) {
    const int signal = (event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT) ? SIGINT : SIGTERM;
    int none = 0;
    // TRUE: handled (the command stops on its own); FALSE: the default handler ends the
    // process (the second event).
    return g_received.compare_exchange_strong(none, signal) ? TRUE : FALSE;
}

}  // namespace

StopSignals::StopSignals() {
    g_received.store(0);
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

StopSignals::~StopSignals() {
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
}

int StopSignals::received() {
    return g_received.load();
}

const char* StopSignals::describe(int signal) {
    switch (signal) {
        case SIGINT:
            return "Ctrl+C";
        case SIGTERM:
            return "the console closing";
        default:
            return "a signal";
    }
}

}  // namespace flowscope::cli
