#include "app/cli/part_team.h"

#include <exception>

#include "core/base/thread_name.h"

namespace flowscope::cli {

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
        m_busy = m_threads.size();
        ++m_round;
    }
    m_start.notify_all();
    std::exception_ptr failed;
    try {
        work(0);
    } catch (...) {
        failed = std::current_exception();  // the others still use `work`: wait for them first
    }
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_busy == 0; });
    m_work = nullptr;
    if (failed) {
        std::rethrow_exception(failed);
    }
}

void PartTeam::serve(size_t part) {
    setCurrentThreadName("print");
    uint64_t served = 0;
    while (true) {
        const std::function<void(size_t)>* work;
        {
            std::unique_lock lock(m_mutex);
            m_start.wait(lock, [&] { return m_stopping || m_round != served; });
            if (m_stopping) {
                return;
            }
            served = m_round;
            work = m_work;
        }
        (*work)(part);
        std::lock_guard lock(m_mutex);
        if (--m_busy == 0) {
            m_done.notify_one();
        }
    }
}

}  // namespace flowscope::cli
