// Writes captured frames to a nanosecond pcap file (readable by Wireshark, tshark and libpcap).
// Writing happens on the writer's own thread ("dump") behind a bounded queue, so a slow disk
// never slows the capture thread; frames that do not fit in the queue are counted as lost.
//
// A failed write (disk full, file size limit, I/O error) is reported at once through error()
// and ends writing, not capturing: the file is cut back to its last complete record, so it
// stays readable, and the frames offered afterwards are counted in unwritten().
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/base/result.h"
#include "core/capture/raw_packet.h"

namespace flowscope {

class DumpWriter {
public:
    // Creates (or empties) the file and writes the pcap file header. Errors: NotFound (the
    // folder does not exist), PermissionDenied (no write permission, read-only file system),
    // Io (anything else, e.g. the disk is already full).
    static Result<std::unique_ptr<DumpWriter>> open(const std::string& path, uint32_t linkType,
                                                    uint32_t snaplen,
                                                    size_t queueBytes = 64u << 20);
    ~DumpWriter();  // closes (see close())

    // Called from the capture thread; copies the frame. Never blocks on disk.
    // Frames of another link type than the file's are not written (counted in skipped()).
    void write(const RawPacket& packet);
    // Writes what is queued, then closes the file; returns error() if writing failed.
    // Idempotent; not to be called concurrently with write().
    Status close();

    // Thread-safe. The first write failure, as one sentence saying what happened to the file
    // and what to do; empty while everything was written.
    std::optional<Error> error() const;

    uint64_t written() const;    // complete records in the file
    uint64_t lost() const;       // dropped because the queue was full (the disk was too slow)
    uint64_t skipped() const;    // other link type
    uint64_t unwritten() const;  // not written because writing had failed
    const std::string& path() const { return m_path; }

    struct Impl;

private:
    DumpWriter() = default;
    std::unique_ptr<Impl> m_impl;
    std::string m_path;
};

}  // namespace flowscope
