// Threads that stay for the whole process (one team, printTeam() in remote_facts.cpp, serves
// every printing job) and take each round of work as it comes, instead of a thread started per
// round. Linux starts a new thread on its parent's core, where it waits until the scheduler
// moves it to an idle one: for `flows`, blocks of 8,192 flows printed on two threads each, the
// second part started 1.5-3.5 ms late in about half the blocks, so half of the printing ran on
// one core. Sleeping between rounds was not always enough: when another
// process woke meanwhile (a reader of the output, say), a woken thread was often put on its
// waker's core. So the threads poll for a few milliseconds before they sleep.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace flowscope::cli {

class PartTeam {
public:
    // `size` parts a round: part 0 on the calling thread, the others on size - 1 threads
    // named "print".
    explicit PartTeam(size_t size);
    ~PartTeam();
    PartTeam(const PartTeam&) = delete;
    PartTeam& operator=(const PartTeam&) = delete;

    size_t size() const { return m_threads.size() + 1; }
    // work(part) for every part in [0, size()), each on its own thread; returns when all are
    // done.
    void run(const std::function<void(size_t part)>& work);

private:
    void serve(size_t part);

    std::mutex m_mutex;
    std::condition_variable m_start;
    std::condition_variable m_done;
    const std::function<void(size_t)>* m_work = nullptr;  // set under m_mutex
    std::atomic<uint64_t> m_round{0};
    std::atomic<size_t> m_busy{0};
    std::atomic<bool> m_stopping{false};
    std::vector<std::thread> m_threads;
};

}  // namespace flowscope::cli
