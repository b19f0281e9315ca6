#include "ui/history/recording_sink.h"

#include <utility>

namespace flowscope::ui {

RecordingSink::RecordingSink(history::RecorderOptions options, Completer complete, Events events)
    : m_options(std::move(options)), m_complete(std::move(complete)), m_events(std::move(events)) {}

RecordingSink::~RecordingSink() = default;

std::shared_ptr<history::RecorderSink> RecordingSink::recorder() const {
    std::lock_guard lock(m_mutex);
    return m_recorder;
}

void RecordingSink::open() {
    history::RecorderOptions options;
    {
        std::lock_guard lock(m_mutex);
        m_tried = true;
        m_reopen = false;
        options = m_options;
    }
    if (m_complete) {
        m_complete(options);
    }
    auto opened = history::RecorderSink::open(std::move(options));
    if (!opened) {
        if (m_events.failed) {
            m_events.failed(opened.error());
        }
        return;
    }
    std::shared_ptr<history::RecorderSink> recorder = std::move(opened.value());
    {
        std::lock_guard lock(m_mutex);
        recorder->setPaused(m_paused);
        recorder->setRetention(m_options.retention);
        m_recorder = recorder;
    }
    if (m_events.opened) {
        m_events.opened();
    }
}

Status RecordingSink::consume(const SnapshotPtr& snapshot, const EngineDiff& diff) {
    bool wantOpen = false;
    {
        std::lock_guard lock(m_mutex);
        wantOpen = !m_recorder && (!m_tried || m_reopen);
    }
    if (wantOpen) {
        open();
    }
    const std::shared_ptr<history::RecorderSink> current = recorder();
    if (!current) {
        return {};  // reported once; the capture goes on without recording
    }
    const Status status = current->consume(snapshot, diff);
    if (!status) {
        {
            std::lock_guard lock(m_mutex);
            m_recorder.reset();  // closes the database; what was written stays
        }
        if (m_events.failed) {
            m_events.failed(status.error());
        }
    }
    return {};
}

void RecordingSink::finish() {
    if (const auto current = recorder()) {
        current->finish();
    }
    std::lock_guard lock(m_mutex);
    m_recorder.reset();
}

void RecordingSink::setPaused(bool paused) {
    std::lock_guard lock(m_mutex);
    m_paused = paused;
    if (m_recorder) {
        m_recorder->setPaused(paused);
    }
}

void RecordingSink::setRetention(const history::RetentionOptions& retention) {
    std::lock_guard lock(m_mutex);
    m_options.retention = retention;
    if (m_recorder) {
        m_recorder->setRetention(retention);
    }
}

void RecordingSink::reopen() {
    std::lock_guard lock(m_mutex);
    if (!m_recorder) {
        m_reopen = true;
    }
}

bool RecordingSink::isOpen() const {
    return recorder() != nullptr;
}

history::RecorderStats RecordingSink::stats() const {
    const auto current = recorder();
    return current ? current->stats() : history::RecorderStats{};
}

}  // namespace flowscope::ui
