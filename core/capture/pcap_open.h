// What LiveCapture's POSIX (../live_capture.cpp) and Windows (windows/live_capture.cpp)
// versions share: opening a live pcap handle (pcap_create with the options, pcap_activate with
// every failure mapped to one sentence, the activated handle's link type, snaplen and timestamp
// precision, and the capture filter), the sentence for a read that failed, and the counters.
// Only the wording that differs per platform is passed in; the versions differ in how they wait.
#pragma once

#include <pcap/pcap.h>
// On Windows pcap.h brings winsock2.h, whose objbase.h defines `interface` as `struct`: the
// macro would rewrite LiveOptions::interface.
#ifdef _WIN32
#undef interface
#endif

#include <cstdint>
#include <string>

#include "core/base/result.h"
#include "core/capture/live_capture.h"

namespace flowscope {

struct PcapWording {
    std::string library;      // "libpcap" or "Npcap", named in error sentences
    Phrase permissionRemedy;  // what to do when capturing is not permitted (a sentence)
    Phrase filterHelp;        // where the filter syntax is explained
};

struct OpenedHandle {
    pcap_t* handle = nullptr;  // owned by the caller once open succeeds
    uint32_t linkType = 0;
    uint32_t snaplen = 0;
    int64_t fractionScale = 1000;  // ns per tv_usec unit: 1 with nanosecond precision
};

// Creates and activates a handle for options.interface. On failure nothing is left open.
// `afterActivate` runs on the activated handle before the filter is installed (may be null).
Result<OpenedHandle> openPcapHandle(const LiveOptions& options, const PcapWording& wording,
                                    void (*afterActivate)(pcap_t*, const std::string&) = nullptr);

// The error of a pcap_next_ex that returned `rc` (< 0, not PCAP_ERROR_BREAK) with libpcap's
// `message`: DeviceGone when the adapter went away (`deviceGone` adds the platform's own
// signs), else Io. `library` is PcapWording::library.
Error liveReadError(int rc, const std::string& iface, const std::string& message, bool deviceGone,
                    const std::string& library);

// The counters of a live handle: `received` frames read, the drops pcap_stats reports.
CaptureCounters liveCounters(pcap_t* handle, uint64_t received);

}  // namespace flowscope
