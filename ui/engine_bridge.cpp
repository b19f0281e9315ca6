#include "ui/engine_bridge.h"

#include <QFileInfo>
#include <QMetaObject>
#include <algorithm>
#include <utility>

#include "core/engine/engine_config.h"
#include "ui/alerts/alert_center.h"
#include "ui/capture_messages.h"
#include "ui/export/export_connector.h"
#include "ui/geo_service.h"
#include "ui/history/history_recording.h"
#include "ui/icons/icon_provider.h"
#include "ui/models/connection_model.h"
#include "ui/settings/process_source_settings.h"
#include "ui/settings/settings.h"

namespace flowscope::ui {

namespace {

bool isTerminal(EngineState state) {
    return state == EngineState::Finished || state == EngineState::Failed ||
           state == EngineState::Stopped;
}

void registerMetaTypes() {
    static const bool done = [] {
        qRegisterMetaType<flowscope::SnapshotPtr>("flowscope::SnapshotPtr");
        qRegisterMetaType<flowscope::EngineState>("flowscope::EngineState");
        return true;
    }();
    (void)done;
}

}  // namespace

EngineBridge::EngineBridge(QObject* parent)
    : QObject(parent),
      m_connections(new ConnectionModel(this)),
      m_icons(new IconProvider(nullptr, this)),
      m_geo(new GeoService(this)),
      m_alerts(new AlertCenter(this)),
      m_recording(new HistoryRecording(m_geo, this)),
      m_export(new ExportConnector(this)) {
    registerMetaTypes();
    m_connections->setIconProvider(m_icons);
    connect(m_geo, &GeoService::ready, m_connections, &ConnectionModel::setGeoResolver);
    m_reverseDns = settings::reverseDns.value();
    m_geo->load(settings::geoOptions());
}

EngineBridge::~EngineBridge() {
    ++m_generation;
    if (m_engine) {
        m_engine->stop();  // joins; its queued ticks die with this object
    }
}

EngineState EngineBridge::state() const {
    if (!m_engine) {
        return EngineState::Idle;
    }
    const EngineState engine = m_engine->state();
    if (!isTerminal(engine)) {
        return engine;  // Running or Paused take effect at once
    }
    // The engine has ended, but the GUI shows the applied snapshots: the end counts once the
    // final snapshot has been applied to the models.
    if (m_latest && isTerminal(m_latest->state)) {
        return m_latest->state;
    }
    return EngineState::Running;
}

QString EngineBridge::openFile(const QString& path, const QString& filter) {
    EngineConfig config;
    config.source = EngineConfig::Source::File;
    config.filePath = path.toStdString();
    config.filter = filter.toStdString();
    m_live = false;
    m_sourceName = path;
    return start(std::move(config));
}

QString EngineBridge::startLive(const QString& interface, const QString& filter,
                                const QString& writePath) {
    EngineConfig config;
    config.source = EngineConfig::Source::Live;
    config.live.interface = interface.toStdString();
    config.filter = filter.toStdString();
    config.writePath = writePath.toStdString();
    config.reverseDns = m_reverseDns;
    (void)parseProcessSource(settings::processSource.value().toStdString(), config.processSource);
    config.socketEventRingBytes =
        size_t(std::clamp(settings::socketEventBufferKiB.value(), settings::kMinEventBufferKiB,
                          settings::kMaxEventBufferKiB)) *
        1024;
    m_live = true;
    m_sourceName = interface;
    return start(std::move(config));
}

std::optional<ProcessResolverStats> EngineBridge::processStats() const {
    const ProcessResolver* resolver = m_engine && m_live ? m_engine->processResolver() : nullptr;
    if (resolver == nullptr) {
        return std::nullopt;
    }
    return resolver->stats();
}

QString EngineBridge::start(EngineConfig config) {
    const EngineState before = state();
    // Ticks still queued by the previous capture carry the old generation and are dropped.
    const uint64_t generation = ++m_generation;
    if (m_engine) {
        m_engine->stop();  // live: returns within the capture's poll timeout
        m_engine.reset();
    }
    m_latest.reset();
    m_connections->clear();
    m_connections->setRatesShown(config.source == EngineConfig::Source::Live);

    auto engine = std::make_unique<Engine>(std::move(config));
    engine->setTickCallback([this, generation](const SnapshotPtr& snapshot, EngineDiff&& diff) {
        // Engine thread: only post.
        auto shared = std::make_shared<EngineDiff>(std::move(diff));
        QMetaObject::invokeMethod(
            this,
            [this, generation, snapshot, shared] {
                if (generation == m_generation) {
                    apply(snapshot, shared);
                }
            },
            Qt::QueuedConnection);
    });
    if (m_live) {
        // Notifications watch live captures only; a file opened for viewing gets no notifier.
        engine->addSink(m_alerts->createSink());
        // Recorded into the history unless turned off; files opened for viewing never are.
        if (auto recorder = m_recording->createSink()) {
            engine->addSink(std::move(recorder));
        }
    } else {
        m_recording->captureEnded();
    }
    m_export->attach(*engine, m_live, m_sourceName);  // when Settings → Export says so
    const Status status = engine->start();
    if (!status) {
        m_recording->captureEnded();
        m_export->captureEnded();
        const QString message = desktopMessage(status.error(), m_sourceName, m_live);
        m_sourceName.clear();
        m_live = false;
        if (before != EngineState::Idle) {
            emit stateChanged(EngineState::Idle);
        }
        return message;
    }
    m_engine = std::move(engine);
    m_export->started(m_engine->linkType());
    // m_latest stays empty until the first snapshot has been applied: taking the engine's
    // newest one here could already be the final snapshot of a short file, whose diff has not
    // reached the models yet.
    emit captureStarted();
    if (state() != before) {
        emit stateChanged(state());
    }
    return {};
}

void EngineBridge::pause() {
    if (!m_engine) {
        return;
    }
    const EngineState before = state();
    m_engine->pause();
    if (state() != before) {
        emit stateChanged(state());
    }
}

void EngineBridge::resume() {
    if (!m_engine) {
        return;
    }
    const EngineState before = state();
    m_engine->resume();
    if (state() != before) {
        emit stateChanged(state());
    }
}

void EngineBridge::stop() {
    if (m_engine) {
        // Joins the threads; the final snapshot arrives through the queue and sets Stopped.
        m_engine->stop();
    }
}

void EngineBridge::apply(const SnapshotPtr& snapshot, const std::shared_ptr<EngineDiff>& diff) {
    if (!snapshot) {
        return;
    }
    const EngineState before = state();
    const bool hadError = m_latest && m_latest->error;
    m_connections->setTables(snapshot->applications, snapshot->hostnames);
    if (diff) {
        m_connections->applyDiff(*diff, snapshot->intervalNs);
    }
    m_latest = snapshot;
    if (isTerminal(snapshot->state)) {
        m_recording->captureEnded();
        m_export->captureEnded();
    }
    emit snapshotApplied(snapshot);
    const EngineState after = state();
    if (after != before) {
        emit stateChanged(after);
    }
    if (snapshot->error && !hadError) {
        emit captureFailed(desktopMessage(*snapshot->error, m_sourceName, m_live));
    }
}

}  // namespace flowscope::ui
