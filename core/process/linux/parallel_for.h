// A small fork-join loop for the /proc reads of a refresh, which are mostly time in the kernel
// per process and spread well over a few threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

#include "core/base/thread_name.h"

namespace flowscope::linuxproc {

// Calls fn(i) for every i in [0, n), on `threads` threads (this one included), handing out
// `chunk` indices at a time; returns when all are done.
template <class Fn>
void parallelFor(size_t n, size_t threads, size_t chunk, const char* threadName, Fn fn) {
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i; (i = next.fetch_add(chunk)) < n;) {
            for (size_t k = i; k < std::min(i + chunk, n); ++k) {
                fn(k);
            }
        }
    };
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t) {
        helpers.emplace_back([&work, threadName] {
            setCurrentThreadName(threadName);
            work();
        });
    }
    work();
    for (auto& h : helpers) {
        h.join();
    }
}

}  // namespace flowscope::linuxproc
