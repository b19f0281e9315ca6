// DumpWriter: a nanosecond pcap file fed by a writer thread. The queue is two fixed byte
// buffers holding records already in their pcap form (16-byte record header + bytes): the
// capture thread appends to the front one under a mutex (a memcpy), the writer thread swaps
// them and writes the back one with write(2) without holding the lock. Writing the file
// ourselves (instead of through stdio, as pcap_dump does) tells us exactly how many bytes
// reached the file when a write fails, so the file can be cut back to a record boundary.
#include "core/capture/dump_writer.h"
#include "core/base/system_reason.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#include "core/base/thread_name.h"

namespace flowscope {

namespace {

constexpr size_t kFileHeader = 24;
constexpr size_t kRecordHeader = 16;
constexpr uint32_t kNanosecondMagic = 0xA1B23C4D;  // written in this machine's byte order

struct Buffer {
    std::unique_ptr<uint8_t[]> bytes;
    size_t used = 0;
    uint64_t records = 0;
};

// Writes all of [data, data + size); returns 0 or the errno of the failure, with the bytes
// that did reach the file in `done`.
int writeAll(int fd, const uint8_t* data, size_t size, size_t& done) {
    done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        if (n == 0) {
            return EIO;
        }
        done += static_cast<size_t>(n);
    }
    return 0;
}

// The bytes of the complete records among the first `done` bytes of a buffer of records.
size_t completeRecords(const uint8_t* records, size_t used, size_t done, uint64_t& count) {
    size_t pos = 0;
    count = 0;
    while (pos + kRecordHeader <= used) {
        uint32_t captured;
        std::memcpy(&captured, records + pos + 8, sizeof captured);
        const size_t next = pos + kRecordHeader + captured;
        if (next > done) {
            break;
        }
        pos = next;
        ++count;
    }
    return pos;
}

Phrase why(int err) {
    switch (err) {
        case ENOSPC:
            return phrase(FS_PHRASE("Core", "the disk is full"));
#ifdef EDQUOT  // not on Windows
        case EDQUOT:
            return phrase(FS_PHRASE("Core", "the disk quota is used up"));
#endif
        case EFBIG:
            return phrase(FS_PHRASE("Core", "the file reached the largest size allowed"));
        default:
            return phrase(FS_PHRASE("Core", "the disk reported an error"));
    }
}

std::string parentFolder(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

bool isFolder(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

Error openError(const std::string& path, int err) {
    if (err == EACCES || err == EPERM || err == EROFS) {
        return makeError(ErrorCode::PermissionDenied,
                         phrase(FS_PHRASE("Core",
                                          "Flowscope is not allowed to write %1 (%2); "
                                          "choose a folder you can write to."),
                                {verbatim(path), systemReason(err)}));
    }
    if (err == EISDIR) {
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "%1 is a folder; give the name of the pcap file "
                                          "to write, e.g. %2."),
                                {verbatim(path), verbatim(path + "/capture.pcap")}));
    }
    if ((err == ENOENT || err == ENOTDIR) && !isFolder(parentFolder(path))) {
        return makeError(ErrorCode::NotFound,
                         phrase(FS_PHRASE("Core",
                                          "The folder of %1 does not exist; create it or "
                                          "choose another location."),
                                {verbatim(path)}));
    }
    return makeError(ErrorCode::Io, phrase(FS_PHRASE("Core",
                                                     "Flowscope cannot create %1 (%2); "
                                                     "choose another location."),
                                           {verbatim(path), systemReason(err)}));
}

}  // namespace

struct DumpWriter::Impl {
    int fd = -1;
    std::string path;
    uint32_t linkType = 0;
    uint32_t snaplen = 0;
    size_t capacity = 0;    // of each buffer
    uint64_t fileSize = 0;  // bytes of complete records and header (writer thread)

    std::mutex mutex;
    std::condition_variable wake;
    Buffer front;  // filled by write(), guarded by mutex
    Buffer back;   // written to disk by the thread
    bool stopping = false;
    std::thread thread;

    std::atomic<uint64_t> written{0};
    std::atomic<uint64_t> lost{0};
    std::atomic<uint64_t> skipped{0};
    std::atomic<uint64_t> unwritten{0};
    std::atomic<bool> failed{false};
    bool closed = false;

    mutable std::mutex errorMutex;
    std::optional<Error> error;

    void run();
    void writeBack();
    void fail(Phrase sentence);
};

void DumpWriter::Impl::fail(Phrase sentence) {
    std::lock_guard lock(errorMutex);
    if (!error) {
        error = makeError(ErrorCode::Io, std::move(sentence));
    }
    failed.store(true);
}

void DumpWriter::Impl::writeBack() {
    if (failed.load()) {
        unwritten.fetch_add(back.records, std::memory_order_relaxed);
    } else {
        size_t done = 0;
        const int err = writeAll(fd, back.bytes.get(), back.used, done);
        uint64_t complete = back.records;
        size_t kept = back.used;
        if (err != 0) {
            // Cut a partly written record off, so that the file ends on a record boundary.
            kept = completeRecords(back.bytes.get(), back.used, done, complete);
            const bool cut = ::ftruncate(fd, static_cast<off_t>(fileSize + kept)) == 0;
            const uint64_t total = written.load() + complete;
            fail(phrase(cut ? FS_PHRASE("Core",
                                        "Writing %1 stopped after %2 frames because %3 "
                                        "(%4); the file holds those frames and stays "
                                        "readable, and the capture goes on without "
                                        "saving: free some space or choose another "
                                        "location.")
                            : FS_PHRASE("Core",
                                        "Writing %1 stopped after %2 frames because %3 "
                                        "(%4); its last frame may be cut short, and the "
                                        "capture goes on without saving: free some space "
                                        "or choose another location."),
                        {verbatim(path), number(total), why(err), systemReason(err)}));
            unwritten.fetch_add(back.records - complete, std::memory_order_relaxed);
        }
        fileSize += kept;
        written.fetch_add(complete, std::memory_order_relaxed);
    }
    back.used = 0;
    back.records = 0;
}

void DumpWriter::Impl::run() {
    setCurrentThreadName("dump");
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
#ifdef _WIN32
    // Binary mode (no newline translation); Windows handles are not inherited by default.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_BINARY, 0666);
#else
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
#endif
    if (fd < 0) {
        return openError(path, errno);
    }
    uint8_t header[kFileHeader] = {};
    const uint16_t major = 2;
    const uint16_t minor = 4;
    std::memcpy(header, &kNanosecondMagic, 4);
    std::memcpy(header + 4, &major, 2);
    std::memcpy(header + 6, &minor, 2);
    std::memcpy(header + 16, &snaplen, 4);
    std::memcpy(header + 20, &linkType, 4);
    size_t done = 0;
    if (const int err = writeAll(fd, header, sizeof header, done); err != 0) {
        ::close(fd);
        ::unlink(path.c_str());
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "Flowscope cannot write %1 because %2 (%3); "
                                          "free some space or choose another location."),
                                {verbatim(path), why(err), systemReason(err)}));
    }
    std::unique_ptr<DumpWriter> writer(new DumpWriter());
    writer->m_path = path;
    writer->m_impl = std::make_unique<Impl>();
    Impl& s = *writer->m_impl;
    s.fd = fd;
    s.path = path;
    s.linkType = linkType;
    s.snaplen = snaplen;
    s.fileSize = kFileHeader;
    s.capacity = std::max<size_t>(queueBytes / 2, kRecordHeader + snaplen);
    s.front.bytes = std::make_unique<uint8_t[]>(s.capacity);
    s.back.bytes = std::make_unique<uint8_t[]>(s.capacity);
    s.thread = std::thread([&s] { s.run(); });
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
    if (s.failed.load(std::memory_order_relaxed)) {
        s.unwritten.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    const uint32_t captured = std::min(packet.capturedLength, s.snaplen);
    const size_t size = kRecordHeader + captured;
    int64_t seconds = packet.timestampNs / 1000000000;
    int64_t nanos = packet.timestampNs % 1000000000;
    if (nanos < 0) {
        nanos += 1000000000;
        --seconds;
    }
    const uint32_t record[4] = {static_cast<uint32_t>(seconds), static_cast<uint32_t>(nanos),
                                captured, packet.wireLength};
    {
        std::lock_guard lock(s.mutex);
        if (s.stopping || s.front.used + size > s.capacity) {
            s.lost.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        uint8_t* dst = s.front.bytes.get() + s.front.used;
        std::memcpy(dst, record, sizeof record);
        if (captured > 0) {
            std::memcpy(dst + kRecordHeader, packet.data, captured);
        }
        s.front.used += size;
        ++s.front.records;
    }
    s.wake.notify_one();
}

Status DumpWriter::close() {
    Impl& s = *m_impl;
    if (!s.closed) {
        {
            std::lock_guard lock(s.mutex);
            s.stopping = true;
        }
        s.wake.notify_one();
        if (s.thread.joinable()) {
            s.thread.join();
        }
        s.closed = true;
        if (::close(s.fd) != 0 && !s.failed.load()) {
            s.fail(phrase(FS_PHRASE("Core",
                                    "Writing %1 failed when the file was closed (%2); "
                                    "the disk may not hold all of it, check it or choose "
                                    "another location."),
                          {verbatim(m_path), systemReason(errno)}));
        }
        s.fd = -1;
    }
    if (auto e = error()) {
        return *e;
    }
    return {};
}

std::optional<Error> DumpWriter::error() const {
    std::lock_guard lock(m_impl->errorMutex);
    return m_impl->error;
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
uint64_t DumpWriter::unwritten() const {
    return m_impl->unwritten.load(std::memory_order_relaxed);
}

}  // namespace flowscope
