// Capabilities are dropped with capset(2) directly (no libcap): an empty effective, permitted
// and inheritable set, the ambient set cleared. The adapter's socket stays open and usable.
#include "app/capture/privileges.h"

#include <linux/capability.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

#include "core/base/system_reason.h"

namespace flowscope::capture_helper {

void endWithParent() {
#ifdef PR_SET_PDEATHSIG
    (void)::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
}

Phrase dropAllCapabilities() {
#ifdef PR_CAP_AMBIENT
    (void)::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
#endif
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (::syscall(SYS_capset, &header, data) != 0) {
        //: %1 is the operating system's reason.
        return phrase(FS_PHRASE("Core",
                                "The capture helper could not give up its capabilities (%1); "
                                "the capture works, but it keeps running privileged."),
                      {systemReason(errno)});
    }
    (void)::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    return {};
}

}  // namespace flowscope::capture_helper
