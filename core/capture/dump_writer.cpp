// DumpWriter: libpcap's dump writer (nanosecond pcap) fed by a writer thread. The queue is two
// fixed byte buffers: the capture thread appends records to the front one under a mutex (a
// memcpy), the writer thread swaps them and writes the back one without holding the lock.
#include "core/capture/dump_writer.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#include "core/base/thread_name.h"
#include "core/capture/pcap_link_types.h"

namespace flowscope {

namespace {

struct RecordHeader {
    int64_t timestampNs;
    uint32_t capturedLength;
    uint32_t wireLength;
};
constexpr size_t kAlign = alignof(RecordHeader);

size_t recordSize(uint32_t captured) {
    return (sizeof(RecordHeader) + captured + kAlign - 1) & ~(kAlign - 1);
}

struct Buffer {
    std::unique_ptr<uint8_t[]> bytes;
    size_t used = 0;
};

}  // namespace

struct DumpWriter::Impl {
    pcap_t* dead = nullptr;
    pcap_dumper_t* dumper = nullptr;
    uint32_t linkType = 0;
    uint32_t snaplen = 0;
    size_t capacity = 0;  // of each buffer

    std::mutex mutex;
    std::condition_variable wake;
    Buffer front;  // filled by write(), guarded by mutex
    Buffer back;   // written to disk by the thread
    bool stopping = false;
    std::thread thread;

    std::atomic<uint64_t> written{0};
    std::atomic<uint64_t> lost{0};
    std::atomic<uint64_t> skipped{0};
    bool closed = false;
    Status status;

    void run();
    void writeBack();
};

void DumpWriter::Impl::writeBack() {
    size_t pos = 0;
    uint64_t count = 0;
    while (pos < back.used) {
        RecordHeader h;
        std::memcpy(&h, back.bytes.get() + pos, sizeof h);
        pcap_pkthdr header{};
        int64_t seconds = h.timestampNs / 1000000000;
        int64_t nanos = h.timestampNs % 1000000000;
        if (nanos < 0) {
            nanos += 1000000000;
            --seconds;
        }
        header.ts.tv_sec = static_cast<time_t>(seconds);
        header.ts.tv_usec = static_cast<suseconds_t>(nanos);  // ns: the file is nanosecond pcap
        header.caplen = h.capturedLength;
        header.len = h.wireLength;
        pcap_dump(reinterpret_cast<u_char*>(dumper), &header,
                  back.bytes.get() + pos + sizeof(RecordHeader));
        pos += recordSize(h.capturedLength);
        ++count;
    }
    back.used = 0;
    written.fetch_add(count, std::memory_order_relaxed);
}

void DumpWriter::Impl::run() {
    std::unique_lock lock(mutex);
    for (;;) {
        wake.wait(lock, [&] { return stopping || front.used > 0; });
        if (front.used == 0 && stopping) {
            return;
        }
        std::swap(front, back);
        lock.unlock();
        writeBack();
        lock.lock();
    }
}

Result<std::unique_ptr<DumpWriter>> DumpWriter::open(const std::string& path, uint32_t linkType,
                                                     uint32_t snaplen, size_t queueBytes) {
    if (snaplen == 0) {
        snaplen = 262144;
    }
    pcap_t* dead = pcap_open_dead_with_tstamp_precision(
        linkTypeToDlt(linkType), static_cast<int>(snaplen), PCAP_TSTAMP_PRECISION_NANO);
    if (!dead) {
        return makeError(ErrorCode::Internal, "libpcap could not prepare writing " + path +
                                                  " (out of memory?); try again.");
    }
    errno = 0;
    pcap_dumper_t* dumper = pcap_dump_open(dead, path.c_str());
    if (!dumper) {
        const int err = errno;
        const std::string reason = pcap_geterr(dead);
        pcap_close(dead);
        if (err == EACCES || err == EPERM || err == EROFS) {
            return makeError(ErrorCode::PermissionDenied,
                             "Flowscope is not allowed to write " + path + " (" + reason +
                                 "); choose a folder you can write to.");
        }
        if (err == ENOENT || err == ENOTDIR) {
            return makeError(ErrorCode::NotFound, "The folder of " + path +
                                                      " does not exist; create it or choose "
                                                      "another location.");
        }
        return makeError(ErrorCode::Io, "Flowscope cannot create " + path + " (" + reason +
                                            "); choose another location.");
    }
    std::unique_ptr<DumpWriter> writer(new DumpWriter());
    writer->m_path = path;
    writer->m_impl = std::make_unique<Impl>();
    Impl& s = *writer->m_impl;
    s.dead = dead;
    s.dumper = dumper;
    s.linkType = linkType;
    s.snaplen = snaplen;
    s.capacity = std::max<size_t>(queueBytes / 2, recordSize(snaplen));
    s.front.bytes = std::make_unique<uint8_t[]>(s.capacity);
    s.back.bytes = std::make_unique<uint8_t[]>(s.capacity);
    s.thread = std::thread([&s] {
        setCurrentThreadName("dump");
        s.run();
    });
    return writer;
}

DumpWriter::~DumpWriter() {
    if (m_impl) {
        close();
    }
}

void DumpWriter::write(const RawPacket& packet) {
    Impl& s = *m_impl;
    if (packet.linkType != s.linkType) {
        s.skipped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    const uint32_t captured = std::min(packet.capturedLength, s.snaplen);
    const size_t size = recordSize(captured);
    {
        std::lock_guard lock(s.mutex);
        if (s.stopping || s.front.used + size > s.capacity) {
            s.lost.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        uint8_t* dst = s.front.bytes.get() + s.front.used;
        const RecordHeader h{packet.timestampNs, captured, packet.wireLength};
        std::memcpy(dst, &h, sizeof h);
        if (captured > 0) {
            std::memcpy(dst + sizeof h, packet.data, captured);
        }
        s.front.used += size;
    }
    s.wake.notify_one();
}

Status DumpWriter::close() {
    Impl& s = *m_impl;
    if (s.closed) {
        return s.status;
    }
    {
        std::lock_guard lock(s.mutex);
        s.stopping = true;
    }
    s.wake.notify_one();
    if (s.thread.joinable()) {
        s.thread.join();
    }
    s.closed = true;
    const bool flushFailed = pcap_dump_flush(s.dumper) != 0;
    std::FILE* file = pcap_dump_file(s.dumper);
    const bool streamFailed = file && std::ferror(file);
    const int err = errno;
    pcap_dump_close(s.dumper);  // fclose
    s.dumper = nullptr;
    pcap_close(s.dead);
    s.dead = nullptr;
    if (flushFailed || streamFailed) {
        s.status = makeError(ErrorCode::Io, "Writing " + m_path + " failed (" +
                                                std::strerror(err != 0 ? err : EIO) +
                                                "); free some disk space or choose another "
                                                "location, the file is incomplete.");
    }
    return s.status;
}

uint64_t DumpWriter::written() const {
    return m_impl->written.load(std::memory_order_relaxed);
}
uint64_t DumpWriter::lost() const {
    return m_impl->lost.load(std::memory_order_relaxed);
}
uint64_t DumpWriter::skipped() const {
    return m_impl->skipped.load(std::memory_order_relaxed);
}

}  // namespace flowscope
