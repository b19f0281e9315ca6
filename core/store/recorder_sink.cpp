#include "core/store/recorder_sink.h"
#include "core/base/system_reason.h"

#include <chrono>
#include <ctime>
#include <system_error>

#include "core/store/history_writer.h"
#include "core/store/recorder_batch.h"

namespace flowscope::history {

struct RecorderSink::State {
    explicit State(PlaceSources sources) : batch(sources) {}
    RecorderBatch batch;
};

RecorderSink::RecorderSink(RecorderOptions options, std::unique_ptr<HistoryWriter> writer)
    : m_options(std::move(options)), m_writer(std::move(writer)) {
    m_state = std::make_unique<State>(
        PlaceSources{m_options.geo.get(), m_options.services.get(), &m_options.own});
}

RecorderSink::~RecorderSink() = default;

Result<std::unique_ptr<RecorderSink>> RecorderSink::open(RecorderOptions options) {
    auto writer = HistoryWriter::open(options.database, options.retention);
    if (!writer) {
        return writer.error();
    }
    return std::unique_ptr<RecorderSink>(
        new RecorderSink(std::move(options), std::move(writer.value())));
}

Status RecorderSink::consume(const SnapshotPtr& snapshot, const EngineDiff& diff) {
    bool paused;
    std::unique_ptr<RetentionOptions> retention;
    {
        std::lock_guard lock(m_mutex);
        paused = m_paused;
        retention = std::move(m_pendingRetention);
    }
    if (retention) {
        m_writer->setRetention(*retention);
    }
    const auto started = std::chrono::steady_clock::now();
    const TickBatch batch = m_state->batch.build(*snapshot, diff, paused);
    Status status = m_writer->write(batch);
    if (status) {
        // Pruning is its own transaction: a prune that fails costs no recorded tick, and the
        // next tick tries again.
        (void)m_writer->prune(batch.now);
    }
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    std::lock_guard lock(m_mutex);
    if (status) {
        ++m_stats.ticksWritten;
        m_stats.connectionsWritten += batch.connections.size();
    }
    m_stats.lastWriteMs = ms;
    return status;
}

void RecorderSink::finish() {
    (void)m_writer->flush();
}

void RecorderSink::setPaused(bool paused) {
    std::lock_guard lock(m_mutex);
    m_paused = paused;
    m_stats.paused = paused;
}

void RecorderSink::setRetention(const RetentionOptions& retention) {
    std::lock_guard lock(m_mutex);
    m_pendingRetention = std::make_unique<RetentionOptions>(retention);
}

RecorderStats RecorderSink::stats() const {
    std::lock_guard lock(m_mutex);
    return m_stats;
}

Result<std::filesystem::path> moveAside(const std::filesystem::path& database) {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    localtime_r(&now, &parts);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, ".damaged-%Y%m%d-%H%M%S", &parts);
    const std::filesystem::path target = database.string() + stamp;
    std::error_code ec;
    std::filesystem::rename(database, target, ec);
    if (ec) {
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "The damaged history database \"%1\" could not "
                                          "be moved aside (%2); move or delete it "
                                          "yourself."),
                                {verbatim(database.string()), systemReason(ec)}));
    }
    // The journal files belong to the damaged file: they move with it, so that a new database
    // never picks them up.
    for (const char* suffix : {"-wal", "-shm"}) {
        std::filesystem::rename(database.string() + suffix, target.string() + suffix, ec);
    }
    return target;
}

}  // namespace flowscope::history
