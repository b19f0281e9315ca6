// Writes captured frames to a pcap file with libpcap's dump writer (readable by Wireshark and
// tshark). Writing happens on the writer's own thread behind a bounded queue, so a slow disk
// never slows the capture thread; frames that do not fit in the queue are counted as lost.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/capture/raw_packet.h"

namespace flowscope {

class DumpWriter {
public:
    static Result<std::unique_ptr<DumpWriter>> open(const std::string& path, uint32_t linkType,
                                                    uint32_t snaplen,
                                                    size_t queueBytes = 64u << 20);
    ~DumpWriter();  // flushes and closes; waits for the queue to drain

    // Called from the capture thread; copies the frame. Never blocks on disk.
    // Frames of another link type than the file's are not written (counted in skipped()).
    void write(const RawPacket& packet);
    // Flushes and closes now; returns an error if anything failed to reach the disk.
    Status close();

    uint64_t written() const;
    uint64_t lost() const;     // dropped because the queue was full
    uint64_t skipped() const;  // other link type
    const std::string& path() const { return m_path; }

    struct Impl;

private:
    DumpWriter() = default;
    std::unique_ptr<Impl> m_impl;
    std::string m_path;
};

}  // namespace flowscope
