// Opening a live pcap handle, shared by LiveCapture's POSIX (../live_capture.cpp) and Windows
// (windows/live_capture.cpp) versions: pcap_create with the options, pcap_activate with every
// failure mapped to one sentence, the activated handle's link type, snaplen and timestamp
// precision, and the capture filter. Only the wording that differs per platform is passed in.
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
    std::string library;           // "libpcap" or "Npcap", named in error sentences
    std::string permissionRemedy;  // what to do when capturing is not permitted
    std::string filterHelp;        // where the filter syntax is explained
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

}  // namespace flowscope
