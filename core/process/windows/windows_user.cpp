// userNameForUid on Windows. Windows identifies accounts by SIDs, not numbers: the Windows
// backend reports uid 0 for every socket and process, and the account name of a process
// ("DOMAIN\\user", from its token) is ProcessInfo::user. This function therefore only keeps
// its contract for callers that have a uid: the number as text.
#if defined(_WIN32)

#include <string>

#include "core/process/process_backend.h"

namespace flowscope {

std::string userNameForUid(uint32_t uid) {
    return std::to_string(uid);
}

}  // namespace flowscope

#endif  // _WIN32
