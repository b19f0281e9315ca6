// The GUI thread's side of the engine: starts and stops captures, receives each snapshot and
// diff over a queued connection and applies them to the models in batches. The GUI thread
// never waits for the capture.
#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "core/engine/engine.h"
#include "core/engine/snapshot.h"
#include "core/process/process_resolver.h"

namespace flowscope::ui {

class AlertCenter;
class ConnectionModel;
class ExportConnector;
class GeoService;
class HistoryRecording;
class IconProvider;

class EngineBridge : public QObject {
    Q_OBJECT
public:
    explicit EngineBridge(QObject* parent = nullptr);
    ~EngineBridge() override;

    // Each returns "" on success, or the one-sentence reason (no permission, bad filter, not
    // a capture file, ...). A running capture is stopped first; the models are cleared.
    QString openFile(const QString& path, const QString& filter = {});
    QString startLive(const QString& interface, const QString& filter = {},
                      const QString& writePath = {});
    void pause();
    void resume();
    void stop();

    EngineState state() const;
    bool isLive() const { return m_live; }
    // Where the running (or last) live capture takes socket owners from, and its counters;
    // nullopt without one.
    std::optional<ProcessResolverStats> processStats() const;
    QString sourceName() const { return m_sourceName; }  // path or adapter name
    SnapshotPtr latest() const { return m_latest; }      // newest applied snapshot (or null)
    ConnectionModel* connections() const { return m_connections; }
    IconProvider* icons() const { return m_icons; }
    GeoService* geo() const { return m_geo; }
    // Alerts of live captures: each live capture gets a notifier sink from it.
    AlertCenter* alerts() const { return m_alerts; }
    // The history recorder of live captures: each live capture gets one from it.
    HistoryRecording* recording() const { return m_recording; }
    // Settings → Export: sends the flows of captures to an IPFIX collector when turned on.
    ExportConnector* exporting() const { return m_export; }
    // Live captures look up the PTR names of remote addresses nothing else named (default on).
    void setReverseDns(bool on) { m_reverseDns = on; }
    bool reverseDns() const { return m_reverseDns; }

signals:
    // After the models have been updated with this snapshot's diff.
    void snapshotApplied(const flowscope::SnapshotPtr& snapshot);
    void stateChanged(flowscope::EngineState state);
    // A capture ended with an error (corrupt file, adapter gone); what was read stays shown.
    void captureFailed(const QString& message);
    void captureStarted();

private:
    void apply(const SnapshotPtr& snapshot, const std::shared_ptr<EngineDiff>& diff);
    QString start(EngineConfig config);

    std::unique_ptr<Engine> m_engine;
    ConnectionModel* m_connections;
    IconProvider* m_icons;
    GeoService* m_geo;
    AlertCenter* m_alerts;
    HistoryRecording* m_recording;
    ExportConnector* m_export;
    bool m_reverseDns = true;
    SnapshotPtr m_latest;
    QString m_sourceName;
    bool m_live = false;
    uint64_t m_generation = 0;  // ignores ticks queued by a capture that was replaced
};

}  // namespace flowscope::ui
