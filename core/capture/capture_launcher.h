// Opens a live capture the least-privileged way that works: directly when this process may
// capture itself (root, or CAP_NET_RAW in its effective set), otherwise through the
// flowscope-capture helper when one is found, otherwise directly (so the user sees the usual
// permission sentence). FLOWSCOPE_CAPTURE=direct|helper forces a path (tests, benchmarks).
// POSIX only.
#pragma once

#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/capture/live_capture.h"
#include "core/capture/packet_source.h"

namespace flowscope {

// The helper to start, or "" when none is found: $FLOWSCOPE_CAPTURE_HELPER; then, beside this
// program, ../libexec/flowscope/flowscope-capture (installed), ./flowscope-capture, and
// ../capture/flowscope-capture (the build tree: app/gui, app/cli and app/capture are siblings).
std::string findCaptureHelper();

// True when this process may open adapters itself: effective uid 0 or CAP_NET_RAW effective.
bool processMayCapture();

// The chosen source for `options` (see above). Errors are LiveCapture's (and HelperCapture's);
// with FLOWSCOPE_CAPTURE=helper and no helper found, NotFound naming where it was looked for.
Result<std::unique_ptr<PacketSource>> openLiveSource(const LiveOptions& options);

}  // namespace flowscope
