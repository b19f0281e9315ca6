#include "ui/history/history_recording.h"

#include <QCoreApplication>
#include <QDir>
#include <QMetaObject>
#include <optional>

#include "core/engine/own_addresses.h"
#include "core/enrich/service_table.h"
#include "core/store/recorder_sink.h"
#include "ui/core_text.h"
#include "ui/geo_service.h"
#include "ui/history/recording_sink.h"
#include "ui/settings/history_settings.h"

namespace flowscope::ui {

namespace {

// The built-in service table, read once (on the first recorder's thread) and shared.
std::shared_ptr<const ServiceTable> embeddedServices() {
    static const std::shared_ptr<const ServiceTable> table = []() {
        Result<ServiceTable> loaded = ServiceTable::loadEmbedded();
        return loaded ? std::make_shared<const ServiceTable>(std::move(loaded.value()))
                      : std::shared_ptr<const ServiceTable>();
    }();
    return table;
}

}  // namespace

QString recordingProblemText(const Error& error, const QString& database) {
    const QString shown = QDir::toNativeSeparators(database);
    if (error.code == ErrorCode::Corrupt) {
        // Core's sentence names the remedy for a command line; here a button does it.
        return HistoryRecording::tr(
                   "The history database %1 is damaged, so this capture is not being recorded (the "
                   "live view goes on); moving it aside keeps it as it is and starts a new one.")
            .arg(shown);
    }
    QString sentence = localized(error);
    if (sentence.isEmpty()) {
        sentence = HistoryRecording::tr("The history database %1 cannot be used.").arg(shown);
    }
    return sentence + QLatin1Char(' ') +
           HistoryRecording::tr("This capture is not being recorded; the live view goes on.");
}

HistoryRecording::HistoryRecording(GeoService* geo, QObject* parent)
    : QObject(parent), m_link(std::make_shared<Link>()) {
    m_link->target = this;
    if (geo) {
        m_link->geo = geo->resolver();
        connect(geo, &GeoService::ready, this,
                [link = m_link](const std::shared_ptr<GeoResolver>& resolver) {
                    std::lock_guard lock(link->mutex);
                    link->geo = resolver;
                });
    }
}

HistoryRecording::~HistoryRecording() {
    std::lock_guard lock(m_link->mutex);
    m_link->target = nullptr;  // events posted before this are dropped by Qt with the object
}

namespace {

// On a recorder's thread: runs `call` on the GUI thread if the HistoryRecording still exists.
template <typename Link>
void post(const std::shared_ptr<Link>& link, std::function<void(HistoryRecording*)> call) {
    std::lock_guard lock(link->mutex);
    if (HistoryRecording* target = link->target) {
        QMetaObject::invokeMethod(
            target, [target, call = std::move(call)] { call(target); }, Qt::QueuedConnection);
    }
}

}  // namespace

std::shared_ptr<SnapshotSink> HistoryRecording::createSink() {
    captureEnded();
    setProblem({}, false);  // a new attempt; said again if it fails again
    if (!settings::historyRecord.value()) {
        return nullptr;
    }
    m_database = settings::historyDatabasePath();
    if (m_database.isEmpty()) {
        setProblem(tr("Flowscope cannot tell where to keep the history (no home folder); choose "
                      "a database file under View → Settings → History."),
                   false);
        return nullptr;
    }
    history::RecorderOptions options;
    options.database = QDir::fromNativeSeparators(m_database).toStdString();
    options.retention = settings::historyRetention();
    const uint64_t generation = m_generation;
    RecordingSink::Events events;
    // Sink thread: only post, and only while this object exists.
    events.opened = [link = m_link, generation] {
        post(link, [generation](HistoryRecording* self) { self->onOpened(generation); });
    };
    events.failed = [link = m_link, generation](const Error& error) {
        post(link,
             [generation, error](HistoryRecording* self) { self->onFailed(generation, error); });
    };
    auto complete = [link = m_link](history::RecorderOptions& opening) {
        {
            std::lock_guard lock(link->mutex);
            opening.geo = link->geo;
        }
        opening.services = embeddedServices();
        opening.own = OwnAddresses(adapterAddresses("any"));
    };
    auto sink = std::make_shared<RecordingSink>(std::move(options), complete, std::move(events));
    sink->setPaused(m_paused);
    m_sink = sink;
    return sink;
}

void HistoryRecording::captureEnded() {
    ++m_generation;  // late events of the ended capture's recorder are ignored
    m_sink.reset();
    setRecording(false);
}

void HistoryRecording::onOpened(uint64_t generation) {
    if (generation != m_generation) {
        return;
    }
    setProblem({}, false);
    setRecording(true);
}

void HistoryRecording::onFailed(uint64_t generation, const Error& error) {
    if (generation != m_generation) {
        return;
    }
    setRecording(false);
    setProblem(recordingProblemText(error, m_database), error.code == ErrorCode::Corrupt);
}

void HistoryRecording::setPaused(bool paused) {
    if (paused == m_paused) {
        return;
    }
    m_paused = paused;
    if (const auto sink = m_sink.lock()) {
        sink->setPaused(paused);
    }
    emit pausedChanged(paused);
}

void HistoryRecording::applyRetention() {
    if (const auto sink = m_sink.lock()) {
        sink->setRetention(settings::historyRetention());
    }
}

QString HistoryRecording::moveAsideAndRestart() {
    const QString database = m_database.isEmpty() ? settings::historyDatabasePath() : m_database;
    const auto moved = history::moveAside(QDir::fromNativeSeparators(database).toStdString());
    if (!moved) {
        const QString sentence = localized(moved.error());
        setProblem(sentence, false);
        return sentence;
    }
    setProblem({}, false);
    const QString kept = QDir::toNativeSeparators(QString::fromStdString(moved.value().string()));
    QString sentence;
    if (const auto sink = m_sink.lock()) {
        sink->reopen();
        sentence = tr("The damaged history database was kept as %1; recording goes on in a new "
                      "one.")
                       .arg(kept);
    } else {
        sentence = tr("The damaged history database was kept as %1; the next live capture starts "
                      "a new one.")
                       .arg(kept);
    }
    emit notice(sentence);
    return sentence;
}

void HistoryRecording::setRecording(bool recording) {
    if (recording != m_recording) {
        m_recording = recording;
        emit recordingChanged(recording);
    }
}

void HistoryRecording::setProblem(const QString& sentence, bool canMoveAside) {
    if (sentence == m_problem && canMoveAside == m_canMoveAside) {
        return;
    }
    m_problem = sentence;
    m_canMoveAside = canMoveAside;
    emit problemChanged(sentence, canMoveAside);
}

}  // namespace flowscope::ui
