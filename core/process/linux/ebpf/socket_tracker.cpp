// The eBPF socket tracker's user-space side: loads socket_tracker.bpf.c (embedded as a
// libbpf skeleton, CO-RE against the running kernel's BTF), attaches its three tracepoints,
// and drains the ring buffer on a thread of its own ("process-bpf"), handing decoded batches
// to the resolver. Built only where libbpf, clang and bpftool were found (ebpf.cmake).
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "core/base/thread_name.h"
#include "core/process/linux/ebpf/socket_event.h"
#include "core/process/linux/ebpf/socket_tracker_load.h"
#include "core/process/linux/socket_event_decoder.h"
#include "socket_tracker.skel.h"

namespace flowscope::linuxproc {

namespace {

// libbpf's own messages: kept (the last warning explains a failed load), not printed into
// the user's terminal or the CLI's machine output.
std::mutex g_printMutex;
std::string g_lastLibbpfMessage;

int keepLibbpfMessage(enum libbpf_print_level level, const char* format, va_list args) {
    // FLOWSCOPE_BPF_DEBUG=1: everything libbpf says (the verifier's log included) on stderr.
    static const bool debug = std::getenv("FLOWSCOPE_BPF_DEBUG") != nullptr;
    if (debug) {
        va_list copy;
        va_copy(copy, args);
        std::vfprintf(stderr, format, copy);
        va_end(copy);
    }
    if (level == LIBBPF_DEBUG) {
        return 0;
    }
    char line[512];
    const int n = std::vsnprintf(line, sizeof line, format, args);
    std::lock_guard lock(g_printMutex);
    g_lastLibbpfMessage.assign(line, n > 0 ? std::min<size_t>(size_t(n), sizeof line - 1) : 0);
    while (!g_lastLibbpfMessage.empty() && g_lastLibbpfMessage.back() == '\n') {
        g_lastLibbpfMessage.pop_back();
    }
    return 0;
}

// The kernel's own figure for a map's memory ("memlock:" in its fdinfo).
size_t mapMemory(int fd) {
    std::ifstream in("/proc/self/fdinfo/" + std::to_string(fd));
    std::string key;
    size_t value = 0;
    while (in >> key) {
        if (key == "memlock:" && in >> value) {
            return value;
        }
    }
    return 0;
}

class EbpfSocketTracker final : public SocketTracker {
public:
    explicit EbpfSocketTracker(socket_tracker* skel) : m_skel(skel) {
        for (const bpf_map* m : {skel->maps.events, skel->maps.stats, skel->maps.connecting,
                                 skel->maps.sent, skel->maps.described}) {
            m_mapBytes += mapMemory(bpf_map__fd(m));
        }
    }
    ~EbpfSocketTracker() override {
        stop();
        socket_tracker__destroy(m_skel);
    }

    const char* name() const override { return "ebpf"; }

    void start(Sink sink) override {
        if (m_thread.joinable()) {
            return;
        }
        m_sink = std::move(sink);
        if (!openRing()) {
            return;  // no events then; stats() show none and the snapshots carry on
        }
        m_thread = std::thread([this] {
            setCurrentThreadName("process-bpf");
            run();
        });
    }

    void stop() override {
        m_stopping = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
        if (m_ring != nullptr) {
            ring_buffer__free(m_ring);
            m_ring = nullptr;
        }
    }

    SocketEventStats stats() const override {
        SocketEventStats s;
        const int cpus = libbpf_num_possible_cpus();
        std::vector<uint64_t> perCpu(cpus > 0 ? size_t(cpus) : 1);
        const int fd = bpf_map__fd(m_skel->maps.stats);
        for (uint32_t which : {uint32_t(FS_STAT_EVENTS), uint32_t(FS_STAT_LOST)}) {
            uint64_t total = 0;
            if (bpf_map_lookup_elem(fd, &which, perCpu.data()) == 0) {
                for (uint64_t n : perCpu) {
                    total += n;
                }
            }
            (which == FS_STAT_EVENTS ? s.events : s.lost) = total;
        }
        s.mapBytes = m_mapBytes;
        return s;
    }

    size_t drainRecords(const RecordFn& fn) override {
        if (m_thread.joinable() || !openRing()) {
            return 0;
        }
        m_raw = &fn;
        const int n = ring_buffer__consume(m_ring);
        m_raw = nullptr;
        return n > 0 ? size_t(n) : 0;
    }

private:
    bool openRing() {
        if (m_ring == nullptr) {
            m_ring = ring_buffer__new(bpf_map__fd(m_skel->maps.events),
                                      &EbpfSocketTracker::onRecord, this, nullptr);
        }
        return m_ring != nullptr;
    }

    static int onRecord(void* self, void* data, size_t size) {
        auto* t = static_cast<EbpfSocketTracker*>(self);
        if (t->m_raw != nullptr) {
            (*t->m_raw)(data, size);
        } else {
            (void)decodeSocketEvent(data, size, t->m_batch);  // an odd record is skipped
        }
        return 0;
    }

    // Polls with a short timeout so that stop() is noticed; each wake-up hands over what
    // arrived (the kernel wakes the poll at each record: a socket is known within
    // microseconds of its first send).
    void run() {
        while (!m_stopping) {
            const int n = ring_buffer__poll(m_ring, 100);
            if (n < 0 && n != -EINTR) {
                break;
            }
            if (!m_batch.sockets.empty() || !m_batch.processes.empty()) {
                m_sink(std::exchange(m_batch, {}));
            }
        }
    }

    socket_tracker* m_skel;
    size_t m_mapBytes = 0;  // fixed once loaded
    ring_buffer* m_ring = nullptr;
    Sink m_sink;
    SocketEvents m_batch;
    const RecordFn* m_raw = nullptr;  // during drainRecords()
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

// The ring's size: a power of two of pages, at least one page.
uint32_t ringSize(size_t wanted) {
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    size_t size = page;
    while (size < wanted && size < (size_t(1) << 30)) {
        size *= 2;
    }
    return uint32_t(size);
}

std::string lastLibbpfMessage() {
    std::lock_guard lock(g_printMutex);
    return g_lastLibbpfMessage;
}

}  // namespace

LoadResult loadSocketTracker(size_t ringBytes) {
    libbpf_set_print(keepLibbpfMessage);
    socket_tracker* skel = socket_tracker__open();
    if (skel == nullptr) {
        return {nullptr, LoadFailure::Open, errno, lastLibbpfMessage()};
    }
    bpf_map__set_max_entries(skel->maps.events, ringSize(ringBytes));
    // Only this process's network namespace (where it captures): see netns_inum.
    struct stat ns {};
    if (stat("/proc/self/ns/net", &ns) == 0) {
        skel->rodata->netns_inum = uint32_t(ns.st_ino);
    }
    if (int err = socket_tracker__load(skel); err != 0) {
        socket_tracker__destroy(skel);
        return {nullptr, LoadFailure::Load, -err, lastLibbpfMessage()};
    }
    if (int err = socket_tracker__attach(skel); err != 0) {
        socket_tracker__destroy(skel);
        return {nullptr, LoadFailure::Attach, -err, lastLibbpfMessage()};
    }
    return {std::make_unique<EbpfSocketTracker>(skel), LoadFailure::None, 0, {}};
}

}  // namespace flowscope::linuxproc
