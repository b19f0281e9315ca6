#include "core/capture/capture_launcher.h"

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>

#include "core/capture/helper_capture.h"

namespace flowscope {

namespace {

std::string ownDirectory() {
    char buf[PATH_MAX] = {};
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) {
        return "";
    }
    std::string path(buf, static_cast<size_t>(n));
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

bool executable(const std::string& path) {
    return !path.empty() && ::access(path.c_str(), X_OK) == 0;
}

std::string captureMode() {
    const char* mode = std::getenv("FLOWSCOPE_CAPTURE");
    return mode ? std::string(mode) : std::string();
}

}  // namespace

std::string findCaptureHelper() {
    if (const char* env = std::getenv("FLOWSCOPE_CAPTURE_HELPER"); env && *env) {
        return executable(env) ? std::string(env) : std::string();
    }
    const std::string dir = ownDirectory();
    if (dir.empty()) {
        return "";
    }
    for (const char* relative : {"/../libexec/flowscope/flowscope-capture", "/flowscope-capture",
                                 "/../capture/flowscope-capture"}) {
        const std::string candidate = dir + relative;
        if (executable(candidate)) {
            char resolved[PATH_MAX] = {};
            return ::realpath(candidate.c_str(), resolved) ? std::string(resolved) : candidate;
        }
    }
    return "";
}

bool processMayCapture() {
    if (::geteuid() == 0) {
        return true;
    }
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (::syscall(SYS_capget, &header, data) != 0) {
        return false;
    }
    return (data[CAP_NET_RAW / 32].effective & (1u << (CAP_NET_RAW % 32))) != 0;
}

Result<std::unique_ptr<PacketSource>> openLiveSource(const LiveOptions& options) {
    const std::string mode = captureMode();
    const bool forceHelper = mode == "helper";
    const bool useHelper = forceHelper || (mode != "direct" && !processMayCapture());
    const std::string helper = useHelper ? findCaptureHelper() : std::string();
    if (forceHelper && helper.empty()) {
        return makeError(ErrorCode::NotFound,
                         "FLOWSCOPE_CAPTURE=helper is set but no capture helper was found; set "
                         "FLOWSCOPE_CAPTURE_HELPER to the path of flowscope-capture, or unset "
                         "FLOWSCOPE_CAPTURE to capture directly.");
    }
    if (!helper.empty()) {
        auto viaHelper = HelperCapture::open(options, helper);
        if (!viaHelper) {
            return viaHelper.error();
        }
        return std::unique_ptr<PacketSource>(std::move(viaHelper.value()));
    }
    auto live = LiveCapture::open(options);
    if (!live) {
        return live.error();
    }
    return std::unique_ptr<PacketSource>(std::move(live.value()));
}

}  // namespace flowscope
