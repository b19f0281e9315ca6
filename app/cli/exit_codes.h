// flowscope-cli exit codes (documented in README.md and `flowscope-cli --help`).
#pragma once

#include "core/base/result.h"

namespace flowscope::cli {

enum ExitCode : int {
    kExitOk = 0,           // success (a truncated file is a warning, not an error)
    kExitFailure = 1,      // an unexpected failure
    kExitUsage = 2,        // bad command line
    kExitInput = 3,        // file or adapter cannot be opened, or is not a capture file
    kExitPermission = 4,   // no capture permission (see the message for the fix)
    kExitFilter = 5,       // the BPF filter does not compile
    kExitInterrupted = 6,  // reading stopped on a corrupt record or a vanished adapter;
                           // what was read before is still printed
};

inline int exitCodeFor(const Error& error) {
    switch (error.code) {
        case ErrorCode::InvalidArgument:
            return kExitUsage;
        case ErrorCode::NotFound:
        case ErrorCode::BadFormat:
        case ErrorCode::Io:
            return kExitInput;
        case ErrorCode::PermissionDenied:
            return kExitPermission;
        case ErrorCode::BadFilter:
            return kExitFilter;
        case ErrorCode::Corrupt:
        case ErrorCode::DeviceGone:
            return kExitInterrupted;
        case ErrorCode::Internal:
            return kExitFailure;
    }
    return kExitFailure;
}

}  // namespace flowscope::cli
