// Windows: libpcap is Npcap's wpcap.dll, loaded at run time (core/capture/windows/wpcap.cpp)
// so that Flowscope starts, and opens capture files, on a machine without Npcap. Only
// adapter listing, live capture and BPF filters need it.
#pragma once

#include "core/base/result.h"

namespace flowscope {

// The sentence a user reads when wpcap.dll cannot be loaded.
inline constexpr const char* kNpcapMissingMessage =
    "Npcap is not installed; live capture needs it: https://npcap.com/#download — capture "
    "files still open.";

#ifdef _WIN32
// Loads wpcap.dll once (from System32\Npcap, then the system folder); thread-safe.
bool npcapAvailable();
#else
inline bool npcapAvailable() {
    return true;  // libpcap is linked
}
#endif

inline Error npcapMissingError() {
    return makeError(ErrorCode::NotFound, kNpcapMissingMessage);
}

}  // namespace flowscope
