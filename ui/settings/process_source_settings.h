// Where the desktop app's live captures take socket owners from (see
// core/process/socket_event_source.h; ui/settings/settings.h for the Setting<T> template).
#pragma once

#include <QString>

#include "ui/settings/settings.h"

namespace flowscope::ui::settings {

// "auto" (eBPF socket events where they load, else snapshots), "ebpf" or "snapshot".
inline const Setting<QString> processSource{"processes/source", QStringLiteral("auto")};
// The socket tracker's ring buffer in KiB (rounded up to a power of two of pages).
inline const Setting<int> socketEventBufferKiB{"processes/eventBufferKiB", 1024};
inline constexpr int kMinEventBufferKiB = 64;
inline constexpr int kMaxEventBufferKiB = 65536;

}  // namespace flowscope::ui::settings
