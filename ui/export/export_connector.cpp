#include "ui/export/export_connector.h"

#include "core/engine/engine.h"
#include "ui/format.h"
#include "ui/settings/export_settings.h"

#ifdef FLOWSCOPE_HAVE_EXPORT

#include <mutex>

#include "core/capture/interface_index.h"
// core/export has a member function named emit, which Qt's keyword macro would rewrite.
#pragma push_macro("emit")
#undef emit
#include "core/export/ipfix_exporter.h"
#include "ui/core_text.h"
#pragma pop_macro("emit")
#endif

namespace flowscope::ui {

namespace {

constexpr int kPollMs = 500;

}  // namespace

#ifdef FLOWSCOPE_HAVE_EXPORT
// The exporter as the engine's sink, for the connector to see when it is done. The final
// snapshot (the capture ended, was stopped or failed) makes the exporter send every flow's
// last records; right after it, on the sink's thread, the exporter is flushed (TCP: its
// backlog, up to its finish timeout), let go with its socket, and its final counts are kept.
// The engine calls finish() only when it is stopped or destroyed, which for a file read to
// its end in the desktop app is at the next capture: too late for the collector.
class ExportSink : public SnapshotSink {
public:
    explicit ExportSink(std::shared_ptr<ipfix::IpfixExporter> exporter)
        : m_exporter(std::move(exporter)) {}

    std::string name() const override { return "ipfix"; }
    Status consume(const SnapshotPtr& snapshot, const EngineDiff& diff) override {
        const auto held = exporter();
        if (!held) {
            return {};
        }
        Status status = held->consume(snapshot, diff);
        const EngineState state = snapshot->state;
        if (state == EngineState::Finished || state == EngineState::Stopped ||
            state == EngineState::Failed) {
            finish();
        }
        return status;
    }
    void finish() override {
        const auto held = exporter();
        if (!held) {
            return;  // done at the final snapshot
        }
        held->finish();
        std::lock_guard lock(m_mutex);
        m_final = held->stats();
        m_exporter.reset();
        m_finished = true;
    }
    void setLinkType(uint32_t linkType) {
        if (const auto held = exporter()) {
            held->setLinkType(linkType);
        }
    }
    bool finished() const {
        std::lock_guard lock(m_mutex);
        return m_finished;
    }
    ipfix::ExporterStats stats() const {
        std::lock_guard lock(m_mutex);
        return m_finished ? m_final : m_exporter->stats();
    }

private:
    std::shared_ptr<ipfix::IpfixExporter> exporter() const {
        std::lock_guard lock(m_mutex);
        return m_exporter;
    }

    mutable std::mutex m_mutex;
    std::shared_ptr<ipfix::IpfixExporter> m_exporter;  // null once finished
    ipfix::ExporterStats m_final;
    bool m_finished = false;
};
#else
class ExportSink {};
#endif

ExportConnector::ExportConnector(QObject* parent) : QObject(parent) {
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &ExportConnector::poll);
}

ExportConnector::~ExportConnector() = default;

bool ExportConnector::available() {
#ifdef FLOWSCOPE_HAVE_EXPORT
    return true;
#else
    return false;
#endif
}

void ExportConnector::attach(Engine& engine, bool live, const QString& interface) {
    m_sink.reset();  // the previous capture's engine is gone: so is its exporter
    m_started = false;
    m_timer.stop();
    m_lostSeen = 0;
    m_failuresSeen = 0;
    const settings::ExportSettingsValues values = settings::exportSettings();
    Status status;
    // An IPv6 address in brackets, as in URLs: [::1]:4739.
    const QString host = values.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + values.host + QLatin1Char(']')
                             : values.host;
    status.target =
        tr("%1:%2 over %3")
            .arg(host, values.port, values.tcp ? QStringLiteral("TCP") : QStringLiteral("UDP"));
    if (!values.enabled) {
        setStatus(status);  // Idle: nothing to say
        return;
    }
    if (!live && !values.files) {
        status.state = State::NotExported;
        status.problem =
            tr("Capture files opened for viewing are not sent to the collector "
               "unless \"Also send capture files opened for viewing\" is on in Settings → "
               "Export.");
        setStatus(status);
        return;
    }
    status.state = State::Failed;
    if (const QString invalid = settings::validateExportTarget(values.host, values.port);
        !invalid.isEmpty()) {
        status.problem = invalid;
        setStatus(status);
        return;
    }
#ifdef FLOWSCOPE_HAVE_EXPORT
    ipfix::ExporterOptions options;
    options.transport = values.tcp ? ipfix::Transport::Tcp : ipfix::Transport::Udp;
    options.host = values.host.toStdString();
    options.port = static_cast<uint16_t>(values.port.toInt());
    options.observationDomain = static_cast<uint32_t>(values.observationDomain);
    options.enterpriseNumber = static_cast<uint32_t>(values.enterpriseNumber);
    options.records.activeTimeoutNs = int64_t(values.activeTimeout) * 1'000'000'000;
    options.records.idleTimeoutNs = int64_t(values.idleTimeout) * 1'000'000'000;
    if (live) {
        options.records.ingressInterface = interfaceIndex(interface.toStdString());
    }
    // Stopping a capture waits for the last records on the GUI thread: a collector that is
    // down over TCP holds it up for at most this long.
    options.finishTimeout = std::chrono::milliseconds(2000);
    options.waitForLinkType = true;  // started() gives it
    auto opened = ipfix::IpfixExporter::open(std::move(options));
    if (!opened) {
        status.problem = localized(opened.error());
        setStatus(status);
        return;
    }
    m_sink = std::make_shared<ExportSink>(std::move(opened.value()));
    // A file is read at full speed: a long queue so that few ticks are dropped (a dropped
    // tick only delays records; their sums stay right).
    engine.addSink(m_sink, {live ? size_t{64} : size_t{4096}, std::chrono::seconds(5)});
    status.state = State::Exporting;
    setStatus(status);
    m_timer.start();
#else
    (void)engine;
    (void)interface;
    status.problem = tr("This build of Flowscope cannot send flows to a collector.");
    setStatus(status);
#endif
}

void ExportConnector::started(uint32_t linkType) {
#ifdef FLOWSCOPE_HAVE_EXPORT
    if (m_sink) {
        m_started = true;
        m_sink->setLinkType(linkType);
    }
#else
    (void)linkType;
#endif
}

void ExportConnector::captureEnded() {
    if (m_sink && !m_started) {  // the engine did not start: nothing was or will be sent
        m_sink.reset();
        m_timer.stop();
        setStatus({});
        return;
    }
    poll();  // the engine may still be flushing: the timer goes on until it is done
}

void ExportConnector::poll() {
#ifdef FLOWSCOPE_HAVE_EXPORT
    if (!m_sink || m_status.state != State::Exporting) {
        return;
    }
    const bool finished = m_sink->finished();
    const ipfix::ExporterStats stats = m_sink->stats();
    Status status = m_status;
    status.recordsSent = stats.recordsSent;
    status.messagesSent = stats.messagesSent;
    status.recordsDropped = stats.recordsLost;
    const bool trouble =
        stats.messagesLost > m_lostSeen || stats.connectionFailures > m_failuresSeen;
    if (trouble) {
        status.unreachable = true;
        status.problem = localized(stats.lastError);
    } else if (stats.messagesSent > m_status.messagesSent) {
        status.unreachable = false;
        status.problem.clear();
    }
    m_lostSeen = stats.messagesLost;
    m_failuresSeen = stats.connectionFailures;
    if (finished) {
        status.state = State::Finished;
        m_timer.stop();
    }
    setStatus(status);
#endif
}

void ExportConnector::setStatus(const Status& status) {
    const bool changed = status.state != m_status.state || status.target != m_status.target ||
                         status.recordsSent != m_status.recordsSent ||
                         status.messagesSent != m_status.messagesSent ||
                         status.recordsDropped != m_status.recordsDropped ||
                         status.unreachable != m_status.unreachable ||
                         status.problem != m_status.problem;
    m_status = status;
    if (changed) {
        emit statusChanged();
    }
}

QString ExportConnector::recordsText(uint64_t count) {
    return tr("%1 record(s)", nullptr, pluralCount(count)).arg(formatCount(count));
}

QString ExportConnector::messagesText(uint64_t count) {
    return tr("%1 message(s)", nullptr, pluralCount(count)).arg(formatCount(count));
}

QString ExportConnector::statusText() const {
    const Status& s = m_status;
    //: %1 a number of records ("12 records"), %2 of messages, %3 of records again.
    const QString counts = tr("%1 in %2 sent, %3 dropped.")
                               .arg(recordsText(s.recordsSent), messagesText(s.messagesSent),
                                    recordsText(s.recordsDropped));
    QString text;
    switch (s.state) {
        case State::Idle:
            return tr("Nothing is being sent.");
        case State::NotExported:
            return s.problem;
        case State::Failed:
            return tr("Flows of this capture are not sent: %1").arg(s.problem);
        case State::Exporting:
            text = tr("Sending to %1: %2").arg(s.target, counts);
            break;
        case State::Finished:
            text = tr("The last capture is over. Sent to %1: %2").arg(s.target, counts);
            break;
    }
    if (s.unreachable) {
        text += QLatin1Char(' ') + tr("The collector is unreachable: %1").arg(s.problem);
    }
    return text;
}

}  // namespace flowscope::ui
