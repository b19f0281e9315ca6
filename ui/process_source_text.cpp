#include "ui/process_source_text.h"

#include <QCoreApplication>

#include "ui/core_text.h"
#include "ui/format.h"

namespace flowscope::ui {

namespace {

class ProcessSourceMessages {
    Q_DECLARE_TR_FUNCTIONS(ProcessSourceMessages)

public:
    static QString whyOff(const ProcessResolverStats& s);
    static QString text(const ProcessResolverStats& s);
};

// Why socket events are off, as the end of a sentence.
QString ProcessSourceMessages::whyOff(const ProcessResolverStats& s) {
    switch (s.eventStatus) {
        case SocketEventsStatus::NotBuilt:
            return tr("this build of Flowscope has no eBPF support.");
        case SocketEventsStatus::NotLinux:
            return tr("eBPF socket events exist on Linux only.");
        case SocketEventsStatus::NoBtf:
            return tr("the kernel has no BTF type information.");
        case SocketEventsStatus::NoPrivileges:
            return s.eventsFromHelper
                       ? tr("the capture helper needs the CAP_BPF and CAP_PERFMON capabilities "
                            "for eBPF.")
                       : tr("eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.");
        case SocketEventsStatus::NoTracepoint:
            return tr("the kernel lacks the tracepoints needed (Linux 6.3 or later).");
        case SocketEventsStatus::KernelRefused:
        case SocketEventsStatus::NotOpened:  // core's note says it whole: see text()
        case SocketEventsStatus::SnapshotChosen:
        case SocketEventsStatus::On:
            break;
    }
    return {};
}

QString ProcessSourceMessages::text(const ProcessResolverStats& s) {
    if (s.eventStatus == SocketEventsStatus::On) {
        QString on = s.eventsFromHelper
                         ? tr("Programs are found from eBPF socket events, loaded by the "
                              "capture helper, with snapshots as the fallback.")
                         : tr("Programs are found from eBPF socket events, with "
                              "snapshots as the fallback.");
        if (s.events.lost > 0) {
            on += QLatin1Char(' ') +
                  tr("%n socket event(s) lost because the event buffer was full; a larger "
                     "buffer keeps them.",
                     nullptr, pluralCount(s.events.lost));
        }
        return on;
    }
    if (s.eventStatus == SocketEventsStatus::KernelRefused ||
        s.eventStatus == SocketEventsStatus::NotOpened) {
        // The kernel's or libbpf's own reason, inside core's sentence that says snapshots find
        // the owners instead.
        return localized(s.eventNote);
    }
    if (s.eventStatus == SocketEventsStatus::SnapshotChosen) {
        return tr("Programs are found from snapshots of the socket table, as chosen.");
    }
    //: %1: why socket events are off, e.g. "the kernel has no BTF type information."
    return tr("Programs are found from snapshots of the socket table: %1").arg(whyOff(s));
}

}  // namespace

QString processSourceText(const ProcessResolverStats& stats) {
    return ProcessSourceMessages::text(stats);
}

}  // namespace flowscope::ui
