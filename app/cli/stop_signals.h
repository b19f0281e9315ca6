// Ends a capture on SIGINT (Ctrl+C), SIGTERM (kill, timeout, systemd) and SIGHUP (the terminal
// or SSH session closed) so that the command can still print what it collected, for live
// captures and files alike. A second signal of the same kind ends the process at once (the
// handler is reset after the first). SIGHUP stays ignored where it was ignored on start
// (nohup), so a capture started under nohup survives the hang-up it was protected from.
#pragma once

namespace flowscope::cli {

class StopSignals {
public:
    StopSignals();   // installs the handlers
    ~StopSignals();  // restores the previous ones
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    // The first signal received (SIGINT, SIGTERM or SIGHUP), or 0.
    static int received();
    // "SIGINT (Ctrl+C)", "SIGTERM", "SIGHUP (hang-up)".
    static const char* describe(int signal);
};

}  // namespace flowscope::cli
