#include "core/engine/sink_runner.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

#include "core/base/thread_name.h"

namespace flowscope {

struct SinkRunner::State {
    struct Tick {
        SnapshotPtr snapshot;
        std::shared_ptr<const EngineDiff> diff;
    };

    std::shared_ptr<SnapshotSink> sink;
    SinkOptions options;
    std::string name;

    std::mutex mutex;
    std::condition_variable wake;  // the thread: a tick or the end
    std::condition_variable idle;  // finish(): the thread is done
    std::deque<Tick> queue;
    bool closing = false;  // no more ticks come
    bool done = false;     // the thread has finished (or never ran)
    SinkCounters counters;

    void run();
    bool consumeOne(const Tick& tick);
    void fail(Phrase why);
};

void SinkRunner::State::fail(Phrase why) {
    std::lock_guard lock(mutex);
    counters.detached = true;
    counters.error = english(why);
    counters.errorPhrase = std::move(why);
    counters.dropped += queue.size();
    queue.clear();
}

bool SinkRunner::State::consumeOne(const Tick& tick) {
    try {
        Status status = sink->consume(tick.snapshot, *tick.diff);
        if (!status) {
            fail(phraseOf(status.error()));
            return false;
        }
    } catch (const std::exception& e) {
        fail(verbatim(e.what()));
        return false;
    } catch (...) {
        fail(phrase(FS_PHRASE("Core", "it failed with an unknown error.")));
        return false;
    }
    std::lock_guard lock(mutex);
    ++counters.delivered;
    return true;
}

void SinkRunner::State::run() {
    setCurrentThreadName("sink:" + name);
    bool healthy = true;
    while (healthy) {
        Tick tick;
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [&] { return !queue.empty() || closing; });
            if (queue.empty()) {
                break;
            }
            tick = std::move(queue.front());
            queue.pop_front();
        }
        healthy = consumeOne(tick);
    }
    if (healthy) {
        try {
            sink->finish();
        } catch (const std::exception& e) {
            fail(verbatim(e.what()));
        } catch (...) {
            fail(phrase(FS_PHRASE("Core", "it failed with an unknown error.")));
        }
    }
    std::lock_guard lock(mutex);
    done = true;
    idle.notify_all();
}

SinkRunner::SinkRunner(std::shared_ptr<SnapshotSink> sink, SinkOptions options)
    : m_state(std::make_shared<State>()) {
    m_state->name = sink->name();
    m_state->counters.name = m_state->name;
    m_state->sink = std::move(sink);
    m_state->options = options;
    m_state->done = true;  // until start()
}

SinkRunner::~SinkRunner() {
    finish();
}

void SinkRunner::start() {
    {
        std::lock_guard lock(m_state->mutex);
        m_state->done = false;
    }
    std::thread([state = m_state] { state->run(); }).detach();
}

void SinkRunner::offer(const SnapshotPtr& snapshot, const std::shared_ptr<const EngineDiff>& diff,
                       bool final) {
    std::lock_guard lock(m_state->mutex);
    if (m_state->counters.detached || m_state->closing) {
        return;
    }
    if (!final && m_state->queue.size() >= m_state->options.capacity) {
        ++m_state->counters.dropped;
        return;
    }
    m_state->queue.push_back({snapshot, diff});
    m_state->wake.notify_one();
}

void SinkRunner::finish() {
    std::unique_lock lock(m_state->mutex);
    m_state->closing = true;
    m_state->wake.notify_one();
    if (!m_state->idle.wait_for(lock, m_state->options.finishTimeout,
                                [&] { return m_state->done; })) {
        // Abandoned: the thread keeps the state alive and ends after its current tick.
        m_state->counters.dropped += m_state->queue.size();
        m_state->queue.clear();
        m_state->done = true;
    }
}

SinkCounters SinkRunner::counters() const {
    std::lock_guard lock(m_state->mutex);
    return m_state->counters;
}

}  // namespace flowscope
