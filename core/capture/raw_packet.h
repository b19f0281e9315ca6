// One captured frame as read from an adapter or a file, before decoding.
#pragma once

#include <cstdint>

namespace flowscope {

struct RawPacket {
    int64_t timestampNs = 0;        // nanoseconds since the Unix epoch
    uint32_t wireLength = 0;        // length on the wire (pcap orig_len; Wireshark's frame.len)
    uint32_t capturedLength = 0;    // bytes available at data (pcap incl_len)
    uint32_t linkType = 0;          // LINKTYPE_* of the interface this frame came from
    uint32_t interfaceId = 0;       // pcapng interface index; 0 for pcap and live
    const uint8_t* data = nullptr;  // valid until the next call to PacketSource::next()
};

// Counters a source keeps itself. Queue drops, malformed and non-IP packets are counted by
// the engine, which decodes.
struct CaptureCounters {
    uint64_t received = 0;            // frames handed to us
    uint64_t droppedByKernel = 0;     // pcap_stats ps_drop (live only)
    uint64_t droppedByInterface = 0;  // pcap_stats ps_ifdrop (live only)
    // --write: frames not saved because writing the file failed (DumpWriter::error() says why;
    // the capture worker adds that sentence to its warning).
    uint64_t unwritten = 0;
    bool writeFailed = false;
};

}  // namespace flowscope
