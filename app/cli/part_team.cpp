#include "app/cli/part_team.h"

#include <chrono>
#include <exception>

#include "core/base/thread_name.h"

namespace flowscope::cli {

namespace {

// How long a thread of the team polls before it sleeps: longer than one waits for the others
// in a round of `flows` (its rounds take about 2 ms).
constexpr auto kSpin = std::chrono::milliseconds(3);

void relax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#else
    std::this_thread::yield();
#endif
}

// Polls `done` for up to kSpin; whether it came true.
template <typename Done>
bool spinUntil(const Done& done) {
    const auto deadline = std::chrono::steady_clock::now() + kSpin;
    for (unsigned i = 1;; ++i) {
        if (done()) {
            return true;
        }
        relax();
        if (i % 64 == 0 && std::chrono::steady_clock::now() >= deadline) {
            return false;
        }
    }
}

}  // namespace

PartTeam::PartTeam(size_t size) {
    for (size_t part = 1; part < size; ++part) {
        m_threads.emplace_back([this, part] { serve(part); });
    }
}

PartTeam::~PartTeam() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_start.notify_all();
    for (std::thread& t : m_threads) {
        t.join();
    }
}

void PartTeam::run(const std::function<void(size_t)>& work) {
    {
        std::lock_guard lock(m_mutex);
        m_work = &work;
        m_busy.store(m_threads.size());
        m_round.fetch_add(1);
    }
    m_start.notify_all();
    std::exception_ptr failed;
    try {
        work(0);
    } catch (...) {
        failed = std::current_exception();  // the others still use `work`: wait for them first
    }
    if (!spinUntil([this] { return m_busy.load() == 0; })) {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] { return m_busy.load() == 0; });
    }
    if (failed) {
        std::rethrow_exception(failed);
    }
}

void PartTeam::serve(size_t part) {
    setCurrentThreadName("print");
    uint64_t served = 0;
    while (true) {
        spinUntil([&] { return m_stopping.load() || m_round.load() != served; });
        const std::function<void(size_t)>* work;
        {
            std::unique_lock lock(m_mutex);
            m_start.wait(lock, [&] { return m_stopping.load() || m_round.load() != served; });
            if (m_stopping.load()) {
                return;
            }
            served = m_round.load();
            work = m_work;
        }
        (*work)(part);
        std::lock_guard lock(m_mutex);
        if (m_busy.fetch_sub(1) == 1) {
            m_done.notify_one();
        }
    }
}

}  // namespace flowscope::cli
