#include "app/cli/stop_signals.h"

#include <atomic>
#include <csignal>

namespace flowscope::cli {

namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
std::atomic<int> g_received{0};
struct sigaction g_previous[3];
bool g_installed[3] = {};

extern "C" void onStopSignal(int signal) {
    int none = 0;
    g_received.compare_exchange_strong(none, signal);
}

}  // namespace

StopSignals::StopSignals() {
    g_received.store(0);
    for (int i = 0; i < 3; ++i) {
        struct sigaction current {};
        sigaction(kSignals[i], nullptr, &current);
        if (kSignals[i] == SIGHUP && current.sa_handler == SIG_IGN) {
            continue;  // nohup: the user asked to survive the hang-up
        }
        struct sigaction action {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;  // the second signal takes its default action
        g_installed[i] = sigaction(kSignals[i], &action, &g_previous[i]) == 0;
    }
}

StopSignals::~StopSignals() {
    for (int i = 0; i < 3; ++i) {
        if (g_installed[i]) {
            sigaction(kSignals[i], &g_previous[i], nullptr);
            g_installed[i] = false;
        }
    }
}

int StopSignals::received() {
    return g_received.load();
}

const char* StopSignals::describe(int signal) {
    switch (signal) {
        case SIGINT:
            return "SIGINT (Ctrl+C)";
        case SIGTERM:
            return "SIGTERM";
        case SIGHUP:
            return "SIGHUP (hang-up)";
        default:
            return "a signal";
    }
}

}  // namespace flowscope::cli
