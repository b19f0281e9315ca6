// flowscope-cli exit codes: one table, the same in README.md, `flowscope-cli --help` and
// tests/cli/exit_codes_test.py (one test line per row and cause).
#pragma once

#include "core/base/result.h"

namespace flowscope::cli {

enum ExitCode : int {
    kExitOk = 0,           // success; a file cut short, dropped packets: a warning on stderr
    kExitFailure = 1,      // an unexpected failure
    kExitUsage = 2,        // bad command line
    kExitInput = 3,        // the file or adapter cannot be used (missing, unreadable, a folder,
                           // not a capture file, damaged header, no such adapter; report: no
                           // history database, a damaged or foreign one); nothing read
    kExitPermission = 4,   // no permission to capture live (the message says how to grant it)
    kExitFilter = 5,       // the BPF filter does not compile
    kExitInterrupted = 6,  // reading stopped before the end of the input (a damaged record, a
                           // read error, the adapter went away, a signal during --read); what
                           // was read before is printed
    kExitWrite = 7,        // an output file (flows --write, icon --out) cannot be created, or
                           // writing it failed (disk full); a capture goes on and its flows
                           // are printed. record: the history database cannot be created or
                           // written (damaged, foreign, read-only, locked, disk full), at the
                           // start or while recording, which then stops
};

// Where an error comes from: the same ErrorCode means a different row of the table for a
// capture file, a live adapter and the --write file (a file the user may not read is input
// that cannot be opened, 3; an adapter the user may not open needs a capability, 4).
enum class ErrorOrigin {
    Other,        // commands other than flows
    OpenFile,     // opening --read FILE
    OpenAdapter,  // opening --interface NAME
    WriteFile,    // creating or writing an output file (flows --write, icon --out)
    Reading,      // the capture stopped with an error after it had started
};

inline int exitCodeFor(const Error& error, ErrorOrigin origin = ErrorOrigin::Other) {
    switch (error.code) {
        case ErrorCode::InvalidArgument:
            return kExitUsage;
        case ErrorCode::BadFilter:
            return kExitFilter;
        case ErrorCode::Internal:
            return kExitFailure;
        default:
            break;
    }
    switch (origin) {
        case ErrorOrigin::OpenFile:
            return kExitInput;
        case ErrorOrigin::OpenAdapter:
            return error.code == ErrorCode::PermissionDenied ? kExitPermission : kExitInput;
        case ErrorOrigin::WriteFile:
            return kExitWrite;
        case ErrorOrigin::Reading:
            return kExitInterrupted;
        case ErrorOrigin::Other:
            break;
    }
    switch (error.code) {
        case ErrorCode::PermissionDenied:
            return kExitPermission;
        case ErrorCode::Corrupt:
        case ErrorCode::DeviceGone:
            return kExitInterrupted;
        default:
            return kExitInput;
    }
}

}  // namespace flowscope::cli
