// Settings → Export in action: for each capture the desktop app starts, an IPFIX exporter
// (core/export) is attached to the engine as a snapshot sink when the settings say so (live
// captures; capture files opened for viewing only when "export/files" is on). EngineBridge
// calls attach() before the engine starts, started() after, and captureEnded() when the
// capture is over; the engine's stop flushes the exporter (the last records, TCP backlog).
// Settings apply from the next capture: a running exporter keeps the settings it started with.
//
// Its status (records and messages sent, records dropped, the collector unreachable) is read
// from the exporter's counters twice a second while it exists and announced by
// statusChanged(); once the exporter has flushed at the end of the capture its socket is
// closed and its last counts stay as the status of the last capture.
//
// The collector's name is resolved when a capture starts (on the GUI thread, as getaddrinfo
// does it; an address takes no time). Without the exporter (the Windows build) attach() says
// so in the status and attaches nothing.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <cstdint>
#include <memory>

namespace flowscope {
class Engine;
}  // namespace flowscope

namespace flowscope::ui {

class ExportSink;

class ExportConnector : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,         // no capture has been exported yet (or exporting is off)
        NotExported,  // the running capture is not exported: off, or a file (see problem)
        Failed,       // exporting was asked for but could not start: problem says why
        Exporting,    // an exporter is attached to the running capture
        Finished,     // the last exported capture has ended; the counts are final
    };
    struct Status {
        State state = State::Idle;
        QString target;  // "host:port over UDP"
        uint64_t recordsSent = 0;
        uint64_t messagesSent = 0;
        uint64_t recordsDropped = 0;
        bool unreachable = false;  // messages were lost or connects failed at the last reading
        QString problem;           // one sentence: why nothing is exported, or the send error
    };

    explicit ExportConnector(QObject* parent = nullptr);
    ~ExportConnector() override;

    // Whether this build has the exporter (not on Windows yet).
    static bool available();

    // Before the engine of a new capture starts: adds an exporter sink per the settings.
    // `interface` names the adapter of a live capture (its index is the ingress interface).
    void attach(Engine& engine, bool live, const QString& interface);
    // After Engine::start() succeeded: the source's link type (the header not counted).
    void started(uint32_t linkType);
    // The capture is over (ended, stopped, failed to start, or replaced).
    void captureEnded();

    Status status() const { return m_status; }
    // The status as one or two sentences for Settings → Export.
    QString statusText() const;
    // "1 record", "12 records" (and messages) in the current language.
    static QString recordsText(uint64_t count);
    static QString messagesText(uint64_t count);

signals:
    void statusChanged();

private:
    void poll();
    void setStatus(const Status& status);

    std::shared_ptr<ExportSink> m_sink;  // of the running or last exported capture
    bool m_started = false;              // its engine has started
    uint64_t m_lostSeen = 0;             // messagesLost at the last reading
    uint64_t m_failuresSeen = 0;         // connectionFailures at the last reading
    Status m_status;
    QTimer m_timer;
};

}  // namespace flowscope::ui
